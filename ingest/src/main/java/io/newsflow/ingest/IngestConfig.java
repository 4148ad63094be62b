package io.newsflow.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What ingest needs, typed.
 *
 * @param topic       the raw topic to publish to
 * @param includes    glob patterns a file must match (any of them); empty means every file. A pattern without
 *                    {@code /} matches the file name, one with {@code /} the path relative to the folder given
 * @param excludes    glob patterns, same rules, that skip a file even when included
 * @param kafka       producer settings passed through untouched (bootstrap, TLS, SASL...)
 * @param maxFileSize files larger than this many bytes are skipped with their size and the limit as reason
 * @param followLinks follow symbolic links met inside folders (paths given directly are always followed)
 * @param failFast    stop at the first skipped file instead of going on with the others
 */
public record IngestConfig(String topic, List<String> includes, List<String> excludes, Map<String, Object> kafka,
        long maxFileSize, boolean followLinks, boolean failFast) {

    public IngestConfig {
        Objects.requireNonNull(topic, "topic");
        includes = List.copyOf(includes);
        excludes = List.copyOf(excludes);
        kafka = Map.copyOf(kafka);
        if (maxFileSize < 1) {
            throw new IllegalArgumentException("maxFileSize must be at least 1 byte, got " + maxFileSize);
        }
    }

    /** The defaults: 5 MiB per file, links inside folders not followed, every file tried. */
    public IngestConfig(String topic, List<String> includes, List<String> excludes, Map<String, Object> kafka) {
        this(topic, includes, excludes, kafka, ArticleFiles.DEFAULT_MAX_BYTES, false, false);
    }
}
