package io.newsflow.sink;

import io.newsflow.events.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the enriched topic to JSON Lines files exactly once, as Kafka Connect's HDFS and S3 sinks do: one file
 * per topic-partition and offset range ({@link OffsetRangeFile}), written to a temp file, fsynced and renamed
 * atomically ({@link RollingFile}). On each partition assigned the sink resumes one past the highest committed
 * end offset ({@link PartitionFolder#recover()}), whatever the consumer group says, so a crash at any point
 * neither loses nor repeats a line. The group's offsets are committed too, but only so that lag shows.
 *
 * <p>A line is the record's value as compact JSON ({@link JsonLine}), as it came when it already is, so fields added
 * by a newer processor survive.
 * A tombstone (the compacted topic deleting an article) becomes {@code {"id":KEY,"deleted":true}}, so a reader
 * keeping the last line per id drops the article too. A value that is not JSON is skipped and logged.
 */
public final class JsonLinesSink implements AutoCloseable {

    /** Told about the id of each line once the line is committed, e.g. to wait for a known set. */
    @FunctionalInterface
    public interface Listener {
        void written(String articleId);
    }

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesSink.class);

    private final SinkConfig config;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Map<TopicPartition, RollingFile> open = new HashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private Listener listener = id -> { };

    public JsonLinesSink(SinkConfig config) {
        this.config = config;
        this.consumer = new KafkaConsumer<>(consumerProperties(config), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    static Map<String, Object> consumerProperties(SinkConfig config) {
        return SinkConsumers.settings(config.kafka(), config.groupId(), "newsflow-sink");
    }

    /** Consumes and writes until {@link #stop()} is called from another thread, then commits what is open. */
    public void run(Listener listener) {
        run(listener, ReadRange.UNBOUNDED);
    }

    /**
     * Writes the range (partitions without files start at its starts) and returns, or runs until stopped for an
     * unbounded range; commits what is open either way.
     */
    public void run(Listener listener, ReadRange range) {
        this.listener = listener;
        try (OutputLock lock = OutputLock.acquire(config.outDir())) {
            consumer.subscribe(List.of(config.topic()), new ResumeFromFiles(range));
            try {
                consume(range);
                commitFiles(List.copyOf(open.keySet()));
                commitPositions();
            } finally {
                abandon(List.copyOf(open.keySet()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + config.outDir() + ": " + e.getMessage(), e);
        }
    }

    private void consume(ReadRange range) throws IOException {
        try {
            while (running.get() && !range.reachedBy(consumer)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (range.includes(record)) {
                        append(record);
                    }
                }
                long now = System.nanoTime();
                commitFiles(open.entrySet().stream()
                        .filter(e -> e.getValue().due(config.rollBytes(), config.rollInterval(), now))
                        .map(Map.Entry::getKey).toList());
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        }
    }

    private void append(ConsumerRecord<String, byte[]> record) throws IOException {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        RollingFile file = open.get(partition);
        if (file == null) {
            file = RollingFile.open(new PartitionFolder(config.outDir(), record.topic(), record.partition()),
                    record.topic(), record.partition(), record.offset(), System.nanoTime());
            open.put(partition, file);
        }
        file.append(record.offset(), toLine(record), record.key());
        if (file.due(config.rollBytes(), config.rollInterval(), System.nanoTime())) {
            commitFiles(List.of(partition));
        }
    }

    private byte[] toLine(ConsumerRecord<String, byte[]> record) throws IOException {
        if (record.value() == null) {
            if (record.key() == null) {
                skipped.incrementAndGet();
                return null;
            }
            return Json.MAPPER.writeValueAsBytes(
                    Json.MAPPER.createObjectNode().put("id", record.key()).put("deleted", true));
        }
        byte[] line = JsonLine.of(record.value());
        if (line == null) {
            skipped.incrementAndGet();
            LOG.error("Skipping a value that is not JSON at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
        }
        return line;
    }

    private void commitFiles(Collection<TopicPartition> partitions) throws IOException {
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        for (TopicPartition partition : partitions) {
            RollingFile file = open.remove(partition);
            if (file == null) {
                continue;
            }
            Optional<OffsetRangeFile> committed = file.commit();
            if (committed.isPresent()) {
                next.put(partition, new OffsetAndMetadata(committed.get().nextOffset()));
                written.addAndGet(file.ids().size());
                file.ids().stream().filter(Objects::nonNull).forEach(listener::written);
            }
        }
        if (!next.isEmpty()) {
            // Only so that lag shows in kafka-consumer-groups: a lost commit costs nothing, the files are the truth.
            consumer.commitAsync(next, null);
        }
    }

    /** At shutdown, everything read is in committed files: the group's offsets can say so (best effort). */
    private void commitPositions() {
        for (int attempt = 0; attempt < 2; attempt++) {
            try {
                consumer.commitSync(positions(), Duration.ofSeconds(5));
                return;
            } catch (WakeupException e) {
                // The wakeup from stop() was still pending; it is used up now, so try once more.
            } catch (KafkaException e) {
                LOG.debug("Offsets not committed to the group (only used to show lag): {}", e.toString());
                return;
            }
        }
    }

    private Map<TopicPartition, OffsetAndMetadata> positions() {
        Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            positions.put(partition, new OffsetAndMetadata(consumer.position(partition)));
        }
        return positions;
    }

    private void abandon(Collection<TopicPartition> partitions) throws IOException {
        for (TopicPartition partition : partitions) {
            RollingFile file = open.remove(partition);
            if (file != null) {
                file.abandon();
            }
        }
    }

    /** Runs inside poll(): the only place partitions come and go. */
    private final class ResumeFromFiles implements ConsumerRebalanceListener {
        private final ReadRange range;

        ResumeFromFiles(ReadRange range) {
            this.range = range;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            withFiles(() -> {
                for (TopicPartition partition : partitions) {
                    OptionalLong next = new PartitionFolder(config.outDir(), partition.topic(), partition.partition())
                            .recover();
                    if (next.isPresent()) {
                        consumer.seek(partition, next.getAsLong());
                    } else {
                        range.seekToStart(consumer, partition);
                    }
                    LOG.info("Assigned {}, resuming at {}", partition,
                            next.isPresent() ? "offset " + next.getAsLong() + " (from the files)" : "the beginning");
                }
            });
        }

        /** What was read of a partition leaving is still ours to write: commit it rather than read it again. */
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            withFiles(() -> commitFiles(partitions));
        }

        /** Another member may own these already: drop what is open, it will be read again from the files. */
        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            withFiles(() -> abandon(partitions));
        }
    }

    @FunctionalInterface
    private interface FileWork {
        void run() throws IOException;
    }

    private void withFiles(FileWork work) {
        try {
            work.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + config.outDir() + ": " + e.getMessage(), e);
        }
    }

    /** Lines committed. */
    public long written() {
        return written.get();
    }

    /** Records without a line: values that are not JSON, tombstones without a key. */
    public long skipped() {
        return skipped.get();
    }

    /** Makes {@link #run} return after committing the files open. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
