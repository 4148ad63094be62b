package io.newsflow.processor;

import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.RawEvent;
import io.newsflow.processor.extract.Extraction;
import java.time.Instant;

/** Builds the enriched record from a raw event and its extraction: one place for the topology and offline use. */
public final class EnrichedArticles {

    /** Where the raw record sat; all null when it was not read from Kafka. */
    public record Lineage(String topic, Integer partition, Long offset) {
        public static final Lineage OFFLINE = new Lineage(null, null, null);
    }

    private EnrichedArticles() {
    }

    public static EnrichedArticle of(RawEvent event, Extraction x, Lineage lineage, Instant processedAt,
            String processorVersion) {
        return new EnrichedArticle(event.id(), event.sourceUri(), event.contentSha256(), event.ingestedAt(),
                lineage.topic(), lineage.partition(), lineage.offset(), processedAt, processorVersion,
                EnrichedArticle.SCHEMA_VERSION,
                x.title(), x.body(), x.section(), x.wordCount(), x.language(),
                x.subtitle(), x.byline(), x.authors(), x.publisher(), x.publishedAt(), x.languageConfidence(),
                x.readingTimeMinutes(), x.datesMentioned(), x.entities(), x.quotes(), x.keywords(),
                x.relatedHeadlines(), x.fingerprint(), x.removedBlocks());
    }
}
