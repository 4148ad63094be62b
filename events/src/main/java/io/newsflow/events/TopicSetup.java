package io.newsflow.events;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the pipeline's topics explicitly, with the settings that make replay possible: the raw topic keeps
 * everything forever (it is the system of record), the enriched topic is compacted by article id (the newest
 * version of each article stays), dead letters are kept until someone repairs and replays them.
 */
public final class TopicSetup {

    /** How long {@link #awaitWritable} waits for new partitions before it gives up. */
    private static final Duration WRITABLE_WAIT = Duration.ofSeconds(60);
    private static final long RETRY_BACKOFF_MS = 50;

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
        awaitWritable(admin, created);
        return created;
    }

    /**
     * Waits until the leader of every partition of {@code topics} answers for it. A broker lists a new topic's
     * partitions before it has loaded their logs, and an idempotent producer that writes in that gap can lose
     * records (KAFKA-15591): its first request fails as "not leader", a later one is appended, and every retry of
     * the first is then refused as out of order until it expires. Seen here when files were ingested within a
     * second of the topics' creation on a busy broker: records of one partition expired after 120 s. A ListOffsets
     * request passes the same check on the broker as a write.
     *
     * @throws ExecutionException with the last transient error when a partition still does not answer after a
     *                            minute, or at once with an error that is not transient (authorization, ...)
     */
    public static void awaitWritable(Admin admin, List<String> topics) throws ExecutionException, InterruptedException {
        if (topics.isEmpty()) {
            return;
        }
        long deadline = System.nanoTime() + WRITABLE_WAIT.toNanos();
        // Right after its creation a topic may not be listed yet by the broker asked; the admin client fails
        // ListOffsets for such a topic at once (and logs it as an error) instead of retrying: describe it first.
        Map<String, TopicDescription> descriptions =
                untilAnswered(() -> admin.describeTopics(topics).allTopicNames(), deadline);
        Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
        descriptions.forEach((topic, description) -> description.partitions().forEach(partition ->
                ends.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
        untilAnswered(() -> admin.listOffsets(ends).all(), deadline);
    }

    /** Repeats the request while it fails with a transient error, until the deadline ({@link System#nanoTime}). */
    private static <T> T untilAnswered(Supplier<KafkaFuture<T>> request, long deadline)
            throws ExecutionException, InterruptedException {
        while (true) {
            try {
                return request.get().get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                TimeUnit.MILLISECONDS.sleep(RETRY_BACKOFF_MS);
            }
        }
    }
}
