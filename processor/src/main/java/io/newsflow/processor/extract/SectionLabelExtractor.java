package io.newsflow.processor.extract;

import java.util.List;

/**
 * Finds a section label at the top of a copied page: a lone bullet with a short label ("• National")
 * before the headline. A bullet followed by more bullets is a menu, not a label.
 */
final class SectionLabelExtractor {

    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_LABEL_LENGTH = 40;

    private final WordCounter wordCounter = new WordCounter();

    /** @return the label without its bullet, or null when the first paragraph is not one */
    String find(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0);
        if (!Text.isListItem(first) || Text.isListItem(paragraphs.get(1))) {
            return null;
        }
        String label = first.substring(2).strip();
        boolean shortLabel = label.length() <= MAX_LABEL_LENGTH && wordCounter.count(label) <= MAX_LABEL_WORDS;
        return shortLabel && Text.letterCount(label) > 0 && !Text.endsSentence(label) ? label : null;
    }
}
