package io.newsflow.cli.replay;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** Reads and moves a consumer group's committed offsets, as {@code kafka-consumer-groups --reset-offsets} does. */
public final class ConsumerGroupOffsets {

    private ConsumerGroupOffsets() {
    }

    /** Moving offsets under running members would be undone by their next commit: refuse while any is there. */
    public static void requireNoActiveMembers(Admin admin, String group) throws ExecutionException, InterruptedException {
        GroupView view = GroupView.describe(admin, group);
        if (!view.idle()) {
            throw new ActiveGroupException("consumer group " + group + " has " + view.members()
                    + " active member(s) (state " + view.state() + "): stop every instance of that stage, "
                    + "then run replay again");
        }
    }

    /** Committed offsets of the group on the topic; partitions it never committed are absent. */
    public static Map<TopicPartition, Long> committed(Admin admin, String group, String topic)
            throws ExecutionException, InterruptedException {
        return onTopic(committed(admin, group), topic);
    }

    /** Committed offsets of the group on every topic it reads. */
    public static Map<TopicPartition, Long> committed(Admin admin, String group)
            throws ExecutionException, InterruptedException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(entry -> entry.getValue() != null)
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    public static Map<TopicPartition, Long> onTopic(Map<TopicPartition, Long> offsets, String topic) {
        return offsets.entrySet().stream().filter(entry -> entry.getKey().topic().equals(topic))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public static void reset(Admin admin, String group, Map<TopicPartition, Long> offsets)
            throws ExecutionException, InterruptedException {
        admin.alterConsumerGroupOffsets(group, offsets.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> new OffsetAndMetadata(entry.getValue()))))
                .all().get();
    }

    /** The stage is running: replay must not move its position. */
    public static final class ActiveGroupException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ActiveGroupException(String message) {
            super(message);
        }
    }
}
