package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.localkafka.LocalKafkaBroker;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Topics made by {@link TopicSetup} take writes as soon as it returns: a producer writing in the moment between
 * a topic's creation and its partitions being loaded can lose records (see {@code TopicSetup.awaitWritable}).
 */
class FreshTopicsIT {

    private static final int PARTITIONS = 3;
    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

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
                TopicNames names = new TopicNames("fresh-raw-" + round, "fresh-enriched-" + round, "fresh-dlq-" + round);
                List<String> created = TopicSetup.create(admin, names, new TopicSetup.Layout(PARTITIONS, (short) 1));
                assertThat(created).containsExactly(names.raw(), names.enriched(), names.deadLetter());

                List<Future<RecordMetadata>> writes = new ArrayList<>();
                for (String topic : created) {
                    for (int partition = 0; partition < PARTITIONS; partition++) {
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
}
