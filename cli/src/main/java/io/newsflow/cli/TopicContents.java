package io.newsflow.cli;

import java.time.Duration;
import java.util.ArrayList;
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

/**
 * Reads topics as a read_committed consumer sees them, without a consumer group, up to their end when the read
 * starts (`newsflow status`, bench/chaos, tests).
 */
public final class TopicContents {

    /** A big topic takes long to read; a stalled read, with nothing coming, fails after this. */
    private static final Duration STALL_TIMEOUT = Duration.ofSeconds(30);

    private TopicContents() {
    }

    /** Every committed record of the topic. */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, String topic) {
        return readAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), topic);
    }

    /** Every committed record of the topic, read with these client settings (a secured cluster's login). */
    public static List<ConsumerRecord<byte[], byte[]>> readAll(Map<String, Object> settings, String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(settings, new ByteArrayDeserializer())) {
            readToEnd(consumer, consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList(), records::add);
        }
        return records;
    }

    /** Every committed record of the partitions, handed over one by one. */
    public static <K> void readAll(Map<String, Object> settings, List<TopicPartition> partitions, Deserializer<K> keys,
            Consumer<ConsumerRecord<K, byte[]>> each) {
        try (KafkaConsumer<K, byte[]> consumer = consumer(settings, keys)) {
            readToEnd(consumer, partitions, each);
        }
    }

    /** How many committed records the partition holds in [from, to): markers and aborted records do not count. */
    public static long count(Map<String, Object> settings, TopicPartition partition, long from, long to) {
        long[] count = {0};
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(settings, new ByteArrayDeserializer())) {
            consumer.assign(List.of(partition));
            consumer.seek(partition, from);
            read(consumer, Map.of(partition, to), record -> count[0]++);
        }
        return count[0];
    }

    private static <K> void readToEnd(KafkaConsumer<K, byte[]> consumer, List<TopicPartition> partitions,
            Consumer<ConsumerRecord<K, byte[]>> each) {
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        read(consumer, consumer.endOffsets(partitions), each);
    }

    private static <K> void read(KafkaConsumer<K, byte[]> consumer, Map<TopicPartition, Long> ends,
            Consumer<ConsumerRecord<K, byte[]>> each) {
        long deadline = System.nanoTime() + STALL_TIMEOUT.toNanos();
        while (ends.entrySet().stream().anyMatch(end -> consumer.position(end.getKey()) < end.getValue())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("could not read " + ends.keySet() + " to their end offsets " + ends
                        + ": nothing came for " + STALL_TIMEOUT.toSeconds() + " s");
            }
            for (ConsumerRecord<K, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                deadline = System.nanoTime() + STALL_TIMEOUT.toNanos();
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
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-reader");
        return new KafkaConsumer<>(props, keys, new ByteArrayDeserializer());
    }
}
