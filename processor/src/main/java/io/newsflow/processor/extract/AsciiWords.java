package io.newsflow.processor.extract;

/**
 * A fixed set of short lower-case ASCII words, asked whether a run of ASCII letters of a text is one of them in
 * any case, without a substring or lower-cased copy of the run: each word is a number in base 27, one digit per
 * letter, and the set an open-addressing table of those numbers, at most a quarter full: most words asked about are in no
 * set and meet an empty slot at once, where a binary search took five branches no predictor could learn.
 */
final class AsciiWords {

    /** Twelve letters in base 27 fit in a long. */
    static final int LONGEST = 12;
    private static final int SLOTS_PER_WORD = 4;

    /** Each word's key in the slot its probe found free; 0, which no word's key is, in the empty ones. */
    private final long[] slots;
    private final int shift;
    private final int longest;

    private AsciiWords(long[] slots, int longest) {
        this.slots = slots;
        this.shift = Long.numberOfLeadingZeros(slots.length - 1L);
        this.longest = longest;
    }

    /** @param words lower-case ASCII letters, at least one and at most {@value #LONGEST} of them each */
    static AsciiWords of(String... words) {
        long[] slots = new long[Integer.highestOneBit(Math.max(2, words.length * SLOTS_PER_WORD) * 2 - 1)];
        AsciiWords set = new AsciiWords(slots, 0);
        int longest = 0;
        for (String word : words) {
            if (word.isEmpty() || word.length() > LONGEST || !word.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalArgumentException("not a short lower-case ASCII word: " + word);
            }
            long key = key(word.toCharArray(), 0, word.length());
            int slot = set.slotOf(key);
            while (slots[slot] != 0 && slots[slot] != key) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = key;
            longest = Math.max(longest, word.length());
        }
        return new AsciiWords(slots, longest);
    }

    /** Whether [start, end) of the text, ASCII letters only, is one of the words in any case. */
    boolean containsIgnoringCase(char[] text, int start, int end) {
        if (end - start > longest || end == start) {
            return false;
        }
        long key = key(text, start, end);
        for (int slot = slotOf(key); ; slot = (slot + 1) & (slots.length - 1)) {
            long found = slots[slot];
            if (found == key || found == 0) {
                return found == key;
            }
        }
    }

    /** Where a key's probe starts: Fibonacci hashing, the top bits of the product. */
    private int slotOf(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
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
