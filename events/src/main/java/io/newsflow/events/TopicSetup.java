package io.newsflow.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics explicitly, with the settings that make replay possible: the raw topic keeps
 * everything forever (it is the system of record), the enriched topic is compacted by article id (the newest
 * version of each article stays), dead letters are kept until someone repairs and replays them.
 */
public final class TopicSetup {

    /** @param partitions        partitions of every topic: the processor's and sinks' maximum parallelism
     *  @param replicationFactor copies of each partition; min.insync.replicas is one less, so one broker may fail */
    public record Layout(int partitions, short replicationFactor) {
        public Layout {
            if (partitions < 1) {
                throw new IllegalArgumentException("partitions must be at least 1, got " + partitions);
            }
            if (replicationFactor < 1) {
                throw new IllegalArgumentException("replication factor must be at least 1, got " + replicationFactor);
            }
        }
    }

    private TopicSetup() {
    }

    public static List<NewTopic> newTopics(TopicNames names, Layout layout) {
        String minInsync = Integer.toString(Math.max(1, layout.replicationFactor() - 1));
        // Articles up to ingest's file limit must fit, as must the enriched records and dead letters made of them.
        String maxMessageBytes = Integer.toString(MessageSizes.MAX_MESSAGE_BYTES);
        return List.of(
                new NewTopic(names.raw(), layout.partitions(), layout.replicationFactor()).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes,
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync)),
                new NewTopic(names.enriched(), layout.partitions(), layout.replicationFactor()).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes,
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync)),
                new NewTopic(names.deadLetter(), layout.partitions(), layout.replicationFactor()).configs(Map.of(
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                        TopicConfig.RETENTION_MS_CONFIG, "-1",
                        TopicConfig.RETENTION_BYTES_CONFIG, "-1",
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, maxMessageBytes,
                        TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, minInsync)));
    }

    /**
     * Creates the topics that do not exist yet and returns the names of those it created; existing topics are
     * left as they are (their settings are the operator's). Returns once every partition of the topics it
     * created takes writes (see {@link #awaitWritable}).
     */
    public static List<String> create(Admin admin, TopicNames names, Layout layout)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = newTopics(names, layout).stream()
                .filter(topic -> !existing.contains(topic.name()))
                .toList();
        CreateTopicsResult result = admin.createTopics(missing);
        List<String> created = new ArrayList<>();
        for (NewTopic topic : missing) {
            try {
                result.values().get(topic.name()).get();
                created.add(topic.name());
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        awaitWritable(admin, created, layout.partitions());
        return created;
    }

    /**
     * Waits until the leader of every partition of {@code topics} answers for it. A broker publishes a new
     * topic's partitions in its metadata before it has loaded their logs, and an idempotent producer that
     * writes in that gap can lose records (KAFKA-15591): its first request fails as "not leader", a later one
     * is appended, and every retry of the first is then refused as out of order until it expires. Seen here
     * when files were ingested within a second of the topics' creation on a busy broker: records of one
     * partition expired after 120 s. A ListOffsets request passes the same check on the broker as a write,
     * and the admin client retries it while the topic or partition is not there yet, up to its
     * {@code default.api.timeout.ms}.
     */
    static void awaitWritable(Admin admin, List<String> topics, int partitions)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        for (String topic : topics) {
            for (int partition = 0; partition < partitions; partition++) {
                ends.put(new TopicPartition(topic, partition), OffsetSpec.latest());
            }
        }
        admin.listOffsets(ends).all().get();
    }
}
