package io.newsflow.processor.extract;

/**
 * Counts words: runs of Unicode letters, digits and combining marks. An apostrophe, a hyphen or a
 * zero-width (non-)joiner between two such characters stays inside the word, so "Iran’s",
 * "Tehran-Islamabad" and Persian "سه‌شنبه" each count once. Scripts written without spaces (Chinese,
 * Japanese, Thai) count one word per run.
 */
final class WordCounter {

    /** Scans a copy of the text's characters: charAt on a text with any non-Latin-1 character costs a bounds check and a coder test per call. */
    int count(String text) {
        if (text == null) {
            return 0;
        }
        char[] chars = text.toCharArray();
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < chars.length; ) {
            char c = chars[i];
            if (c < 0x80) {
                // In ASCII only letters and digits are word characters and only the apostrophe and hyphen join: no Unicode tables.
                if (Text.isLetterOrDigit(c)) {
                    words += inWord ? 0 : 1;
                    inWord = true;
                } else if (!(inWord && (c == '\'' || c == '-') && i + 1 < chars.length
                        && isWordChar(Character.codePointAt(chars, i + 1)))) {
                    inWord = false;
                }
                i++;
                continue;
            }
            int cp = Character.codePointAt(chars, i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
            } else if (!(inWord && isJoiner(cp) && next < chars.length && isWordChar(Character.codePointAt(chars, next)))) {
                inWord = false;
            }
            i = next;
        }
        return words;
    }

    /** The general categories of word characters: {@link Character#isLetterOrDigit}'s and the combining marks. */
    private static final int WORD_TYPES = 1 << Character.UPPERCASE_LETTER | 1 << Character.LOWERCASE_LETTER
            | 1 << Character.TITLECASE_LETTER | 1 << Character.MODIFIER_LETTER | 1 << Character.OTHER_LETTER
            | 1 << Character.DECIMAL_DIGIT_NUMBER | 1 << Character.NON_SPACING_MARK
            | 1 << Character.COMBINING_SPACING_MARK | 1 << Character.ENCLOSING_MARK;

    /** One look-up in the Unicode tables, none for ASCII. */
    private static boolean isWordChar(int cp) {
        return cp < 0x80 ? Text.isAsciiLetterOrDigit((char) cp) : (WORD_TYPES >> Character.getType(cp) & 1) != 0;
    }

    private static boolean isJoiner(int cp) {
        return switch (cp) {
            case '\'', '’', '-', '‐', '‑', '\u200C', '\u200D' -> true;
            default -> false;
        };
    }
}
