package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import io.newsflow.localkafka.LocalKafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesSinkIT {

    private static final String TOPIC = "enriched-sink-it";
    private static final Duration ROLL = Duration.ofMillis(100);
    private static LocalKafkaBroker broker;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldWriteCommittedRecordsOnceToOffsetNamedFilesAndResumeFromTheFilesWhateverTheGroup() throws Exception {
        Path out = tmp.resolve("out");
        try (KafkaProducer<String, String> producer = transactionalProducer()) {
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, 0, "a", "{\"id\":\"a\",\"title\":\"First\"}"));
            producer.send(new ProducerRecord<>(TOPIC, 0, "b", "{\n  \"id\": \"b\",\n  \"futureField\": [1, 2]\n}"));
            producer.send(new ProducerRecord<>(TOPIC, 0, "c", null));
            producer.send(new ProducerRecord<>(TOPIC, 0, "not-json", "<html>"));
            producer.send(new ProducerRecord<>(TOPIC, 1, "../../etc/passwd",
                    "{\"id\":\"../../etc/passwd\\u0000\",\"body\":\"line one\\nline two\"}"));
            producer.commitTransaction();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, 1, "aborted", "{\"id\":\"aborted\"}"));
            producer.flush();
            producer.abortTransaction();
        }
        SinkConfig config = new SinkConfig(TOPIC, out, "sink-it", Map.of("bootstrap.servers", broker.bootstrapServers()))
                .withRoll(SinkConfig.DEFAULT_ROLL_BYTES, ROLL);

        assertThat(runUntil(config, 4)).containsExactlyInAnyOrder("a", "b", "c", "../../etc/passwd");

        assertThat(names(out.resolve(TOPIC).resolve("partition=0")))
                .containsExactly(TOPIC + "+0+00000000000000000000+00000000000000000003.jsonl");
        assertThat(names(out.resolve(TOPIC).resolve("partition=1")))
                .containsExactly(TOPIC + "+1+00000000000000000000+00000000000000000000.jsonl");
        List<String> lines = JsonLinesOutput.lines(out);
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("{\"id\":\"a\",\"title\":\"First\"}");
        assertThat(Json.MAPPER.readTree(lines.get(1)).path("futureField").size()).isEqualTo(2);
        assertThat(lines.get(2)).isEqualTo("{\"id\":\"c\",\"deleted\":true}");
        JsonNode hostile = Json.MAPPER.readTree(lines.get(3));
        assertThat(hostile.path("id").asText()).isEqualTo("../../etc/passwd\u0000");
        assertThat(hostile.path("body").asText()).isEqualTo("line one\nline two");
        assertThat(tmp.resolve("etc")).doesNotExist();
        assertThat(committedGroupOffset("sink-it", 0)).as("group offsets follow, for lag").isEqualTo(endOffset(0));

        // The same group: resumes after the files.
        produce("e", 0);
        assertThat(runUntil(config, 1)).containsExactly("e");

        // A new group knows nothing, the files know everything: still only the new record is written.
        produce("f", 1);
        assertThat(runUntil(new SinkConfig(TOPIC, out, "sink-it-new-group",
                Map.of("bootstrap.servers", broker.bootstrapServers())).withRoll(SinkConfig.DEFAULT_ROLL_BYTES, ROLL), 1))
                .containsExactly("f");
        assertThat(JsonLinesOutput.lines(out)).hasSize(6);

        // Without the files, the topic is written afresh: the output can always be rebuilt from the topic.
        Path fresh = tmp.resolve("fresh");
        assertThat(runUntil(new SinkConfig(TOPIC, fresh, "sink-it", Map.of("bootstrap.servers",
                broker.bootstrapServers())).withRoll(SinkConfig.DEFAULT_ROLL_BYTES, ROLL), 6)).hasSize(6);
        assertThat(JsonLinesOutput.lines(fresh)).containsExactlyInAnyOrderElementsOf(JsonLinesOutput.lines(out));
    }

    @Test
    void shouldRollFilesBySizeAndCommitWhatIsOpenAtShutdown() throws Exception {
        String topic = "enriched-roll-it";
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 10; i++) {
                producer.send(new ProducerRecord<>(topic, "id" + i, "{\"id\":\"id" + i + "\"}")); // 12 bytes a line
            }
            producer.flush();
        }
        Path out = tmp.resolve("rolled");
        // 30 bytes: a file is full after three lines; the tenth line waits for shutdown (the interval is long).
        SinkConfig config = new SinkConfig(topic, out, "roll-it", Map.of("bootstrap.servers", broker.bootstrapServers()))
                .withRoll(30, Duration.ofHours(1));

        assertThat(runUntil(config, 9)).hasSize(10);

        assertThat(names(out.resolve(topic).resolve("partition=0"))).containsExactly(
                topic + "+0+00000000000000000000+00000000000000000002.jsonl",
                topic + "+0+00000000000000000003+00000000000000000005.jsonl",
                topic + "+0+00000000000000000006+00000000000000000008.jsonl",
                topic + "+0+00000000000000000009+00000000000000000009.jsonl");
    }

    private static KafkaProducer<String, String> transactionalProducer() {
        KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                broker.bootstrapServers(), "transactional.id", "sink-it-producer"), new StringSerializer(),
                new StringSerializer());
        producer.initTransactions();
        return producer;
    }

    private static void produce(String id, int partition) throws Exception {
        try (KafkaProducer<String, String> producer = transactionalProducer()) {
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(TOPIC, partition, id, "{\"id\":\"" + id + "\"}"));
            producer.commitTransaction();
        }
    }

    private static long committedGroupOffset(String group, int partition) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(TOPIC, partition)).offset();
        }
    }

    private static long endOffset(int partition) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicPartition tp = new TopicPartition(TOPIC, partition);
            return admin.listOffsets(Map.of(tp, OffsetSpec.latest())).all().get().get(tp).offset();
        }
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** Runs a sink until {@code count} lines are committed, then a little longer, stops it: the ids written. */
    private static List<String> runUntil(SinkConfig config, int count) throws InterruptedException {
        List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (JsonLinesSink sink = new JsonLinesSink(config)) {
            Thread thread = new Thread(() -> sink.run(written::add));
            thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (written.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(500); // anything written beyond count would show
            sink.stop();
            thread.join(10_000);
        }
        return new ArrayList<>(written);
    }
}
