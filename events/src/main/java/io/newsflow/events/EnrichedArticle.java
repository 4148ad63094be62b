package io.newsflow.events;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A cleaned article with its extracted metadata, key = {@link #id()}.
 *
 * <p>Evolution is additive: new fields are appended and nullable, readers ignore fields they do not
 * know, and {@link #SCHEMA_VERSION} only changes when a field changes meaning. Lineage fields
 * ({@code rawTopic}, {@code rawPartition}, {@code rawOffset}) are null when the record was made offline by
 * {@code newsflow enrich}. {@code duplicateOf} and {@code storyId} link near-duplicates (set by the processor's
 * linking step; offline, every article is its own story). Every field is documented in {@code docs/contract.md}.
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
        @JsonSerialize(using = LongTextSerializer.class) String body,
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
        Map<String, Integer> removedBlocks,
        String duplicateOf,
        String storyId) {

    public static final int SCHEMA_VERSION = 1;

    /** A record not linked to any other: the first (so far the only) article of its own story. */
    public EnrichedArticle(String id, String sourceUri, String contentSha256, Instant ingestedAt, String rawTopic,
            Integer rawPartition, Long rawOffset, Instant processedAt, String processorVersion, int schemaVersion,
            String title, String body, String section, int wordCount, String language, String subtitle,
            String byline, List<String> authors, String publisher, String publishedAt, Double languageConfidence,
            int readingTimeMinutes, List<DateMention> datesMentioned, List<Entity> entities, List<Quote> quotes,
            List<String> keywords, List<String> relatedHeadlines, String fingerprint,
            Map<String, Integer> removedBlocks) {
        this(id, sourceUri, contentSha256, ingestedAt, rawTopic, rawPartition, rawOffset, processedAt,
                processorVersion, schemaVersion, title, body, section, wordCount, language, subtitle, byline, authors,
                publisher, publishedAt, languageConfidence, readingTimeMinutes, datesMentioned, entities, quotes,
                keywords, relatedHeadlines, fingerprint, removedBlocks, null, id);
    }

    /** This record placed in a near-duplicate story; {@code duplicateOf} is null for the story's first article. */
    public EnrichedArticle inStory(String storyId, String duplicateOf) {
        return new EnrichedArticle(id, sourceUri, contentSha256, ingestedAt, rawTopic, rawPartition, rawOffset,
                processedAt, processorVersion, schemaVersion, title, body, section, wordCount, language, subtitle,
                byline, authors, publisher, publishedAt, languageConfidence, readingTimeMinutes, datesMentioned,
                entities, quotes, keywords, relatedHeadlines, fingerprint, removedBlocks, duplicateOf, storyId);
    }
}
