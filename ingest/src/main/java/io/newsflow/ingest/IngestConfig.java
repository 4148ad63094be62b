package io.newsflow.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What ingest needs, typed.
 *
 * @param topic    the raw topic to publish to
 * @param includes glob patterns a file must match (any of them); empty means every file. A pattern without
 *                 {@code /} matches the file name, one with {@code /} the path relative to the folder given
 * @param excludes glob patterns, same rules, that skip a file even when included
 * @param kafka    producer settings passed through untouched (bootstrap, TLS, SASL...)
 */
public record IngestConfig(String topic, List<String> includes, List<String> excludes, Map<String, Object> kafka) {

    public IngestConfig {
        Objects.requireNonNull(topic, "topic");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        kafka = Map.copyOf(kafka);
    }
}
