package io.newsflow.sink;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** How every sink reads the enriched topic: one rule, so the sinks cannot drift apart. */
public final class SinkConsumers {

    private SinkConsumers() {
    }

    /**
     * The client settings given, then what a sink's guarantees require: only records the processor committed
     * (read_committed), and offsets that move only when the sink has made its output durable (no auto-commit).
     */
    public static Map<String, Object> settings(Map<String, Object> kafka, String groupId, String clientId) {
        Map<String, Object> props = new HashMap<>(kafka);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        return props;
    }
}
