package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class LocalKafkaBrokerIT {

    private static final Duration CONSUME_DEADLINE = Duration.ofSeconds(60);

    @Test
    void servesProducersAndConsumersAndDeletesItsDirectoryOnClose() throws Exception {
        Path directory;
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start()) {
            directory = kafka.logFile().getParent();
            assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(kafka.isRunning()).isTrue();

            createTopic(kafka, "articles", 3);
            Map<String, String> sent = produce(kafka, "articles", 0, 100);
            List<ConsumerRecord<String, String>> received = consume(kafka, "articles", 100);

            assertThat(received).hasSize(100);
            Map<String, String> receivedByKey = new LinkedHashMap<>();
            Set<Integer> partitions = new HashSet<>();
            for (ConsumerRecord<String, String> record : received) {
                receivedByKey.put(record.key(), record.value());
                partitions.add(record.partition());
            }
            assertThat(receivedByKey).isEqualTo(sent);
            assertThat(partitions).containsExactlyInAnyOrder(0, 1, 2);
            assertThat(kafka.logFile()).content().contains("Kafka Server started");
            assertThat(directory).isDirectory();
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void keepsDataAndAddressAcrossStopAndRestart() throws Exception {
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start()) {
            String address = kafka.bootstrapServers();
            createTopic(kafka, "restarted", 3);
            Map<String, String> sent = produce(kafka, "restarted", 0, 100);

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.restart();

            assertThat(kafka.isRunning()).isTrue();
            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            sent.putAll(produce(kafka, "restarted", 100, 10));
            Map<String, String> receivedByKey = new LinkedHashMap<>();
            consume(kafka, "restarted", 110).forEach(record -> receivedByKey.put(record.key(), record.value()));
            assertThat(receivedByKey).isEqualTo(sent);
        }
    }

    @Test
    void reportsTheBrokerLogWhenTheBrokerCannotStart() {
        LocalKafkaBroker.Options badConfig = LocalKafkaBroker.Options.defaults()
                .withBrokerProperty("num.network.threads", "0");

        assertThatThrownBy(() -> LocalKafkaBroker.start(badConfig))
                .isInstanceOf(LocalKafkaException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("--- last lines of ")
                .hasMessageContaining("num.network.threads");
    }

    private static void createTopic(LocalKafkaBroker kafka, String topic, int partitions) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        }
    }

    private static Map<String, String> produce(LocalKafkaBroker kafka, String topic, int from, int count)
            throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all");
        Map<String, String> sent = new LinkedHashMap<>();
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (int i = from; i < from + count; i++) {
                String key = "article-" + i;
                String value = "{\"id\":" + i + ",\"title\":\"Headline " + i + "\"}";
                sent.put(key, value);
                acks.add(producer.send(new ProducerRecord<>(topic, key, value)));
            }
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        }
        return sent;
    }

    private static List<ConsumerRecord<String, String>> consume(LocalKafkaBroker kafka, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        long deadline = System.nanoTime() + CONSUME_DEADLINE.toNanos();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (received.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
        }
        return received;
    }
}
