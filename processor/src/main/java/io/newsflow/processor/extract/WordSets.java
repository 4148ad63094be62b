package io.newsflow.processor.extract;

import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sets of fixed words (hand-written lists, stop words) that are asked about every word of a text. Hash sets, not
 * {@link Set#of}: Set.of's table finds a word's slot by a division and compares the text of every word it meets
 * there, where a hash set masks the hash and compares stored hashes first; most words asked about are in no list.
 */
final class WordSets {

    private WordSets() {
    }

    /** Throws on a repeated word, as {@link Set#of} does: a list written by hand should not have one. */
    static Set<String> of(String... words) {
        Set<String> set = copyOf(List.of(words));
        if (set.size() != words.length) {
            throw new IllegalArgumentException("a word is listed twice in " + List.of(words));
        }
        return set;
    }

    static Set<String> copyOf(Collection<String> words) {
        return Collections.unmodifiableSet(new HashSet<>(words));
    }
}
