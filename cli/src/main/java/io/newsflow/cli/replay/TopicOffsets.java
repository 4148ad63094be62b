package io.newsflow.cli.replay;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** Offsets of every partition of a topic, as a consumer reading committed records sees them. */
public final class TopicOffsets {

    private TopicOffsets() {
    }

    /**
     * The offset of each partition at the point: a time maps to the first record at or after it, or to the end of
     * the partition when every record is older.
     */
    public static Map<TopicPartition, Long> at(Admin admin, String topic, ReplayPoint point)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, Long> offsets = list(admin, topic, point.offsetSpec());
        if (point.kind() == ReplayPoint.Kind.TIME && offsets.containsValue(-1L)) {
            Map<TopicPartition, Long> ends = list(admin, topic, OffsetSpec.latest());
            offsets.replaceAll((partition, offset) -> offset < 0 ? ends.get(partition) : offset);
        }
        return offsets;
    }

    private static Map<TopicPartition, Long> list(Admin admin, String topic, OffsetSpec spec)
            throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetSpec> request = partitions(admin, topic).stream()
                .collect(Collectors.toMap(partition -> partition, partition -> spec));
        // The enriched topic is written in transactions: its end for a read_committed reader is the last stable offset.
        Map<TopicPartition, ListOffsetsResultInfo> result = admin
                .listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get();
        Map<TopicPartition, Long> offsets = new TreeMap<>(
                java.util.Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
        result.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }

    public static java.util.List<TopicPartition> partitions(Admin admin, String topic)
            throws ExecutionException, InterruptedException {
        TopicDescription description;
        try {
            description = admin.describeTopics(java.util.List.of(topic)).allTopicNames().get().get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.UnknownTopicOrPartitionException) {
                throw new IllegalArgumentException("topic " + topic + " does not exist", e.getCause());
            }
            throw e;
        }
        return description.partitions().stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }
}
