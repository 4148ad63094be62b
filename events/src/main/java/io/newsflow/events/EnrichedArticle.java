package io.newsflow.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A cleaned article with its extracted metadata, key = {@link #id()}.
 *
 * <p>Evolution is additive: new fields are appended and nullable, readers ignore fields they do not
 * know, and {@link #SCHEMA_VERSION} only changes when a field changes meaning. Lineage fields
 * ({@code rawTopic}, {@code rawPartition}, {@code rawOffset}) are null when the record was made offline by
 * {@code newsflow enrich}. Every field is documented in {@code docs/contract.md}.
 */
public record EnrichedArticle(
        String id,
        String sourceUri,
        String contentSha256,
        Instant ingestedAt,
        String rawTopic,
        Integer rawPartition,
        Long rawOffset,
        Instant processedAt,
        String processorVersion,
        int schemaVersion,
        String title,
        String body,
        String section,
        int wordCount,
        String language,
        String subtitle,
        String byline,
        List<String> authors,
        String publisher,
        String publishedAt,
        Double languageConfidence,
        int readingTimeMinutes,
        List<DateMention> datesMentioned,
        List<Entity> entities,
        List<Quote> quotes,
        List<String> keywords,
        List<String> relatedHeadlines,
        String fingerprint,
        Map<String, Integer> removedBlocks) {

    public static final int SCHEMA_VERSION = 1;
}
