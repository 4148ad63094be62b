package io.newsflow.cli.status;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;

/** Reads ranges of partitions as a read_committed consumer sees them, without a consumer group. */
final class TopicScan {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private TopicScan() {
    }

    /** Every committed record of the partitions from their beginning to their end when the scan starts. */
    static <K> void toEnd(Map<String, Object> settings, List<TopicPartition> partitions, Deserializer<K> keys,
            Consumer<ConsumerRecord<K, byte[]>> each) {
        try (KafkaConsumer<K, byte[]> consumer = consumer(settings, keys)) {
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            read(consumer, consumer.endOffsets(partitions), each);
        }
    }

    /** How many committed records the partition holds in [from, to): markers and aborted records do not count. */
    static long count(Map<String, Object> settings, TopicPartition partition, long from, long to) {
        long[] count = {0};
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(settings, new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            read(consumer, Map.of(partition, to), record -> count[0]++);
        }
        return count[0];
    }

    private static <K> void read(KafkaConsumer<K, byte[]> consumer, Map<TopicPartition, Long> ends,
            Consumer<ConsumerRecord<K, byte[]>> each) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + ends.keySet() + " to " + ends + " within "
                        + TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<K, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    each.accept(record);
                }
            }
        }
    }

    private static <K> KafkaConsumer<K, byte[]> consumer(Map<String, Object> settings, Deserializer<K> keys) {
        Map<String, Object> props = new HashMap<>(settings);
        props.remove(ConsumerConfig.GROUP_ID_CONFIG);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-status");
        return new KafkaConsumer<>(props, keys, new ByteArrayDeserializer());
    }
}
