package io.newsflow.processor.extract;

import io.newsflow.processor.extract.KeywordTokens.Word;

/**
 * A text's words found by their lower case, for {@link KeywordTokens}: asked once per new way of writing a word, a
 * few hundred times a text. Open addressing over one array, keyed by the lower case's hash, which a
 * {@link Spellings.Spelling} carries: no entry object per word, and no look at a String met only in earlier texts
 * unless its hash matches. Per call.
 */
final class WordsByLower {

    private Word[] slots;
    private int size;

    WordsByLower(int expected) {
        slots = new Word[Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2];
    }

    /** The word written so in lower case, whose {@link String#hashCode} is {@code hash}; null when not added. */
    Word find(String lower, int hash) {
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            Word word = slots[slot];
            if (word == null || word.lowerHash == hash && word.lower.equals(lower)) {
                return word;
            }
        }
    }

    /** Adds a word {@link #find} does not know yet. */
    void add(Word word) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        put(word);
        size++;
    }

    private void put(Word word) {
        int mask = slots.length - 1;
        int slot = spread(word.lowerHash) & mask;
        while (slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = word;
    }

    private void grow() {
        Word[] old = slots;
        slots = new Word[old.length * 2];
        for (Word word : old) {
            if (word != null) {
                put(word);
            }
        }
    }

    /** The high bits mixed into the low ones, which pick the slot. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
