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
    private static LocalKafkaBroker broker;

    @TempDir
    Path out;

    @BeforeAll
    static void startBroker() throws Exception {
        broker = LocalKafkaBroker.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void shouldWriteOneCompactLinePerRecordKeepUnknownFieldsAndCommitWhatItWrote() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "a", "{\"id\":\"a\",\"title\":\"First\"}"));
            producer.send(new ProducerRecord<>(TOPIC, "b", "{\n  \"id\": \"b\",\n  \"futureField\": [1, 2]\n}"));
            producer.send(new ProducerRecord<>(TOPIC, "c", null));
            producer.send(new ProducerRecord<>(TOPIC, "d", "{\"id\":\"d\",\"body\":\"line one\\nline two\"}")).get();
        }

        SinkConfig config = new SinkConfig(TOPIC, out, "sink-it", Map.of("bootstrap.servers", broker.bootstrapServers()));
        List<String> written = runUntil(config, 3);

        assertThat(written).containsExactly("a", "b", "d");
        List<String> lines = Files.readAllLines(config.outFile());
        assertThat(lines).hasSize(3);
        JsonNode second = Json.MAPPER.readTree(lines.get(1));
        assertThat(second.path("futureField").size()).isEqualTo(2);
        assertThat(Json.MAPPER.readTree(lines.get(2)).path("body").asText()).isEqualTo("line one\nline two");

        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            long committed = admin.listConsumerGroupOffsets("sink-it").partitionsToOffsetAndMetadata().get()
                    .get(new TopicPartition(TOPIC, 0)).offset();
            long end = admin.listOffsets(Map.of(new TopicPartition(TOPIC, 0), OffsetSpec.latest())).all().get()
                    .get(new TopicPartition(TOPIC, 0)).offset();
            assertThat(committed).isEqualTo(end);
        }

        // A restarted sink resumes after what it committed: nothing is written twice.
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "e", "{\"id\":\"e\"}")).get();
        }
        assertThat(runUntil(config, 1)).containsExactly("e");
        assertThat(Files.readAllLines(config.outFile())).hasSize(4);
    }

    private static List<String> runUntil(SinkConfig config, int count) throws InterruptedException {
        List<String> written = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (JsonLinesSink sink = new JsonLinesSink(config)) {
            Thread thread = new Thread(() -> sink.run(written::add));
            thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (written.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            sink.stop();
            thread.join(10_000);
        }
        return new ArrayList<>(written);
    }
}
