package io.newsflow.ingest;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** Finds the files to ingest under the given paths, applying include and exclude globs. */
final class FileSelector {

    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;
    private final List<Boolean> includeOnPath;
    private final List<Boolean> excludeOnPath;

    FileSelector(List<String> includes, List<String> excludes) {
        FileSystem fs = FileSystems.getDefault();
        this.includes = includes.stream().map(glob -> fs.getPathMatcher("glob:" + glob)).toList();
        this.excludes = excludes.stream().map(glob -> fs.getPathMatcher("glob:" + glob)).toList();
        this.includeOnPath = includes.stream().map(glob -> glob.contains("/")).toList();
        this.excludeOnPath = excludes.stream().map(glob -> glob.contains("/")).toList();
    }

    /**
     * Calls {@code onFile} for each selected regular file; a path that cannot be read goes to {@code onError}
     * and the walk goes on. Hidden files and folders (name starting with a dot) are skipped: they are editor
     * and system files, not articles.
     */
    void walk(Path start, Consumer<Path> onFile, BiConsumer<Path, String> onError) {
        if (!Files.exists(start)) {
            onError.accept(start, "no such file or directory");
            return;
        }
        if (Files.isRegularFile(start)) {
            onFile.accept(start);
            return;
        }
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(start) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file) && selected(start.relativize(file))) {
                        onFile.accept(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    onError.accept(file, "cannot read: " + IngestErrors.describe(e));
                    return FileVisitResult.CONTINUE;
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
