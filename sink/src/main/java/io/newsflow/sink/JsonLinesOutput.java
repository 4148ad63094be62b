package io.newsflow.sink;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads what the JSON Lines sink committed in an output folder, for the demo, tests and tools:
 * {@code OUT/<topic>/partition=<p>/<topic>+<p>+<startOffset>+<endOffset>.jsonl}. From a shell the same lines are
 * {@code cat OUT/*}{@code /partition=*}{@code /*.jsonl}; temp files never match that glob.
 */
public final class JsonLinesOutput {

    private JsonLinesOutput() {
    }

    /**
     * Every committed file of every topic, by topic, partition, then offset. Safe while a sink runs: names are
     * read, never the attributes of a temp file that may be renamed meanwhile, and committed files never change.
     */
    public static List<Path> committedFiles(Path outDir) throws IOException {
        List<Path> result = new ArrayList<>();
        for (Path topicDir : subfolders(outDir)) {
            for (Path partitionDir : subfolders(topicDir)) {
                try (Stream<Path> files = Files.list(partitionDir)) {
                    files.filter(file -> OffsetRangeFile.parse(file.getFileName().toString()).isPresent())
                            .forEach(result::add);
                }
            }
        }
        result.sort(Comparator.comparing((Path file) -> range(file).topic())
                .thenComparingInt(file -> range(file).partition())
                .thenComparingLong(file -> range(file).startOffset()));
        return result;
    }

    private static List<Path> subfolders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(Files::isDirectory).toList();
        }
    }

    /** Every committed line, in the order of {@link #committedFiles}. */
    public static List<String> lines(Path outDir) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path file : committedFiles(outDir)) {
            lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
        }
        return lines;
    }

    /**
     * Where the files of one topic end: per partition, the offset after the last committed file, i.e. where a sink
     * would resume. Partitions without a file are absent.
     */
    public static Map<Integer, Long> nextOffsets(Path outDir, String topic) throws IOException {
        Map<Integer, Long> next = new TreeMap<>();
        for (Path file : committedFiles(outDir)) {
            OffsetRangeFile range = range(file);
            if (range.topic().equals(topic)) {
                next.merge(range.partition(), range.nextOffset(), Math::max);
            }
        }
        return next;
    }

    /** How many lines the committed files of one topic hold, read as a stream. */
    public static long lineCount(Path outDir, String topic) throws IOException {
        long count = 0;
        for (Path file : committedFiles(outDir)) {
            if (range(file).topic().equals(topic)) {
                try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
                    count += lines.count();
                }
            }
        }
        return count;
    }

    /** The folder holding one topic's output. */
    public static Path topicDir(Path outDir, String topic) {
        return outDir.resolve(SinkConfig.checkedTopicName(topic));
    }

    /**
     * Deletes one topic's output, so the next sink writes it afresh from the topic's beginning (the files are what
     * a sink resumes from). Only the sink's own files and folders go; anything else a person put there stays.
     */
    public static void deleteTopic(Path outDir, String topic) throws IOException {
        Path dir = topicDir(outDir, topic);
        if (!Files.isDirectory(dir)) {
            return;
        }
        for (Path partition : subfolders(dir)) {
            try (Stream<Path> files = Files.list(partition)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (OffsetRangeFile.parse(name).isPresent() || OffsetRangeFile.isTempFileName(name)) {
                        Files.delete(file);
                    }
                }
            }
            deleteIfEmpty(partition);
        }
        deleteIfEmpty(dir);
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try (Stream<Path> left = Files.list(dir)) {
            if (left.findAny().isEmpty()) {
                Files.delete(dir);
            }
        }
    }

    private static OffsetRangeFile range(Path file) {
        return OffsetRangeFile.parse(file.getFileName().toString()).orElseThrow();
    }
}
