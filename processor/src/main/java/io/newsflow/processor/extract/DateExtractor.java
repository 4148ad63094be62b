package io.newsflow.processor.extract;

import io.newsflow.events.DateMention;
import java.time.LocalDate;
import java.util.List;

/** Finds the dates a text mentions and resolves them against the article's date. */
final class DateExtractor {

    /** @param reference the day the article speaks from: its publication date, else its ingestion date */
    List<DateMention> find(String body, LocalDate reference) {
        return List.of();
    }
}
