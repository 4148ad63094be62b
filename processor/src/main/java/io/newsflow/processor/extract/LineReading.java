package io.newsflow.processor.extract;

/**
 * What one pass over a line's characters tells every step that reads the line: its words as {@link WordCounter}
 * counts them, its runs of letters and digits as {@link AskableWords} counts them, and which of a few marks it holds,
 * one bit each: the capital and the lower-case ASCII letters, the characters that do not lower-case character by
 * character, and characters rare in prose that {@link PageVocabulary#isPlainProse} and the search for a copyright
 * notice look for, and those the cleaning does not keep as they are. A bit that is not set says the line has no such
 * character; one that is set, that it has. One pass serves the cleaning, the classifier, the vocabulary and the
 * headline's words, which made four over each long paragraph.
 */
final class LineReading {

    /** Bit n: the capital letter n places after "A" (the Kelvin sign, which lower-cases to "k", counts as "K"). */
    private static final int FIRST_CAPITAL = 0;
    static final long CAPITAL_V = capital('v');
    static final long CAPITAL_K = capital('k');
    /** U+0130, which lower-cases to two characters. */
    static final long DOTTED_CAPITAL_I = 1L << 26;
    /** Capital sigma, which lower-cases by what follows it. */
    static final long CAPITAL_SIGMA = 1L << 27;
    static final long AT_SIGN = 1L << 28;
    static final long COPYRIGHT_SIGN = 1L << 29;
    static final long BRACKET = 1L << 30;
    static final long PIPE = 1L << 31;
    static final long OPENING_PARENTHESIS = 1L << 32;
    /**
     * A character the cleaning does not keep as it is ({@link TextNormalizer#isKeptAsIs}), or a space after a space,
     * which it writes as one: it cleans such lines character by character.
     */
    static final long NOT_KEPT_AS_IS = 1L << 59;
    /** Bit n above this: the lower-case letter n places after "a". */
    private static final int FIRST_LOWER = 33;
    private static final long CAPITALS = (1L << 26) - 1 << FIRST_CAPITAL;
    private static final long LOWERS = (1L << 26) - 1 << FIRST_LOWER;
    /** The marks of the characters that do not lower-case character by character ({@link LowerCased#isCharByChar}). */
    static final long NOT_CHAR_BY_CHAR = DOTTED_CAPITAL_I | CAPITAL_SIGMA;

    /**
     * Above a character's marks in its reading: its kind to {@link WordCounter} (a word character, a joiner),
     * whether it is a letter or digit, kept apart because combining marks and surrogate pairs are word characters
     * to one and not to the other, and whether it is a space.
     */
    private static final int KINDS_SHIFT = 60;
    private static final long MARKS = (1L << KINDS_SHIFT) - 1;
    private static final int LETTER_OR_DIGIT = 4;
    private static final int SPACE = 8;
    private static final long[] ASCII_READINGS = asciiReadings();

    final int words;
    final int runs;
    final long marks;

    private LineReading(int words, int runs, long marks) {
        this.words = words;
        this.runs = runs;
        this.marks = marks;
    }

    /**
     * The reading of these characters, which are only read. A table look-up per ASCII character, and each count made
     * without a branch on where a word starts, which would mispredict at every word's ends: a word starts at a word
     * character unless the character before is one too, or is a joiner with a word character before it, so it is
     * counted from the kinds of three characters; a run, from the kinds of two; and a space after a space, told the
     * same way, marks the line as one the cleaning does not keep as it is, which spared it a search for two spaces.
     */
    static LineReading of(char[] chars) {
        return of(chars, 0, chars.length);
    }

    /** {@link #of(char[])} of the characters [from, to), a line of the text these are the characters of. */
    static LineReading of(char[] chars, int from, int to) {
        int words = 0;
        int runs = 0;
        int before = 0;
        int twoBefore = 0;
        int doubled = 0;
        long all = 0;
        for (int i = from; i < to; ) {
            long reading = chars[i] < 0x80 ? ASCII_READINGS[chars[i]] : readingOutsideAscii(chars, i, from, to);
            // Then the ASCII characters after it, in a loop without the call: C2 unrolls only such a loop.
            while (true) {
                int kind = (int) (reading >>> KINDS_SHIFT);
                words += kind & ~before & ~(before >> 1 & twoBefore) & WordCounter.WORD;
                runs += kind & ~before & LETTER_OR_DIGIT;
                doubled |= kind & before;
                twoBefore = before;
                before = kind;
                all |= reading;
                if (++i == to || chars[i] >= 0x80) {
                    break;
                }
                reading = ASCII_READINGS[chars[i]];
            }
        }
        long marks = (doubled & SPACE) != 0 ? all & MARKS | NOT_KEPT_AS_IS : all & MARKS;
        return new LineReading(words, runs / LETTER_OR_DIGIT, marks);
    }

    /** The capital's bit, by the letter in lower case. */
    static long capital(char lower) {
        return 1L << (FIRST_CAPITAL + lower - 'a');
    }

    /**
     * The ASCII letters of the text, lower-cased, one bit each: those its {@link java.util.Locale#ROOT} lower case can
     * hold, when the marks are the text's (its own lower-case letters, its capitals', and the "i" of U+0130; the Kelvin
     * sign is marked as "K"; no other character lower-cases to an ASCII letter).
     */
    static long lowerCaseLetters(long marks) {
        long letters = marks & LOWERS | (marks & CAPITALS) << (FIRST_LOWER - FIRST_CAPITAL);
        return (marks & DOTTED_CAPITAL_I) != 0 ? letters | lowerCaseLetter('i') : letters;
    }

    /** The {@link #lowerCaseLetters} a text must have to hold this one, which is in lower case already. */
    static long lowerCaseLettersOf(String lowerCase) {
        return capitalsOf(lowerCase) << (FIRST_LOWER - FIRST_CAPITAL);
    }

    /** The capitals' marks of a text in upper case whose lower case is this one: "opyright" gives O, P, Y, R... */
    static long capitalsOf(String lowerCase) {
        long capitals = 0;
        for (int i = 0; i < lowerCase.length(); i++) {
            char c = lowerCase.charAt(i);
            capitals |= c >= 'a' && c <= 'z' ? capital(c) : 0;
        }
        return capitals;
    }

    private static long lowerCaseLetter(char lower) {
        return 1L << (FIRST_LOWER + lower - 'a');
    }

    private static long readingOutsideAscii(char[] chars, int i, int from, int to) {
        char c = chars[i];
        int kind = WordCounter.kindOf(chars, i, from, to) | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0);
        long marks = TextNormalizer.isKeptAsIs(c) ? 0 : NOT_KEPT_AS_IS;
        marks |= switch (c) {
            case '©' -> COPYRIGHT_SIGN;
            case '\u0130' -> DOTTED_CAPITAL_I;
            case '\u03A3' -> CAPITAL_SIGMA;
            case '\u212A' -> CAPITAL_K;
            default -> 0;
        };
        return (long) kind << KINDS_SHIFT | marks;
    }

    private static long[] asciiReadings() {
        long[] readings = new long[0x80];
        for (char c = 0; c < readings.length; c++) {
            int kind = WordCounter.asciiKind(c) | (Text.isAsciiLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
                    | (c == ' ' ? SPACE : 0);
            long marks = c >= 'A' && c <= 'Z' ? capital(Character.toLowerCase(c))
                    : c >= 'a' && c <= 'z' ? lowerCaseLetter(c) : c == '@' ? AT_SIGN
                    : c == '[' ? BRACKET : c == '|' ? PIPE : c == '(' ? OPENING_PARENTHESIS
                    : TextNormalizer.isKeptAsIs(c) ? 0 : NOT_KEPT_AS_IS;
            readings[c] = (long) kind << KINDS_SHIFT | marks;
        }
        return readings;
    }
}
