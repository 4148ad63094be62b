package io.newsflow.sink;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A committed output file: the records of one topic-partition from {@code startOffset} to {@code endOffset}, both
 * included, named {@code <topic>+<partition>+<startOffset:020d>+<endOffset:020d>.jsonl} as Kafka Connect's file
 * sinks name theirs. The name alone says which offsets are written, so the files, not the consumer group, are
 * what the sink resumes from. Zero-padded offsets make name order offset order.
 *
 * <p>Names are built from the topic (Kafka allows only {@code [a-zA-Z0-9._-]} in topic names, never '+'),
 * the partition and offsets: nothing from a record ever reaches a path.
 */
public record OffsetRangeFile(String topic, int partition, long startOffset, long endOffset) {

    static final String EXTENSION = ".jsonl";
    static final String TEMP_EXTENSION = ".jsonl.tmp";

    private static final Pattern NAME = Pattern.compile("([a-zA-Z0-9._-]+)\\+(\\d+)\\+(\\d{20})\\+(\\d{20})\\.jsonl");
    private static final Pattern TEMP_NAME = Pattern.compile("\\.[a-zA-Z0-9._-]+\\+\\d+\\+\\d{20}\\.jsonl\\.tmp");

    public OffsetRangeFile {
        if (partition < 0 || startOffset < 0 || endOffset < startOffset) {
            throw new IllegalArgumentException("not an offset range: " + partition + " " + startOffset + "-" + endOffset);
        }
    }

    public String fileName() {
        return String.format("%s+%d+%020d+%020d%s", topic, partition, startOffset, endOffset, EXTENSION);
    }

    /** The file is fully consumed up to here: the next record to write has this offset or a later one. */
    public long nextOffset() {
        return endOffset + 1;
    }

    /** The committed file this name stands for, or empty when it is another file (a temp file, a user's file). */
    public static Optional<OffsetRangeFile> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long start = Long.parseLong(m.group(3));
            long end = Long.parseLong(m.group(4));
            int partition = Integer.parseInt(m.group(2));
            return end < start ? Optional.empty() : Optional.of(new OffsetRangeFile(m.group(1), partition, start, end));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Where records from {@code startOffset} on are written until the file is committed: hidden, and not ending in
     * {@code .jsonl}, so readers globbing {@code *.jsonl} never see a file that may still change or vanish.
     */
    static String tempFileName(String topic, int partition, long startOffset) {
        return String.format(".%s+%d+%020d%s", topic, partition, startOffset, TEMP_EXTENSION);
    }

    static boolean isTempFileName(String fileName) {
        return TEMP_NAME.matcher(fileName).matches();
    }
}
