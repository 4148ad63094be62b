package io.newsflow.processor;

import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.RawEvent;
import io.newsflow.processor.extract.Extraction;
import java.time.Instant;
import java.util.TreeMap;

/** Builds the enriched record from a raw event and its extraction: one place for the topology and offline use. */
public final class EnrichedArticles {

    /** Where the raw record sat; all null when it was not read from Kafka. */
    public record Lineage(String topic, Integer partition, Long offset) {
        public static final Lineage OFFLINE = new Lineage(null, null, null);
    }

    private EnrichedArticles() {
    }

    /**
     * Why the extraction is not an article, or null when it is one: a body left empty means the input was all
     * boilerplate or markup, and an empty record would only fill the sinks with blanks.
     */
    public static String noArticleText(Extraction x) {
        if (!x.body().isBlank()) {
            return null;
        }
        String removed = x.removedBlocks().isEmpty() ? ""
                : " Removed as boilerplate: " + new TreeMap<>(x.removedBlocks()).toString().replaceAll("[{}]", "") + ".";
        return "No article text was found: the input holds only boilerplate (menus, share and cookie prompts, "
                + "link lists) or markup." + removed;
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
