package io.newsflow.sink;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/** The folder of one topic-partition, {@code OUT/<topic>/partition=<p>/}: its committed files and their end. */
final class PartitionFolder {

    private final Path dir;
    private final String topic;
    private final int partition;

    PartitionFolder(Path outDir, String topic, int partition) {
        this.dir = outDir.resolve(topic).resolve("partition=" + partition);
        this.topic = topic;
        this.partition = partition;
    }

    Path dir() {
        return dir;
    }

    /** The committed files of this topic-partition, in offset order; other files in the folder are ignored. */
    List<OffsetRangeFile> committed() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> OffsetRangeFile.parse(file.getFileName().toString()))
                    .flatMap(Optional::stream)
                    .filter(file -> file.topic().equals(topic) && file.partition() == partition)
                    .sorted(Comparator.comparingLong(OffsetRangeFile::startOffset))
                    .toList();
        }
    }

    /**
     * Where to resume: one past the highest committed end offset, or empty when nothing is committed yet. Temp
     * files left by a crash are deleted first: their records were never committed, so they are read again.
     */
    OptionalLong recover() throws IOException {
        if (!Files.isDirectory(dir)) {
            return OptionalLong.empty();
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path stale : files.filter(f -> OffsetRangeFile.isTempFileName(f.getFileName().toString())).toList()) {
                Files.deleteIfExists(stale);
            }
        }
        return committed().stream().mapToLong(OffsetRangeFile::nextOffset).max();
    }
}
