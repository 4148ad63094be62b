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
        /**
         * For {@link #stopWordsAsked}: whether the spelling may be part of a key phrase opening a sentence and not
         * ({@link KeywordTokens#isCandidate}).
         */
        private final boolean candidateOpeningSentence;
        private final boolean candidateInSentence;
        /**
         * {@link #text}'s length and its first {@value #PACKED} characters, packed four to a long: a spelling is told
         * from its slot's by these, without a look into the String, which is seldom in the cache, unless it is longer.
         */
        private final int length;
        private final long head;
        private final long middle;

        private Spelling(String text, int hash, Set<String> stopWords, char[] chars, int from) {
            this.text = text;
            this.lower = text.toLowerCase(Locale.ROOT);
            this.lowerHash = lower.hashCode();
            this.hash = hash;
            capitalised = Character.isUpperCase(text.charAt(0));
            stopWordsAsked = stopWords;
            stopWord = stopWords.contains(lower);
            length = text.length();
            head = packed(chars, from, from + length, 0);
            middle = packed(chars, from, from + length, 4);
            candidateOpeningSentence = KeywordTokens.isCandidate(this, stopWords, true);
            candidateInSentence = KeywordTokens.isCandidate(this, stopWords, false);
        }

        /** Whether the lower case is one of these stop words: the texts of a language ask of the same set. */
        boolean isStopWordIn(Set<String> stopWords) {
            return stopWords == stopWordsAsked ? stopWord : stopWords.contains(lower);
        }

        /** {@link KeywordTokens#isCandidate}, answered when the spelling was made for these stop words. */
        boolean isCandidateIn(Set<String> stopWords, boolean sentenceStart) {
            if (stopWords != stopWordsAsked) {
                return KeywordTokens.isCandidate(this, stopWords, sentenceStart);
            }
            return sentenceStart ? candidateOpeningSentence : candidateInSentence;
        }

        private boolean isWrittenAt(char[] chars, int from, int to) {
            if (length != to - from || head != packed(chars, from, to, 0) || middle != packed(chars, from, to, 4)) {
                return false;
            }
            for (int i = PACKED; i < length; i++) {
                if (text.charAt(i) != chars[from + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Characters of a spelling kept in it, beside the String. */
    private static final int PACKED = 8;

    /** Characters [from + offset, from + offset + 4) of [from, to), 16 bits each; 0 for those past {@code to}. */
    private static long packed(char[] chars, int from, int to, int offset) {
        long packed = 0;
        for (int i = 0; i < 4; i++) {
            int at = from + offset + i;
            packed |= (long) (at < to ? chars[at] : 0) << 16 * i;
        }
        return packed;
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
        Spelling made = new Spelling(new String(chars, from, to - from), hash, stopWords, chars, from);
        SLOTS_BY_HASH[slot] = made;
        return made;
    }
}
