package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class LocalKafkaClusterIT {

    private static final String TOPIC = "replicated";

    @Test
    void keepsAcceptingAcksAllWritesWithOneNodeDownAndDeletesEveryDirectoryOnClose() throws Exception {
        List<Path> directories = new ArrayList<>();
        Map<String, String> sent = new LinkedHashMap<>();
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
                sent.putAll(TestClients.produce(kafka.bootstrapServers(), TOPIC, 0, 100));
                kafka.awaitFullyReplicated(Duration.ofSeconds(30));
                assertThat(admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions()).hasSize(3)
                        .allSatisfy(partition -> assertThat(partition.replicas()).hasSize(3));
                ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, TOPIC);
                Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);
                assertThat(config.get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("2");
            }

            kafka.stop(2);
            assertThat(kafka.isRunning(2)).isFalse();
            assertThat(kafka.isRunning(1)).isTrue();
            sent.putAll(TestClients.produce(kafka.bootstrapServers(), TOPIC, 100, 100));

            kafka.restart(2);
            assertThat(kafka.isRunning(2)).isTrue();
            kafka.awaitFullyReplicated(Duration.ofSeconds(30));
            Map<String, String> received = new LinkedHashMap<>();
            TestClients.consume(kafka.bootstrapServers(), TOPIC, 200).forEach(r -> received.put(r.key(), r.value()));
            assertThat(received).isEqualTo(sent);
        }
        assertThat(directories).allSatisfy(dir -> assertThat(dir).doesNotExist());
    }
}
