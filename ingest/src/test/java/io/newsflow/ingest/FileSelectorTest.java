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
}
