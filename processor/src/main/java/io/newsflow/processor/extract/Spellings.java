package io.newsflow.processor.extract;

import java.util.Locale;

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

    /** A way of writing a word, as a String and in lower case ({@link Locale#ROOT}). */
    static final class Spelling {
        final String text;
        final String lower;
        /** {@link #lower}'s {@link String#hashCode}, kept beside it: the String is seldom in the cache. */
        final int lowerHash;
        final int hash;

        private Spelling(String text, int hash) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            this.lowerHash = lower.hashCode();
            this.hash = hash;
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
     */
    static Spelling of(char[] chars, int from, int to, int hash) {
        int slot = (hash ^ hash >>> 15) & (SLOTS - 1);
        Spelling known = SLOTS_BY_HASH[slot];
        if (known != null && known.hash == hash && known.isWrittenAt(chars, from, to)) {
            return known;
        }
        Spelling made = new Spelling(new String(chars, from, to - from), hash);
        SLOTS_BY_HASH[slot] = made;
        return made;
    }
}
