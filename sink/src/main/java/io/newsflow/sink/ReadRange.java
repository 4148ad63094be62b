package io.newsflow.sink;

import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The part of a topic a bounded run reads (a rebuild): partitions that the output has never seen start at
 * {@code starts} (else at their beginning), and the run ends once every partition of {@code ends} has reached its
 * end offset, exclusive. {@link #UNBOUNDED} is the usual run: from the beginning, never ending.
 */
public record ReadRange(Map<TopicPartition, Long> starts, Map<TopicPartition, Long> ends) {

    public static final ReadRange UNBOUNDED = new ReadRange(Map.of(), Map.of());

    public ReadRange {
        starts = Map.copyOf(starts);
        ends = Map.copyOf(ends);
    }

    /** Whether the record comes before its partition's end. */
    public boolean includes(ConsumerRecord<?, ?> record) {
        Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
        return end == null || record.offset() < end;
    }

    /** Whether the consumer has read every partition up to its end; never for an unbounded range. */
    public boolean reachedBy(Consumer<?, ?> consumer) {
        if (ends.isEmpty()) {
            return false;
        }
        Set<TopicPartition> assigned = consumer.assignment();
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            if (!assigned.contains(end.getKey()) || consumer.position(end.getKey()) < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** Where a partition the output has never seen starts. */
    public void seekToStart(Consumer<?, ?> consumer, TopicPartition partition) {
        Long start = starts.get(partition);
        if (start == null) {
            consumer.seekToBeginning(java.util.List.of(partition));
        } else {
            consumer.seek(partition, start);
        }
    }
}
