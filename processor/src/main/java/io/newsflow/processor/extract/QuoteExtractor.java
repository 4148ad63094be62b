package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.events.Quote;
import java.util.List;

/** Finds quotations and who said them. */
final class QuoteExtractor {

    /** @param entities the article's entities, to name a speaker by the canonical name ("Rouhani" -> "Hassan Rouhani") */
    List<Quote> find(String body, List<Entity> entities) {
        return List.of();
    }
}
