package io.newsflow.processor.extract;

import java.util.Collection;
import java.util.Set;

/**
 * A fixed list of words or phrases that answers "not listed" for a text longer than its longest entry without
 * hashing it: the lists are checked against every line or word of a page, most of them far longer than any entry.
 */
final class WordList {

    private final Set<String> entries;
    private final int longest;

    private WordList(Set<String> entries) {
        this.entries = entries;
        int max = 0;
        for (String entry : entries) {
            max = Math.max(max, entry.length());
        }
        this.longest = max;
    }

    /** Throws on a repeated entry, as {@link Set#of} does: a list written by hand should not have one. */
    static WordList of(String... entries) {
        return new WordList(WordSets.of(entries));
    }

    static WordList copyOf(Collection<String> entries) {
        return new WordList(WordSets.copyOf(entries));
    }

    boolean contains(String text) {
        return text.length() <= longest && entries.contains(text);
    }

    /** The length of the longest entry: a text longer than it is in no list derived from this one's by case. */
    int longest() {
        return longest;
    }
}
