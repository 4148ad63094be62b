package io.newsflow.processor.extract;

/**
 * Which of a few characters rare in prose a line holds, one bit each, read in one pass over its characters: the
 * marks {@link PageVocabulary#isPlainProse} would otherwise search a long paragraph for one by one, ten searches of
 * the same characters. A bit that is not set says the line has no such character; one that is set, that it has.
 */
final class LineMarks {

    static final int AT_SIGN = 1;
    static final int COPYRIGHT_SIGN = 1 << 1;
    /** U+0130, which lower-cases to two characters. */
    static final int DOTTED_CAPITAL_I = 1 << 2;
    static final int BRACKET = 1 << 3;
    static final int PIPE = 1 << 4;
    static final int CAPITAL_V = 1 << 5;
    /** "K", or the Kelvin sign, which lower-cases to "k". */
    static final int CAPITAL_K = 1 << 6;

    private static final byte[] ASCII_MARKS = asciiMarks();

    private LineMarks() {
    }

    /**
     * The marks of these characters. A table look-up per ASCII character, no branch on it: the loop costs about what
     * three {@link String#indexOf} searches of the line do.
     */
    static int of(char[] chars) {
        int marks = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            marks |= c < 0x80 ? ASCII_MARKS[c] : markOutsideAscii(c);
        }
        return marks;
    }

    private static int markOutsideAscii(char c) {
        return c == '©' ? COPYRIGHT_SIGN : c == '\u0130' ? DOTTED_CAPITAL_I : c == '\u212A' ? CAPITAL_K : 0;
    }

    private static byte[] asciiMarks() {
        byte[] marks = new byte[0x80];
        marks['@'] = AT_SIGN;
        marks['['] = BRACKET;
        marks['|'] = PIPE;
        marks['V'] = CAPITAL_V;
        marks['K'] = CAPITAL_K;
        return marks;
    }
}
