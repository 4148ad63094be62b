package io.newsflow.sink;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the JSON Lines sink needs, typed.
 *
 * @param topic        the enriched topic to read; its name is part of the output paths
 * @param outDir       the folder the files are written in (created if missing); layout in {@link JsonLinesOutput}
 * @param groupId      the consumer group; its offsets only show lag: the files say what is written
 * @param kafka        consumer settings passed through untouched (bootstrap, TLS, SASL...)
 * @param rollBytes    a partition's file is committed once it holds this many bytes
 * @param rollInterval ...or once it has been open this long, so a trickle of records still comes out
 */
public record SinkConfig(String topic, Path outDir, String groupId, Map<String, Object> kafka, long rollBytes,
        Duration rollInterval) {

    public static final String DEFAULT_GROUP_ID = "newsflow-sink-jsonl";
    public static final long DEFAULT_ROLL_BYTES = 64L * 1024 * 1024;
    public static final Duration DEFAULT_ROLL_INTERVAL = Duration.ofSeconds(10);

    /** Kafka's own rule for topic names; it also keeps the name harmless as a folder name. */
    private static final Pattern TOPIC_NAME = Pattern.compile("[a-zA-Z0-9._-]{1,249}");

    public SinkConfig {
        checkedTopicName(topic);
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(groupId, "groupId");
        kafka = Map.copyOf(kafka);
        if (rollBytes <= 0) {
            throw new IllegalArgumentException("roll size must be positive, not " + rollBytes);
        }
        if (rollInterval.isNegative() || rollInterval.isZero()) {
            throw new IllegalArgumentException("roll interval must be positive, not " + rollInterval);
        }
    }

    public SinkConfig(String topic, Path outDir, String groupId, Map<String, Object> kafka) {
        this(topic, outDir, groupId, kafka, DEFAULT_ROLL_BYTES, DEFAULT_ROLL_INTERVAL);
    }

    public SinkConfig withRoll(long bytes, Duration interval) {
        return new SinkConfig(topic, outDir, groupId, kafka, bytes, interval);
    }

    static String checkedTopicName(String topic) {
        Objects.requireNonNull(topic, "topic");
        if (!TOPIC_NAME.matcher(topic).matches() || topic.equals(".") || topic.equals("..")) {
            throw new IllegalArgumentException("not a Kafka topic name: '" + topic + "'");
        }
        return topic;
    }
}
