package io.newsflow.events;

import java.time.Instant;

/**
 * A cleaned article with its extracted metadata, key = {@link #id()}.
 *
 * <p>Evolution is additive: new fields are appended and nullable, readers ignore fields they do not
 * know, and {@link #SCHEMA_VERSION} only changes when a field changes meaning.
 */
public record EnrichedArticle(
        String id,
        String sourceUri,
        String contentSha256,
        Instant ingestedAt,
        String rawTopic,
        int rawPartition,
        long rawOffset,
        Instant processedAt,
        String processorVersion,
        int schemaVersion,
        String title,
        String body,
        String section,
        int wordCount,
        String language) {

    public static final int SCHEMA_VERSION = 1;
}
