package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Headers;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.RawEvent;
import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.localkafka.LocalKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngesterIT {

    private static final int FRESH_PARTITIONS = 3;
    private static LocalKafkaBroker broker;

    @TempDir
    Path dir;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldPublishGoodFilesAndSkipBadOnesWithReasons() throws Exception {
        String topic = "raw-ingest-it";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
        }
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("one.txt"), "First article.\n\nIt has two paragraphs.");
        Files.writeString(dir.resolve("nested/two.html"), "<html><body><p>Second article.</p></body></html>");
        Files.writeString(dir.resolve("empty.txt"), "");
        Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0, 1});
        Files.writeString(dir.resolve("notes.md"), "excluded");

        IngestConfig config = new IngestConfig(topic, List.of(), List.of("*.md"),
                Map.of("bootstrap.servers", broker.bootstrapServers()));
        IngestSummary summary;
        List<String> ids = new ArrayList<>();
        try (FileIngester ingester = new FileIngester(config)) {
            summary = ingester.ingest(List.of(dir), (file, id) -> {
                if (id != null) {
                    ids.add(id);
                }
            });
        }

        assertThat(summary.filesSeen()).isEqualTo(4);
        assertThat(summary.published()).isEqualTo(2);
        assertThat(summary.skipped()).extracting(IngestSummary.Skipped::reason)
                .containsExactlyInAnyOrder("empty file", "binary file (JPEG image), not text");
        assertThat(summary.allPublished()).isFalse();

        List<ConsumerRecord<String, RawEvent>> records = readAll(topic, 2);
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrderElementsOf(ids);
        for (ConsumerRecord<String, RawEvent> record : records) {
            RawEvent event = record.value();
            assertThat(record.key()).isEqualTo(event.id());
            assertThat(new String(record.headers().lastHeader(Headers.CONTENT_TYPE).value(), StandardCharsets.UTF_8))
                    .isEqualTo(event.contentType());
            assertThat(new String(record.headers().lastHeader(Headers.SCHEMA_VERSION).value(), StandardCharsets.UTF_8))
                    .isEqualTo("1");
            assertThat(new String(record.headers().lastHeader(Headers.SOURCE_CHARSET).value(), StandardCharsets.UTF_8))
                    .isEqualTo("UTF-8");
        }
        assertThat(records).extracting(r -> r.value().contentType())
                .containsExactlyInAnyOrder(RawEvent.TEXT_PLAIN, RawEvent.TEXT_HTML);
    }

    /**
     * Topics made by {@link TopicSetup} take writes as soon as it returns: a producer writing in the moment between
     * a topic's creation and its partitions being loaded can lose records (see {@code TopicSetup.awaitWritable}).
     */
    @Test
    void shouldTakeAWriteOnEveryPartitionTheMomentTheTopicsAreCreated() throws Exception {
        // No retries: a write that reaches a partition not loaded yet fails instead of being retried, as the
        // first request of an idempotent producer is in KAFKA-15591 before its retries are refused.
        Map<String, Object> noRetries = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false,
                ProducerConfig.RETRIES_CONFIG, 0,
                ProducerConfig.ACKS_CONFIG, "all");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()));
                KafkaProducer<String, String> producer =
                        new KafkaProducer<>(noRetries, new StringSerializer(), new StringSerializer())) {
            for (int round = 0; round < 5; round++) {
                TopicNames names = new TopicNames("fresh-raw-" + round, "fresh-enriched-" + round,
                        "fresh-dlq-" + round);
                List<String> created = TopicSetup.create(admin, names,
                        new TopicSetup.Layout(FRESH_PARTITIONS, (short) 1));
                assertThat(created).containsExactly(names.raw(), names.enriched(), names.deadLetter());

                List<Future<RecordMetadata>> writes = new ArrayList<>();
                for (String topic : created) {
                    for (int partition = 0; partition < FRESH_PARTITIONS; partition++) {
                        writes.add(producer.send(new ProducerRecord<>(topic, partition, "key", "value")));
                    }
                }
                List<String> failures = new ArrayList<>();
                for (Future<RecordMetadata> write : writes) {
                    try {
                        write.get();
                    } catch (ExecutionException e) {
                        failures.add(e.getCause().getClass().getSimpleName());
                    }
                }
                assertThat(failures).as("round %d", round).isEmpty();
            }
        }
    }

    @Test
    void shouldWaitForATopicTheBrokerDoesNotListYet() throws Exception {
        String topic = "created-later";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            CompletableFuture<Void> waited = CompletableFuture.runAsync(() -> {
                try {
                    TopicSetup.awaitWritable(admin, List.of(topic));
                } catch (ExecutionException | InterruptedException e) {
                    throw new CompletionException(e);
                }
            });
            Thread.sleep(1000);
            assertThat(waited).isNotDone();

            admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get();
            waited.get(30, TimeUnit.SECONDS);
        }
    }

    private static List<ConsumerRecord<String, RawEvent>> readAll(String topic, int expected) {
        Map<String, Object> props = Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", "it-reader",
                "auto.offset.reset", "earliest");
        List<ConsumerRecord<String, RawEvent>> records = new ArrayList<>();
        try (KafkaConsumer<String, RawEvent> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new JsonSerde<>(RawEvent.class).deserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (records.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }
}
