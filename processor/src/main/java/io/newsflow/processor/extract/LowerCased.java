package io.newsflow.processor.extract;

/**
 * Reads a text as its lower-cased copy ({@link String#toLowerCase} in the root locale) reads, without making the
 * copy: character by character, that copy is {@link Character#toLowerCase(char)} of each character, but for U+0130
 * (lower-cased to two characters, which moves everything after it) and capital sigma (lower-cased by what follows it,
 * always to a Greek letter). So for a text without U+0130 and for words in ASCII, this reads what the copy would.
 */
final class LowerCased {

    /** The one character outside ASCII that lower-cases to an ASCII letter: the Kelvin sign, to "k". */
    private static final char KELVIN = '\u212A';

    private LowerCased() {
    }

    /**
     * The text lower-cases character by character: it has neither of the two letters that lower-case otherwise
     * (U+0130, capital sigma), so reading {@link #of} each character reads the lower-cased copy.
     */
    static boolean isCharByChar(String text) {
        return text.indexOf('\u0130') < 0 && text.indexOf('\u03A3') < 0;
    }

    /** {@link Character#toLowerCase(char)}, answering ASCII without the Unicode tables. */
    static char of(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    /** The text, lower-cased, has {@code word} (lower-case ASCII) at {@code at}; false where it would not fit. */
    static boolean isAt(String text, int at, String word) {
        if (at < 0 || at + word.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (of(text.charAt(at + i)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The first {@code end} characters of the text, lower-cased, contain {@code word} (lower-case ASCII). Found from
     * the occurrences of the word's letter at {@code anchor}, in either case, with {@link String#indexOf}: pick a
     * letter rare in prose.
     */
    static boolean contains(String text, int end, String word, int anchor) {
        char letter = word.charAt(anchor);
        return containsAt(text, end, word, anchor, letter)
                || containsAt(text, end, word, anchor, Character.toUpperCase(letter))
                || letter == 'k' && containsAt(text, end, word, anchor, KELVIN);
    }

    /**
     * {@link #contains} in a text known to hold neither the anchor letter in upper case nor the Kelvin sign: only the
     * lower-case letter is searched for.
     */
    static boolean containsWithLowerCaseAnchor(String text, int end, String word, int anchor) {
        return containsAt(text, end, word, anchor, word.charAt(anchor));
    }

    private static boolean containsAt(String text, int end, String word, int anchor, char letter) {
        for (int at = text.indexOf(letter, anchor); at >= 0 && at - anchor + word.length() <= end;
                at = text.indexOf(letter, at + 1)) {
            if (isAt(text, at - anchor, word)) {
                return true;
            }
        }
        return false;
    }
}
