package io.newsflow.sink;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the JSON Lines sink needs, typed.
 *
 * @param topic   the enriched topic to read
 * @param outDir  the folder the JSON Lines file is written in (created if missing)
 * @param groupId the consumer group whose committed offsets say what is already written
 * @param kafka   consumer settings passed through untouched (bootstrap, TLS, SASL...)
 */
public record SinkConfig(String topic, Path outDir, String groupId, Map<String, Object> kafka) {

    public static final String DEFAULT_GROUP_ID = "newsflow-sink-jsonl";
    public static final String FILE_NAME = "enriched.jsonl";

    public SinkConfig {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(groupId, "groupId");
        kafka = Map.copyOf(kafka);
    }

    public Path outFile() {
        return outDir.resolve(FILE_NAME);
    }
}
