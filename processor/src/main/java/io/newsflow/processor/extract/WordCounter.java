package io.newsflow.processor.extract;

/**
 * Counts words: runs of Unicode letters, digits and combining marks. An apostrophe, a hyphen or a
 * zero-width (non-)joiner between two such characters stays inside the word, so "Iran’s",
 * "Tehran-Islamabad" and Persian "سه‌شنبه" each count once. Scripts written without spaces (Chinese,
 * Japanese, Thai) count one word per run.
 */
final class WordCounter {

    /** What a character is to a word: a word character, a joiner, or neither (0). */
    static final int WORD = 1;
    private static final int JOINER = 2;

    int count(String text) {
        return text == null ? 0 : count(text.toCharArray());
    }

    /**
     * {@link #count(String)} of the text these are the runs of letters and digits of. Without combining marks or
     * surrogates, this count's word characters are the runs' letters and digits: its words are the runs, less one
     * for each joiner alone between two runs. Read from the runs, a word costs one step instead of one per character.
     */
    int count(WordRuns runs) {
        if (runs.hasMarksOrSurrogates) {
            return count(runs.chars);
        }
        char[] chars = runs.chars;
        int words = runs.count;
        for (int r = 1; r < runs.count; r++) {
            int gap = runs.ends[r - 1];
            if (runs.starts[r] == gap + 1 && isJoiner(chars[gap])) {
                words--;
            }
        }
        return words;
    }

    /**
     * {@link #count(String)} of the text these are the characters of; they are only read, in the pass that reads a
     * paragraph's other marks too ({@link LineReading}). Scans a copy of the text's characters: charAt on a text with
     * any non-Latin-1 character costs a bounds check and a coder test per call.
     */
    int count(char[] chars) {
        return LineReading.of(chars).words;
    }

    /**
     * The kind of a character outside ASCII, in a text that is the characters [from, to). Both halves of a surrogate
     * pair take the kind of the code point they write, so the pair reads as one character would; a lone surrogate is
     * neither kind.
     */
    static int kindOf(char[] chars, int i, int from, int to) {
        char c = chars[i];
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(chars[i + 1])) {
            return isWordChar(Character.toCodePoint(c, chars[i + 1])) ? WORD : 0;
        }
        if (Character.isLowSurrogate(c) && i > from && Character.isHighSurrogate(chars[i - 1])) {
            return isWordChar(Character.toCodePoint(chars[i - 1], c)) ? WORD : 0;
        }
        return isWordChar(c) ? WORD : isJoiner(c) ? JOINER : 0;
    }

    /** {@link #kindOf} of an ASCII character. */
    static int asciiKind(char c) {
        return Text.isAsciiLetterOrDigit(c) ? WORD : isJoiner(c) ? JOINER : 0;
    }

    /** The general categories of word characters: {@link Character#isLetterOrDigit}'s and the combining marks. */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.NON_SPACING_MARK
            | 1 << Character.COMBINING_SPACING_MARK | 1 << Character.ENCLOSING_MARK;

    private static boolean isWordChar(int cp) {
        return (WORD_TYPES >> Character.getType(cp) & 1) != 0;
    }

    private static boolean isJoiner(int cp) {
        return switch (cp) {
            case '\'', '’', '-', '‐', '‑', '\u200C', '\u200D' -> true;
            default -> false;
        };
    }
}
