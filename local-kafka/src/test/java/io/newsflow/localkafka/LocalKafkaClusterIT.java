package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.junit.jupiter.api.Test;

class LocalKafkaClusterIT {

    private static final String TOPIC = "replicated";

    @Test
    void keepsAcceptingAcksAllWritesWithOneNodeDownAndDeletesEveryDirectoryOnClose() throws Exception {
        List<Path> directories = new ArrayList<>();
        try (LocalKafkaCluster kafka = LocalKafkaCluster.start(3)) {
            assertThat(kafka.nodeIds()).containsExactly(1, 2, 3);
            kafka.nodeIds().forEach(id -> directories.add(kafka.logFile(id).getParent()));
            assertThat(directories).doesNotHaveDuplicates().allSatisfy(dir -> assertThat(dir).isDirectory());
            assertThat(kafka.bootstrapServers().split(",")).hasSize(3)
                    .allSatisfy(address -> assertThat(address).matches("127\\.0\\.0\\.1:\\d+"));

            try (Admin admin = TestClients.admin(kafka.bootstrapServers())) {
                assertThat(admin.describeCluster().nodes().get()).extracting(Node::id).containsExactlyInAnyOrder(1, 2, 3);
                // No replication factor given: the cluster's defaults must make it durable.
                admin.createTopics(List.of(new NewTopic(TOPIC, Optional.of(3), Optional.empty()))).all().get();
                assertThat(awaitFullyInSync(admin)).hasSize(3)
                        .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
                Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
                assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("2");
            }
            Map<String, String> sent = new LinkedHashMap<>(TestClients.produce(kafka.bootstrapServers(), TOPIC, 0, 100));

            kafka.stop(2);
            assertThat(kafka.isRunning(2)).isFalse();
            assertThat(kafka.isRunning(1)).isTrue();
            sent.putAll(TestClients.produce(kafka.bootstrapServers(), TOPIC, 100, 100));

            kafka.restart(2);
            assertThat(kafka.isRunning(2)).isTrue();
            try (Admin admin = TestClients.admin(kafka.bootstrapServers())) {
                assertThat(admin.describeCluster().nodes().get()).extracting(Node::id).containsExactlyInAnyOrder(1, 2, 3);
                awaitFullyInSync(admin);
            }
            Map<String, String> received = new LinkedHashMap<>();
            TestClients.consume(kafka.bootstrapServers(), TOPIC, 200).forEach(r -> received.put(r.key(), r.value()));
            assertThat(received).isEqualTo(sent);
        }
        assertThat(directories).allSatisfy(dir -> assertThat(dir).doesNotExist());
    }

    /**
     * A new topic reaches every node's metadata, and a restarted node's replicas catch up, in the background;
     * a healthy cluster has every replica in sync.
     */
    private static List<TopicPartitionInfo> awaitFullyInSync(Admin admin) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Object lastSeen = null;
        while (System.nanoTime() < deadline) {
            try {
                List<TopicPartitionInfo> partitions =
                        admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions();
                if (partitions.stream().allMatch(p -> p.isr().size() == 3)) {
                    return partitions;
                }
                lastSeen = partitions;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                lastSeen = e.getCause();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("replicas of " + TOPIC + " not all in sync within 30 s: " + lastSeen);
    }
}
