package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.cli.bench.GeneratedArticles;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.Json;
import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.ProcessorConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A pipeline run for tests that break the brokers under it: the processor runs in this JVM while generated
 * articles are produced at a steady pace in the background, so the test can stop or restart brokers mid-run.
 * Afterwards it proves that nothing was lost or repeated: every raw record ended exactly once, enriched or
 * dead-lettered.
 */
final class DisruptedRun implements AutoCloseable {

    /** Every this many records is a tombstone, which the processor must dead-letter rather than drop. */
    private static final int TOMBSTONE_EVERY = 100;
    private static final long SEED = 4;

    private final String bootstrapServers;
    private final TopicNames topics;
    /** Key to value, in sending order; null values are tombstones. */
    private final Map<String, byte[]> records = new LinkedHashMap<>();
    private final ProcessorApp processor;
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> outcomes;
    private final Set<String> keysWithOutcome = new HashSet<>();
    private final AtomicInteger acked = new AtomicInteger();
    private final AtomicReference<Exception> sendFailure = new AtomicReference<>();
    private final long startNanos = System.nanoTime();
    private Thread ingest;

    /** Starts the processor on {@code topics} and returns once it runs. */
    DisruptedRun(String bootstrapServers, TopicNames topics, int articles) throws InterruptedException {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        List<String> texts = GeneratedArticles.texts(articles, SEED);
        for (int i = 0; i < articles; i++) {
            String key = String.format(Locale.ROOT, "article-%05d", i);
            records.put(key, (i + 1) % TOMBSTONE_EVERY == 0 ? null : texts.get(i).getBytes(StandardCharsets.UTF_8));
        }
        processor = new ProcessorApp(new ProcessorConfig(topics, "app-" + topics.raw(), "it",
                Map.of("bootstrap.servers", bootstrapServers)));
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all",
                // Long enough to ride out a broker restart or a leader election; retries are unlimited within it.
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new ByteArraySerializer());
        outcomes = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(),
                new ByteArrayDeserializer());
        List<TopicPartition> outputs = Stream.of(topics.enriched(), topics.deadLetter())
                .flatMap(topic -> outcomes.partitionsFor(topic).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        outcomes.assign(outputs);
        outcomes.seekToBeginning(outputs);
        processor.start();
        processor.awaitRunning(Duration.ofSeconds(60));
    }

    /** Creates the pipeline's topics under fresh names, as {@code newsflow topics create} would. */
    static TopicNames createFreshTopics(String bootstrapServers, TopicSetup.Layout layout) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TopicNames topics = new TopicNames("raw-" + suffix, "enriched-" + suffix, "dlq-" + suffix);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            TopicSetup.create(admin, topics, layout);
        }
        return topics;
    }

    int size() {
        return records.size();
    }

    int acked() {
        return acked.get();
    }

    /** Starts producing every record in the background, one each {@code pause}. */
    void startIngest(Duration pause) {
        ingest = new Thread(() -> {
            try {
                for (Map.Entry<String, byte[]> record : records.entrySet()) {
                    producer.send(new ProducerRecord<>(topics.raw(), record.getKey(), record.getValue()),
                            (metadata, e) -> {
                                if (e == null) {
                                    acked.incrementAndGet();
                                } else {
                                    sendFailure.compareAndSet(null, e);
                                }
                            });
                    TimeUnit.NANOSECONDS.sleep(pause.toNanos());
                }
                producer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                sendFailure.compareAndSet(null, e);
            }
        }, "it-ingest");
        ingest.start();
    }

    void awaitAcked(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acked.get() < count) {
            assertThat(sendFailure.get()).as("send failure").isNull();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + acked.get() + " of " + count + " records acknowledged within " + timeout);
            }
            Thread.sleep(20);
        }
        assertThat(sendFailure.get()).as("send failure").isNull();
    }

    /** Waits until every record is acknowledged by the brokers ({@code acks=all}): none failed. */
    void awaitIngested(Duration timeout) throws InterruptedException {
        awaitAcked(records.size(), timeout);
        log("all %d records acknowledged", records.size());
    }

    /** Waits until every record's key is on the enriched or dead-letter topic, with the processor healthy. */
    void awaitOutcomes(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (keysWithOutcome.size() < records.size()) {
            assertThat(processor.failure()).as("processor failure").isNull();
            if (System.nanoTime() > deadline) {
                throw new AssertionError(keysWithOutcome.size() + " of " + records.size()
                        + " records enriched or dead-lettered within " + timeout + "; processor " + processor.state());
            }
            outcomes.poll(Duration.ofMillis(200)).forEach(record -> keysWithOutcome.add(record.key()));
        }
        assertThat(processor.failure()).as("processor failure").isNull();
        log("all %d records enriched or dead-lettered; processor %s", records.size(), processor.state());
    }

    /**
     * Stops the processor, so that no transaction is left open, then reads all three topics to their ends:
     * the raw topic holds each record once, and each raw key appears exactly once among the enriched and
     * dead-letter records, the tombstones dead-lettered as such.
     */
    void assertEachRawRecordEndedExactlyOnce() throws Exception {
        assertThat(processor.failure()).as("processor failure").isNull();
        processor.close();
        List<ConsumerRecord<byte[], byte[]>> raw = TopicContents.readAll(bootstrapServers, topics.raw());
        List<ConsumerRecord<byte[], byte[]>> enriched = TopicContents.readAll(bootstrapServers, topics.enriched());
        List<ConsumerRecord<byte[], byte[]>> dead = TopicContents.readAll(bootstrapServers, topics.deadLetter());

        assertExactlyOnce("on the raw topic", keys(raw));
        List<String> outcomeKeys = new ArrayList<>(keys(enriched));
        outcomeKeys.addAll(keys(dead));
        assertExactlyOnce("enriched or dead-lettered", outcomeKeys);

        Set<String> tombstones = records.entrySet().stream()
                .filter(record -> record.getValue() == null).map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(keys(dead)).containsExactlyInAnyOrderElementsOf(tombstones);
        for (ConsumerRecord<byte[], byte[]> record : dead) {
            assertThat(Json.MAPPER.readValue(record.value(), DeadLetter.class).reason())
                    .isEqualTo(DeadLetterReason.NULL_VALUE.name());
        }
        log("raw %d = enriched %d + dead-lettered %d, each key once", raw.size(), enriched.size(), dead.size());
    }

    private void assertExactlyOnce(String where, List<String> keys) {
        Map<String, Long> counts = keys.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> missing = records.keySet().stream().filter(key -> !counts.containsKey(key)).toList();
        List<String> repeated = counts.entrySet().stream().filter(count -> count.getValue() > 1)
                .map(count -> count.getKey() + " x" + count.getValue()).toList();
        List<String> unknown = counts.keySet().stream().filter(key -> !records.containsKey(key)).toList();
        assertThat(missing).as("records missing " + where).isEmpty();
        assertThat(repeated).as("records repeated " + where).isEmpty();
        assertThat(unknown).as("records never sent yet " + where).isEmpty();
    }

    private static List<String> keys(List<ConsumerRecord<byte[], byte[]>> records) {
        return records.stream().map(record -> new String(record.key(), StandardCharsets.UTF_8)).toList();
    }

    /** Timings for the test report, where failsafe keeps each test's output. */
    void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[%6d ms] %s%n",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), String.format(Locale.ROOT, format, args));
    }

    @Override
    public void close() throws InterruptedException {
        if (ingest != null) {
            ingest.interrupt();
            ingest.join(10_000);
        }
        producer.close(Duration.ofSeconds(5));
        outcomes.close();
        processor.close();
    }
}
