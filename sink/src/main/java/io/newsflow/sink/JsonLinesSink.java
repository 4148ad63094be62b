package io.newsflow.sink;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends enriched records to a JSON Lines file, one compact JSON object per line.
 *
 * <p>Offsets are committed only after the lines are written and fsynced, so a crash never loses a record
 * (it may write a record twice; exactly-once file output comes with the offset-named files of a later stage).
 * Values are copied as JSON trees, not as {@code EnrichedArticle}, so fields added by a newer processor survive.
 */
public final class JsonLinesSink implements AutoCloseable {

    /** Told about each article id written, e.g. to wait for a known set. */
    @FunctionalInterface
    public interface Listener {
        void written(String articleId);
    }

    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesSink.class);

    private final SinkConfig config;
    private final KafkaConsumer<String, byte[]> consumer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    public JsonLinesSink(SinkConfig config) {
        this.config = config;
        this.consumer = new KafkaConsumer<>(consumerProperties(config), new StringDeserializer(),
                new ByteArrayDeserializer());
    }

    static Map<String, Object> consumerProperties(SinkConfig config) {
        return SinkConsumers.settings(config.kafka(), config.groupId(), "newsflow-sink");
    }

    /** Consumes and writes until {@link #stop()} is called from another thread. */
    public void run(Listener listener) {
        try {
            Files.createDirectories(config.outDir());
            consumer.subscribe(List.of(config.topic()));
            try (FileChannel out = FileChannel.open(config.outFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                while (running.get()) {
                    ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                    if (!records.isEmpty()) {
                        writeBatch(records, out, listener);
                    }
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + config.outFile() + ": " + e.getMessage(), e);
        }
    }

    private void writeBatch(ConsumerRecords<String, byte[]> records, FileChannel out, Listener listener)
            throws IOException {
        StringBuilder lines = new StringBuilder();
        Map<TopicPartition, OffsetAndMetadata> next = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            next.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
            String line = toLine(record);
            if (line != null) {
                lines.append(line).append('\n');
                ids.add(record.key());
            }
        }
        ByteBuffer buffer = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
        out.force(false);
        consumer.commitSync(next);
        written.addAndGet(ids.size());
        ids.forEach(listener::written);
    }

    private String toLine(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            // A tombstone on the compacted topic deletes an article; there is no line to write.
            skipped.incrementAndGet();
            return null;
        }
        try {
            JsonNode json = Json.MAPPER.readTree(record.value());
            return Json.MAPPER.writeValueAsString(json);
        } catch (IOException e) {
            skipped.incrementAndGet();
            LOG.error("Skipping a value that is not JSON at {}-{}@{}", record.topic(), record.partition(),
                    record.offset());
            return null;
        }
    }

    public long written() {
        return written.get();
    }

    public long skipped() {
        return skipped.get();
    }

    /** Makes {@link #run} return after the batch in hand is written and committed. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
