package io.newsflow.processor.extract;

import java.util.Arrays;

/**
 * A fixed set of short lower-case ASCII words, asked whether a run of ASCII letters of a text is one of them in
 * any case, without a substring or lower-cased copy of the run: each word is a number in base 27, one digit per
 * letter, and the set a sorted array of those numbers.
 */
final class AsciiWords {

    /** Twelve letters in base 27 fit in a long. */
    static final int LONGEST = 12;

    private final long[] keys;
    private final int longest;

    private AsciiWords(long[] keys, int longest) {
        this.keys = keys;
        this.longest = longest;
    }

    /** @param words lower-case ASCII letters, at most {@value #LONGEST} of them each */
    static AsciiWords of(String... words) {
        long[] keys = new long[words.length];
        int longest = 0;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.length() > LONGEST || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("not a short lower-case ASCII word: " + word);
            }
            keys[w] = key(word.toCharArray(), 0, word.length());
            longest = Math.max(longest, word.length());
        }
        Arrays.sort(keys);
        return new AsciiWords(keys, longest);
    }

    /** Whether [start, end) of the text, ASCII letters only, is one of the words in any case. */
    boolean containsIgnoringCase(char[] text, int start, int end) {
        return end - start <= longest && Arrays.binarySearch(keys, key(text, start, end)) >= 0;
    }

    /** The letters as a number: 'a' and 'A' are digit 1, 'z' and 'Z' digit 26. */
    private static long key(char[] text, int start, int end) {
        long key = 0;
        for (int i = start; i < end; i++) {
            key = key * 27 + (text[i] | 0x20) - 'a' + 1;
        }
        return key;
    }
}
