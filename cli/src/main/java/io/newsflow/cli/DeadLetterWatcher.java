package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Follows the dead-letter topic so the demo knows when a rejected article is accounted for. */
final class DeadLetterWatcher implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final Consumer<String> onArticleId;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong count = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final Thread thread;

    DeadLetterWatcher(String topic, Map<String, Object> settings, Consumer<String> onArticleId) {
        Map<String, Object> props = new HashMap<>(settings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-demo-dlq-" + UUID.randomUUID());
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.onArticleId = onArticleId;
        consumer.subscribe(List.of(topic));
        this.thread = new Thread(this::poll, "newsflow-demo-dlq");
    }

    void start() {
        thread.start();
    }

    /** Dead letters other than duplicates: the articles that failed. */
    long count() {
        return count.get();
    }

    /** Articles already enriched, unchanged, by an earlier run of the same processor. */
    long duplicates() {
        return duplicates.get();
    }

    private void poll() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    JsonNode letter = parse(record.value());
                    boolean duplicate = DeadLetterReason.DUPLICATE.name().equals(letter.path("reason").asText());
                    (duplicate ? duplicates : count).incrementAndGet();
                    String key = keyOf(letter);
                    if (key != null) {
                        onArticleId.accept(key);
                    }
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        }
    }

    private static JsonNode parse(String deadLetterJson) {
        try {
            return Json.MAPPER.readTree(deadLetterJson);
        } catch (Exception e) {
            return MissingNode.getInstance();
        }
    }

    /** The dead letter's original key, which is the article id for events published by ingest. */
    private static String keyOf(JsonNode letter) {
        String base64 = letter.path("key").asText(null);
        try {
            return base64 == null ? null : new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        consumer.wakeup();
        thread.join(10_000);
        consumer.close();
    }
}
