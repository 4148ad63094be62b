package io.newsflow.processor.extract;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hand-written word lists that the rules ask about the same few words, held as one map from a word to a bit per list
 * it is on: one look-up answers every list for a word, where a {@link WordSets} set per list costs one each. Filled
 * while its owner's class is initialised, read-only after.
 */
final class WordBits {

    private final Map<String, Integer> bits = new HashMap<>();
    private int lists;

    /** A new list's bit; throws on a repeated word, as {@link WordSets#of} does: a list written by hand should not have one. */
    int list(String... words) {
        return list(List.of(words));
    }

    int list(Collection<String> words) {
        if (lists == Integer.SIZE) {
            throw new IllegalStateException("no bit left for another list");
        }
        int bit = 1 << lists++;
        for (String word : words) {
            int old = of(word);
            if ((old & bit) != 0) {
                throw new IllegalArgumentException("\"" + word + "\" is listed twice in " + words);
            }
            bits.put(word, old | bit);
        }
        return bit;
    }

    /** The bits of the lists the word is on, as written; 0 for none. */
    int of(String word) {
        Integer listed = bits.get(word);
        return listed == null ? 0 : listed;
    }
}
