package io.newsflow.processor.extract;

import java.util.List;

/** The article's key phrases, most telling first. */
final class KeywordExtractor {

    /** @param language ISO 639-1 code or null: stop words are language-specific */
    List<String> top(String title, String body, String language) {
        return List.of();
    }
}
