package io.newsflow.processor.extract;

/** Small predicates on one line of normalized text, shared by the extraction steps. */
final class Text {

    private static final boolean[] ASCII_LETTER_OR_DIGIT = asciiLettersAndDigits();

    private static final String BULLETS = "•·▪■□☆★►▸◆◇●○◦‣*-";
    private static final String CLOSERS = "\"'”’»)]」』";
    private static final String SENTENCE_ENDS = ".!?:;。！？؟۔।";

    private Text() {
    }

    /** A bullet, then a space: "• Business", "- item". */
    static boolean isListItem(String line) {
        return line.length() >= 2 && BULLETS.indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' ';
    }

    /** The line without its bullet, for a list item; the line itself otherwise. */
    static String withoutListMarker(String line) {
        return isListItem(line) ? line.substring(2) : line;
    }

    static boolean startsLowercase(String line) {
        return !line.isEmpty() && Character.isLowerCase(line.codePointAt(0));
    }

    /**
     * Ends like a sentence, closing quotes and brackets aside. An ellipsis does not count: on a page it
     * marks a teaser cut short, not the end of a thought.
     */
    static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && CLOSERS.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = line.charAt(end - 1);
        if (last == '.' && end >= 2 && line.charAt(end - 2) == '.') {
            return false;
        }
        return SENTENCE_ENDS.indexOf(last) >= 0;
    }

    /** Cut short with "…" or "...", the way teasers in lists of other stories are. */
    static boolean endsTruncated(String line) {
        return line.endsWith("…") || line.endsWith("...");
    }

    /** At least {@code wanted} letters; counting stops there, so a whole article costs no more than a line. */
    static boolean hasLetters(String text, int wanted) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < wanted; i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters >= wanted;
    }

    /**
     * {@link Character#isLetterOrDigit}, answering ASCII, most of any text, by one table look-up: every word scan
     * asks it of every character, and range tests branch several ways on mixed-case text.
     */
    static boolean isLetterOrDigit(char c) {
        return c < 0x80 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** {@link Character#isLetterOrDigit} for an ASCII character, without the Unicode tables. */
    static boolean isAsciiLetterOrDigit(char c) {
        return ASCII_LETTER_OR_DIGIT[c];
    }

    private static boolean[] asciiLettersAndDigits() {
        boolean[] table = new boolean[0x80];
        for (char c = 0; c < table.length; c++) {
            table[c] = Character.isLetterOrDigit(c);
        }
        return table;
    }

    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code end} characters are digits (none is, for 0). */
    static boolean isDigits(String text, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The number that the digits in [from, to) write, read as {@link Integer#parseInt} reads them (any script's
     * digits), for at most 9 of them. Without a substring and parseInt's sign and overflow checks: date lines
     * read several numbers on every line that has a digit.
     */
    static int digitsValue(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            value = value * 10 + (c >= '0' && c <= '9' ? c - '0' : Character.digit(c, 10));
        }
        return value;
    }

    static int letterCount(String line) {
        int letters = 0;
        for (int i = 0; i < line.length(); i++) {
            if (Character.isLetter(line.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }

    /** Lowercase letters and digits with single spaces: punctuation, quotes and ellipses do not hide a repeat. */
    static String comparisonKey(String text) {
        StringBuilder key = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            } else if (key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        return key.toString().strip();
    }

    /** "DANICA KIRKA" and "WINSTON-SALEM" as "Danica Kirka" and "Winston-Salem": how a page styles a name is not how it is spelled. */
    static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }
}
