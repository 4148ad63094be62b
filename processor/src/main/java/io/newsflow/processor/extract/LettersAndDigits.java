package io.newsflow.processor.extract;

/**
 * {@link Character#isLetterOrDigit} as the word scans of keywords, dates, SimHash and word counts ask it, for
 * every character of a body: one table look-up for ASCII, where {@link Text#isLetterOrDigit}'s range tests
 * branch several ways on mixed-case text.
 */
final class LettersAndDigits {

    private static final boolean[] ASCII = new boolean[0x80];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = Character.isLetterOrDigit(c);
        }
    }

    private LettersAndDigits() {
    }

    static boolean is(char c) {
        return c < 0x80 ? ASCII[c] : Character.isLetterOrDigit(c);
    }
}
