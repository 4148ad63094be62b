package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.localkafka.LocalKafkaCluster;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.internals.Topic;
import org.junit.jupiter.api.Test;

/**
 * Issue 4's proof on a three-broker KRaft cluster (replication 3, {@code min.insync.replicas=2},
 * {@code acks=all}): one broker stops mid-run, nothing is lost and the pipeline goes on without it.
 */
class ClusterFailoverIT {

    private static final int ARTICLES = 1_000;

    @Test
    void stoppingOneOfThreeBrokersMidRunLosesAndRepeatsNothing() throws Exception {
        try (LocalKafkaCluster cluster = LocalKafkaCluster.start(3)) {
            String bootstrap = cluster.bootstrapServers();
            TopicNames topics = DisruptedRun.createFreshTopics(bootstrap, new TopicSetup.Layout(3, (short) 3));
            // Every replica in sync means every broker holds the new topics: a config query to any of them finds them.
            cluster.awaitFullyReplicated(Duration.ofSeconds(60));
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                ConfigResource raw = new ConfigResource(ConfigResource.Type.TOPIC, topics.raw());
                assertThat(admin.describeConfigs(List.of(raw)).all().get().get(raw)
                        .get(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG).value()).isEqualTo("2");
            }
            try (DisruptedRun run = new DisruptedRun(bootstrap, topics, ARTICLES)) {
                run.startIngest(Duration.ofMillis(4));
                run.awaitAcked(ARTICLES / 3, Duration.ofSeconds(30));

                // The hardest broker to lose: the processor's transactions go through it.
                int victim = transactionCoordinator(bootstrap);
                int ackedBefore = run.acked();
                run.log("stopping broker %d, the transaction coordinator; %d records acknowledged", victim, ackedBefore);
                cluster.stop(victim);
                run.log("broker %d stopped", victim);
                assertThat(ackedBefore).as("records acknowledged when the broker went down").isLessThan(ARTICLES);

                // Still down: the rest is acknowledged by two in-sync replicas, and processed.
                run.awaitIngested(Duration.ofSeconds(60));
                run.awaitOutcomes(Duration.ofSeconds(90));
                assertThat(cluster.isRunning(victim)).isFalse();

                cluster.restart(victim);
                cluster.awaitFullyReplicated(Duration.ofSeconds(60));
                run.log("broker %d back, every replica in sync", victim);
                run.assertEachRawRecordEndedExactlyOnce();
            }
        }
    }

    private static int transactionCoordinator(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.describeTopics(List.of(Topic.TRANSACTION_STATE_TOPIC_NAME)).allTopicNames().get()
                    .get(Topic.TRANSACTION_STATE_TOPIC_NAME).partitions().get(0).leader().id();
        }
    }
}
