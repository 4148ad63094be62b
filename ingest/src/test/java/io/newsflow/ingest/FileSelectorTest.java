package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectorTest {

    @TempDir
    Path dir;

    @Test
    void shouldSelectEveryFileWhenNoGlobIsGiven() {
        assertThat(new FileSelector(List.of(), List.of()).selected(Path.of("a/b.txt"))).isTrue();
    }

    @Test
    void shouldMatchAGlobWithoutSlashAgainstTheFileName() {
        FileSelector selector = new FileSelector(List.of("*.txt"), List.of());
        assertThat(selector.selected(Path.of("deep/down/a.txt"))).isTrue();
        assertThat(selector.selected(Path.of("deep/down/a.html"))).isFalse();
    }

    @Test
    void shouldMatchAGlobWithSlashAgainstTheRelativePath() {
        FileSelector selector = new FileSelector(List.of("2024/**"), List.of());
        assertThat(selector.selected(Path.of("2024/05/a.txt"))).isTrue();
        assertThat(selector.selected(Path.of("2023/05/a.txt"))).isFalse();
    }

    @Test
    void shouldLetAnExcludeWinOverAnInclude() {
        FileSelector selector = new FileSelector(List.of("*.txt"), List.of("draft-*"));
        assertThat(selector.selected(Path.of("draft-1.txt"))).isFalse();
        assertThat(selector.selected(Path.of("final.txt"))).isTrue();
    }

    @Test
    void shouldWalkRecursivelySkippingHiddenFilesAndFolders() throws Exception {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("a/b/one.txt"), "x");
        Files.writeString(dir.resolve("two.txt"), "x");
        Files.writeString(dir.resolve(".hidden.txt"), "x");
        Files.writeString(dir.resolve(".git/config"), "x");

        List<Path> found = new ArrayList<>();
        new FileSelector(List.of(), List.of()).walk(dir, found::add, (path, reason) -> { });

        assertThat(found).containsExactlyInAnyOrder(dir.resolve("a/b/one.txt"), dir.resolve("two.txt"));
    }

    @Test
    void shouldReportAMissingPathInsteadOfFailing() {
        List<String> errors = new ArrayList<>();
        new FileSelector(List.of(), List.of()).walk(dir.resolve("nope"), path -> { },
                (path, reason) -> errors.add(reason));
        assertThat(errors).containsExactly("no such file or directory");
    }

    @Test
    void shouldReportLinksInsideFoldersWithoutFollowingThemByDefault() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "x");
        Path given = Files.createDirectories(dir.resolve("given"));
        Files.writeString(given.resolve("real.txt"), "x");
        Files.createSymbolicLink(given.resolve("to-file.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(given.resolve("to-folder"), outside);
        Files.createSymbolicLink(given.resolve("loop"), given);

        Walk walk = walk(new FileSelector(List.of(), List.of()), given);

        assertThat(walk.files).containsExactly(given.resolve("real.txt"));
        assertThat(walk.errors).containsExactlyInAnyOrder(
                given.resolve("to-file.txt") + ": symbolic link, not followed (use --follow-links to follow links)",
                given.resolve("to-folder") + ": symbolic link, not followed (use --follow-links to follow links)",
                given.resolve("loop") + ": symbolic link, not followed (use --follow-links to follow links)");
    }

    @Test
    void shouldFollowLinksWhenAskedReportingLoopsAndBrokenLinks() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "x");
        Path given = Files.createDirectories(dir.resolve("given"));
        Files.writeString(given.resolve("real.txt"), "x");
        Files.createSymbolicLink(given.resolve("to-file.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(given.resolve("to-folder"), outside);
        Files.createSymbolicLink(given.resolve("loop"), given);
        Files.createSymbolicLink(given.resolve("broken.txt"), dir.resolve("nothing-here"));

        Walk walk = walk(new FileSelector(List.of(), List.of(), true), given);

        assertThat(walk.files).containsExactlyInAnyOrder(given.resolve("real.txt"), given.resolve("to-file.txt"),
                given.resolve("to-folder/secret.txt"));
        assertThat(walk.errors).containsExactlyInAnyOrder(
                given.resolve("loop") + ": cannot read: symbolic link loop (it leads back to a folder it is in)",
                given.resolve("broken.txt") + ": broken symbolic link (its target does not exist)");
    }

    @Test
    void shouldFollowALinkGivenDirectlyBecauseThePersonNamedIt() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Files.writeString(real.resolve("a.txt"), "x");
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        Path fileLink = Files.createSymbolicLink(dir.resolve("file-link.txt"), real.resolve("a.txt"));

        assertThat(walk(new FileSelector(List.of(), List.of()), link).files).containsExactly(real.resolve("a.txt"));
        assertThat(walk(new FileSelector(List.of(), List.of()), fileLink).files).containsExactly(fileLink);
    }

    @Test
    void shouldStreamAFolderOfTwentyThousandFilesInsteadOfListingItFirst() throws Exception {
        int folders = 20;
        int perFolder = 1000;
        for (int f = 0; f < folders; f++) {
            Path folder = Files.createDirectories(dir.resolve("f" + f));
            for (int i = 0; i < perFolder; i++) {
                Files.createFile(folder.resolve(i + ".txt"));
            }
        }
        List<Path> seen = new ArrayList<>();
        new FileSelector(List.of(), List.of()).walk(dir, file -> {
            if (seen.isEmpty()) {
                // A walk that had listed everything first would still hand over the files deleted now.
                deleteOtherFolders(file.getParent());
            }
            seen.add(file);
        }, (path, reason) -> { });

        assertThat(seen).hasSize(perFolder).allMatch(file -> file.getParent().equals(seen.get(0).getParent()));
    }

    @Test
    void shouldStopTheWalkWhenToldTo() throws Exception {
        for (int i = 0; i < 10; i++) {
            Files.writeString(dir.resolve(i + ".txt"), "x");
        }
        List<Path> seen = new ArrayList<>();
        new FileSelector(List.of(), List.of()).walk(dir, seen::add, (path, reason) -> { }, () -> seen.size() >= 3);
        assertThat(seen).hasSize(3);
    }

    private void deleteOtherFolders(Path keep) {
        try (var folders = Files.list(dir)) {
            for (Path folder : folders.filter(folder -> !folder.equals(keep)).toList()) {
                try (var files = Files.list(folder)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(folder);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record Walk(List<Path> files, List<String> errors) {
    }

    private static Walk walk(FileSelector selector, Path start) {
        Walk walk = new Walk(new ArrayList<>(), new ArrayList<>());
        selector.walk(start, walk.files::add, (path, reason) -> walk.errors.add(path + ": " + reason));
        return walk;
    }
}
