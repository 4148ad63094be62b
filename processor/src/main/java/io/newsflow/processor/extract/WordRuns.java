package io.newsflow.processor.extract;

import java.util.Arrays;

/**
 * The runs of letters and digits ({@link Text#isLetterOrDigit}) of a text, found in one pass over its characters
 * for every step that reads the body word by word: word count, dates, keywords and SimHash each scanned all of it
 * on their own, and the scans cost more than what they did with the words. Each run carries the FNV-1a of its lower
 * case, made in that pass: SimHash's word feature, and the key by which keywords look up how a word is written.
 */
final class WordRuns {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /**
     * Runs start some six to seven characters apart in prose, and no closer than five in the pages of the evaluation
     * set: room for one in five, so that the arrays seldom grow, and no more, as they are much of what extraction
     * allocates.
     */
    private static final int CHARS_PER_RUN = 5;

    final char[] chars;
    final int count;
    /** Run {@code r} is [starts[r], ends[r]) of {@link #chars}. */
    final int[] starts;
    final int[] ends;
    /** FNV-1a of each run's characters in lower case ({@link Character#toLowerCase(int)}). */
    final long[] lowerHashes;
    /**
     * Whether the text has a combining mark or a surrogate: {@link WordCounter}'s words take those in, so its
     * words are then not made of these runs.
     */
    final boolean hasMarksOrSurrogates;
    /** Whether the text has a curly apostrophe (’): keywords read it as a straight one, in a copy of the text. */
    final boolean hasCurlyApostrophe;

    private WordRuns(char[] chars, int count, int[] starts, int[] ends, long[] lowerHashes,
            boolean hasMarksOrSurrogates, boolean hasCurlyApostrophe) {
        this.chars = chars;
        this.count = count;
        this.starts = starts;
        this.ends = ends;
        this.lowerHashes = lowerHashes;
        this.hasMarksOrSurrogates = hasMarksOrSurrogates;
        this.hasCurlyApostrophe = hasCurlyApostrophe;
    }

    /** @param chars only read, and kept: the caller does not write to them afterwards */
    static WordRuns of(char[] chars) {
        int capacity = capacityFor(chars);
        return scan(chars, new int[capacity], new int[capacity], new long[capacity]);
    }

    /**
     * {@link #of(char[])} in arrays kept in {@code room}, those of its last text's runs, which are read no more: the
     * run arrays were some 13% of what extraction allocated per article.
     */
    static WordRuns of(char[] chars, Room room) {
        int capacity = capacityFor(chars);
        WordRuns runs = room.starts.length >= capacity ? scan(chars, room.starts, room.ends, room.lowerHashes)
                : scan(chars, new int[capacity], new int[capacity], new long[capacity]);
        room.keep(runs);
        return runs;
    }

    private static int capacityFor(char[] chars) {
        return chars.length / CHARS_PER_RUN + 1;
    }

    /**
     * The arrays of one text's runs after another's, for a caller that is done with a text's runs before it scans
     * the next: one per thread. Arrays for more than {@value #KEPT_RUNS} runs are not kept, so that one huge text
     * does not hold memory for good.
     */
    static final class Room {
        private static final int KEPT_RUNS = 1 << 16;

        private int[] starts = new int[0];
        private int[] ends = new int[0];
        private long[] lowerHashes = new long[0];

        /** Takes the arrays of these runs, which may have grown, for the next text: unless they are too large. */
        private void keep(WordRuns runs) {
            if (runs.starts.length <= KEPT_RUNS) {
                starts = runs.starts;
                ends = runs.ends;
                lowerHashes = runs.lowerHashes;
            }
        }
    }

    /**
     * The runs of the characters, written from the start of these arrays, which grow as needed. A run is written
     * once, where it ends. Branching on letter or not mispredicts at both ends of every word, but a scan without that
     * branch writes every run field at every character, and that cost more.
     */
    private static WordRuns scan(char[] chars, int[] starts, int[] ends, long[] lowerHashes) {
        int capacity = starts.length;
        int count = 0;
        boolean marksOrSurrogates = false;
        boolean curlyApostrophe = false;
        int i = 0;
        while (i < chars.length) {
            char c = chars[i];
            int lower = c < 0x80 ? ASCII_LOWER[c] : lowerOutsideAscii(c);
            if (lower == 0) {
                if (c >= 0x80) {
                    marksOrSurrogates |= isMarkOrSurrogate(c);
                    curlyApostrophe |= c == '’';
                }
                i++;
                continue;
            }
            int start = i;
            long lowerHash = FNV_OFFSET;
            do {
                lowerHash = (lowerHash ^ lower) * FNV_PRIME;
                if (++i == chars.length) {
                    break;
                }
                c = chars[i];
                lower = c < 0x80 ? ASCII_LOWER[c] : lowerOutsideAscii(c);
            } while (lower != 0);
            if (count == capacity) {
                capacity *= 2;
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                lowerHashes = Arrays.copyOf(lowerHashes, capacity);
            }
            starts[count] = start;
            ends[count] = i;
            lowerHashes[count] = lowerHash;
            count++;
        }
        return new WordRuns(chars, count, starts, ends, lowerHashes, marksOrSurrogates, curlyApostrophe);
    }

    /**
     * The {@link #lowerHashes} hash of any range of characters, a run's or not: characters outside the runs (the
     * hyphen of "well-known") are hashed as they are.
     */
    static long lowerHash(char[] chars, int from, int to) {
        long lowerHash = FNV_OFFSET;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            int lower = c < 0x80 ? ASCII_LOWER[c] : lowerOutsideAscii(c);
            lowerHash = (lowerHash ^ (lower == 0 ? c : lower)) * FNV_PRIME;
        }
        return lowerHash;
    }

    /** A letter or digit in lower case, 0 for any other character: one look-up answers both questions. */
    private static final char[] ASCII_LOWER = asciiLower();

    private static char[] asciiLower() {
        char[] lower = new char[0x80];
        for (char c = 0; c < lower.length; c++) {
            lower[c] = Text.isAsciiLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
        }
        return lower;
    }

    /**
     * {@link #ASCII_LOWER}'s answer for the other characters: a call of its own, seldom made, which keeps the scan's
     * loop small; inlined, the Unicode tables' code had it call a method per character instead.
     */
    private static int lowerOutsideAscii(char c) {
        return !isGeneralPunctuation(c) && Text.isLetterOrDigit(c) ? Character.toLowerCase((int) c) : 0;
    }

    private static boolean isMarkOrSurrogate(char c) {
        if (isGeneralPunctuation(c)) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || Character.isSurrogate(c);
    }

    /**
     * The General Punctuation block: quotes, dashes, ellipses and the zero-width joiners, most of a text's characters
     * outside ASCII, and none of them a letter, a digit or a mark; answered without the Unicode tables.
     */
    static boolean isGeneralPunctuation(char c) {
        return c >= '\u2000' && c <= '\u206F';
    }
}
