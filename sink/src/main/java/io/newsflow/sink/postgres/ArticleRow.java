package io.newsflow.sink.postgres;

import io.newsflow.events.Entity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One enriched record as the {@code articles} table and its {@code article_entities} rows hold it.
 *
 * <p>Only the columns worth indexing or selecting by are fields; everything else stays in {@code document}, the
 * record's JSON, so a field a newer processor adds is stored before any column exists for it.
 *
 * @param document the record as JSON, free of NUL characters (PostgreSQL text and jsonb reject them)
 */
record ArticleRow(
        String id,
        Instant processedAt,
        String processorVersion,
        String contentSha256,
        String sourceUri,
        Instant ingestedAt,
        String publishedAt,
        String title,
        String subtitle,
        String body,
        String section,
        String language,
        Integer wordCount,
        String publisher,
        String fingerprint,
        String duplicateOf,
        String storyId,
        List<Entity> entities,
        String document) {

    ArticleRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(processedAt, "processedAt");
        Objects.requireNonNull(document, "document");
        entities = List.copyOf(entities);
    }
}
