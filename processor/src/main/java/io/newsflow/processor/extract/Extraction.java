package io.newsflow.processor.extract;

import io.newsflow.events.DateMention;
import io.newsflow.events.Entity;
import io.newsflow.events.Quote;
import java.util.List;
import java.util.Map;

/**
 * What the extraction library finds in one article; knows nothing of Kafka. Field meanings are those of the
 * enriched record, documented in {@code docs/contract.md}; lists are never null, unknown values are null.
 */
public record Extraction(
        String title,
        String subtitle,
        String section,
        String byline,
        List<String> authors,
        String publisher,
        String publishedAt,
        String body,
        String language,
        Double languageConfidence,
        int wordCount,
        int readingTimeMinutes,
        List<DateMention> datesMentioned,
        List<Entity> entities,
        List<Quote> quotes,
        List<String> keywords,
        List<String> relatedHeadlines,
        String fingerprint,
        Map<String, Integer> removedBlocks) {

    public Extraction {
        authors = List.copyOf(authors);
        datesMentioned = List.copyOf(datesMentioned);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        keywords = List.copyOf(keywords);
        relatedHeadlines = List.copyOf(relatedHeadlines);
        removedBlocks = Map.copyOf(removedBlocks);
    }
}
