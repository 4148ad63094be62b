package io.newsflow.events;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;

/** The three topics of the pipeline; names are configurable, these are the defaults. */
public record TopicNames(String raw, String enriched, String deadLetter) {

    public static final String DEFAULT_RAW = "newsflow.articles.raw";
    public static final String DEFAULT_ENRICHED = "newsflow.articles.enriched";
    public static final String DEFAULT_DEAD_LETTER = "newsflow.articles.dlq";

    public TopicNames {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(enriched, "enriched");
        Objects.requireNonNull(deadLetter, "deadLetter");
    }

    public static TopicNames defaults() {
        return new TopicNames(DEFAULT_RAW, DEFAULT_ENRICHED, DEFAULT_DEAD_LETTER);
    }

    public Topic<String, RawEvent> rawTopic() {
        return new Topic<>(raw, Serdes.String(), new JsonSerde<>(RawEvent.class));
    }

    public Topic<String, EnrichedArticle> enrichedTopic() {
        return new Topic<>(enriched, Serdes.String(), new JsonSerde<>(EnrichedArticle.class));
    }

    public Topic<String, DeadLetter> deadLetterTopic() {
        return new Topic<>(deadLetter, Serdes.String(), new JsonSerde<>(DeadLetter.class));
    }
}
