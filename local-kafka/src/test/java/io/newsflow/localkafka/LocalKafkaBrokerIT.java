package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class LocalKafkaBrokerIT {

    @Test
    void servesProducersAndConsumersAndDeletesItsDirectoryOnClose() throws Exception {
        Path directory;
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start()) {
            directory = kafka.logFile().getParent();
            assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(kafka.isRunning()).isTrue();

            TestClients.createTopic(kafka.bootstrapServers(), "articles", 3, (short) 1);
            Map<String, String> sent = TestClients.produce(kafka.bootstrapServers(), "articles", 0, 100);
            List<ConsumerRecord<String, String>> received = TestClients.consume(kafka.bootstrapServers(), "articles", 100);

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
            TestClients.createTopic(kafka.bootstrapServers(), "restarted", 3, (short) 1);
            Map<String, String> sent = TestClients.produce(kafka.bootstrapServers(), "restarted", 0, 100);

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.restart();

            assertThat(kafka.isRunning()).isTrue();
            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            sent.putAll(TestClients.produce(kafka.bootstrapServers(), "restarted", 100, 10));
            Map<String, String> receivedByKey = new LinkedHashMap<>();
            TestClients.consume(kafka.bootstrapServers(), "restarted", 110).forEach(record -> receivedByKey.put(record.key(), record.value()));
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
}
