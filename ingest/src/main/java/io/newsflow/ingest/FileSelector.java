package io.newsflow.ingest;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/** Finds the files to ingest under the given paths, applying include and exclude globs. */
final class FileSelector {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final List<Boolean> includeOnPath;
    private final List<Boolean> excludeOnPath;
    private final boolean followLinks;

    FileSelector(List<String> includes, List<String> excludes) {
        this(includes, excludes, false);
    }

    /** @param followLinks follow symbolic links inside folders; otherwise each is reported as skipped */
    FileSelector(List<String> includes, List<String> excludes, boolean followLinks) {
        FileSystem fs = FileSystems.getDefault();
        this.includes = includes.stream().map(glob -> fs.getPathMatcher("glob:" + glob)).toList();
        this.excludes = excludes.stream().map(glob -> fs.getPathMatcher("glob:" + glob)).toList();
        this.includeOnPath = includes.stream().map(glob -> glob.contains("/")).toList();
        this.excludeOnPath = excludes.stream().map(glob -> glob.contains("/")).toList();
        this.followLinks = followLinks;
    }

    void walk(Path start, Consumer<Path> onFile, BiConsumer<Path, String> onError) {
        walk(start, onFile, onError, () -> false);
    }

    /**
     * Calls {@code onFile} for each selected regular file as the walk meets it (nothing is collected first, so
     * a folder of any size takes constant memory); a path that cannot be read goes to {@code onError} and the
     * walk goes on until {@code stop} says otherwise. Hidden files and folders (name starting with a dot) are
     * skipped: they are editor and system files, not articles. A path given directly is followed when it is a
     * link (the user named it); links met inside folders only with {@code followLinks}, which also detects loops.
     */
    void walk(Path start, Consumer<Path> onFile, BiConsumer<Path, String> onError, BooleanSupplier stop) {
        if (!Files.exists(start)) {
            onError.accept(start, Files.isSymbolicLink(start) ? "broken symbolic link (its target does not exist)"
                    : "no such file or directory");
            return;
        }
        if (!Files.isDirectory(start)) {
            onFile.accept(start);
            return;
        }
        Path root;
        try {
            root = Files.isSymbolicLink(start) ? start.toRealPath() : start;
        } catch (IOException e) {
            onError.accept(start, "cannot walk: " + IngestErrors.describe(e));
            return;
        }
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                : EnumSet.noneOf(FileVisitOption.class);
        try {
            Files.walkFileTree(root, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (stop.getAsBoolean()) {
                        return FileVisitResult.TERMINATE;
                    }
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file) || !selected(root.relativize(file))) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isRegularFile()) {
                        onFile.accept(file);
                    } else if (attrs.isSymbolicLink()) {
                        // Only a link whose target is missing reaches here when links are followed.
                        onError.accept(file, followLinks ? "broken symbolic link (its target does not exist)"
                                : "symbolic link, not followed (use --follow-links to follow links)");
                    } else if (attrs.isOther()) {
                        onError.accept(file, "not a regular file (a device, pipe or socket)");
                    }
                    return stop.getAsBoolean() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    onError.accept(file, "cannot read: " + IngestErrors.describe(e));
                    return stop.getAsBoolean() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            onError.accept(start, "cannot walk: " + IngestErrors.describe(e));
        }
    }

    boolean selected(Path relative) {
        boolean included = includes.isEmpty() || matchesAny(includes, includeOnPath, relative);
        return included && !matchesAny(excludes, excludeOnPath, relative);
    }

    private static boolean matchesAny(List<PathMatcher> matchers, List<Boolean> onPath, Path relative) {
        for (int i = 0; i < matchers.size(); i++) {
            Path target = onPath.get(i) ? relative : relative.getFileName();
            if (target != null && matchers.get(i).matches(target)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
