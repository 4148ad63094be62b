package io.newsflow.processor;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.EnrichedArticle;

/** The result of processing one raw record: errors are values, so the topology can route them. */
sealed interface Outcome {

    record Enriched(EnrichedArticle article) implements Outcome {
    }

    record DeadLettered(DeadLetter letter) implements Outcome {
    }
}
