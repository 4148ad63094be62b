package io.newsflow.processor.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The ways of writing a word met in earlier texts, each with its lower case, shared by every text and thread:
 * a text meets some 250 ways of writing its words, most of them met in texts before ("said", "The", "Iran"), and
 * making the String of each again, then its lower case and that one's hash, was a third of what keywords cost.
 * One slot per hash, the last spelling met there kept; a spelling is taken from its slot only when its characters
 * are those asked for, so what is found is what would have been made.
 *
 * <p>Threads read and write the slots without a lock: a {@link Spelling} has final fields only, so a thread that
 * sees one sees it whole, and a slot overwritten by another thread costs no more than a miss.
 */
final class Spellings {

    /** Enough for the vocabulary of many articles; a few MB at most. */
    private static final int SLOTS = 1 << 15;
    private static final Spelling[] SLOTS_BY_HASH = new Spelling[SLOTS];

    /**
     * A way of writing a word, as a String and in lower case ({@link Locale#ROOT}), and what a text asks of it when
     * it first meets it, answered once.
     */
    static final class Spelling {
        final String text;
        final String lower;
        /** {@link #lower}'s {@link String#hashCode}, kept beside it: the String is seldom in the cache. */
        final int lowerHash;
        final int hash;
        /** The first character is upper case. */
        final boolean capitalised;
        /** The stop words it was first asked about, and whether {@link #lower} is one of them. */
        private final Set<String> stopWordsAsked;
        private final boolean stopWord;

        private Spelling(String text, int hash, Set<String> stopWords) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            this.lowerHash = lower.hashCode();
            this.hash = hash;
            capitalised = Character.isUpperCase(text.charAt(0));
            stopWordsAsked = stopWords;
            stopWord = stopWords.contains(lower);
        }

        /** Whether the lower case is one of these stop words: the texts of a language ask of the same set. */
        boolean isStopWordIn(Set<String> stopWords) {
            return stopWords == stopWordsAsked ? stopWord : stopWords.contains(lower);
        }

        private boolean isWrittenAt(char[] chars, int from, int to) {
            if (text.length() != to - from) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != chars[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private Spellings() {
    }

    /**
     * The spelling written at [from, to) of the characters, whose {@link WrittenForms#hash} is {@code hash}: the one
     * met before when it is still in its slot, else a new one, kept for the texts after.
     *
     * @param stopWords those of the text's language: a new spelling answers {@link Spelling#isStopWordIn} for them
     */
    static Spelling of(char[] chars, int from, int to, int hash, Set<String> stopWords) {
        int slot = (hash ^ hash >>> 15) & (SLOTS - 1);
        Spelling known = SLOTS_BY_HASH[slot];
        if (known != null && known.hash == hash && known.isWrittenAt(chars, from, to)) {
            return known;
        }
        Spelling made = new Spelling(new String(chars, from, to - from), hash, stopWords);
        SLOTS_BY_HASH[slot] = made;
        return made;
    }
}
