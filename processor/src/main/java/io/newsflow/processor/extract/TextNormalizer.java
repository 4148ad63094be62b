package io.newsflow.processor.extract;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * Cleans text copied from a web page at the character level: NFC, one kind of space, one kind of line
 * break, no invisible characters, no indentation, at most one blank line in a row. Typography (curly
 * quotes, dashes) is kept. Single pass, no regular expressions.
 */
final class TextNormalizer {

    /**
     * A cleaned text: the first {@code length} characters of {@code text}. A clean page comes out as itself but for
     * its last line break, and is read in place rather than copied without it. With the {@link LineReading} of each
     * line the cleaning kept as it was, which it read to tell that: the first {@code lines} of {@code lineStarts},
     * {@code lineEnds} (where each is in the text, in order) and {@code lineReadings}.
     */
    record Cleaned(String text, int length, int[] lineStarts, int[] lineEnds, LineReading[] lineReadings, int lines) {
        /** A cleaned text without the readings of its lines. */
        Cleaned(String text, int length) {
            this(text, length, new int[0], new int[0], new LineReading[0], 0);
        }

        String asText() {
            return length == text.length() ? text : text.substring(0, length);
        }

        /** The index of the first line read that starts at or after {@code start}, looked for from the line at hand. */
        int lineFrom(int start, int line) {
            int at = line;
            while (at < lines && lineStarts[at] < start) {
                at++;
            }
            return at;
        }

        /** The reading of the line read at this index, if that is the line [start, end) of the text; else null. */
        LineReading readingOf(int line, int start, int end) {
            return line < lines && lineStarts[line] == start && lineEnds[line] == end ? lineReadings[line] : null;
        }
    }

    /** Returns the cleaned text: lines trimmed, inner whitespace runs collapsed, blank-line runs collapsed to one. */
    String normalize(String raw) {
        return clean(raw).asText();
    }

    /** {@link #normalize}, as the first characters of a text that may go on. */
    Cleaned clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Cleaned("", 0);
        }
        // Most pages are in NFC already, and the cleaning finds out on the way whether a page has any character
        // that NFC might change: the page is checked (a pass over all of it) only then.
        Cleaned cleaned = clean(raw, false);
        if (cleaned != null) {
            return cleaned;
        }
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        return clean(text, true);
    }

    /**
     * The cleaning of text in NFC; or, unless {@code nfc} says the text is in NFC, null at the first character that
     * NFC might change or move.
     */
    private static Cleaned clean(String text, boolean nfc) {
        return new Cleaning(text, nfc).run();
    }

    /** One text's cleaning: what is written so far, and the whitespace waiting to be written before what comes next. */
    private static final class Cleaning {
        private final String text;
        private final boolean nfc;
        // Read from a copy: String.charAt checks the index and the string's coding on every character.
        private final char[] in;
        // A char array, not a StringBuilder: appending char by char to a builder costs more than the cleaning. Null
        // while the text so far comes out as it went in (most pages are clean): then the output is the input's first
        // length characters, and a page that stays clean costs no copy (allocating the array was a third of the
        // cleaning).
        private char[] out;
        private int length;
        private int newlines;
        private boolean space;
        private int[] lineStarts = new int[16];
        private int[] lineEnds = new int[16];
        private LineReading[] lineReadings = new LineReading[16];
        private int lines;

        Cleaning(String text, boolean nfc) {
            this.text = text;
            this.nfc = nfc;
            this.in = text.toCharArray();
        }

        /**
         * Line by line: most lines of a page are printable ASCII and typography with single spaces between words,
         * which come out as they go in. Such a line is told by its {@link LineReading}, which the steps after the
         * cleaning would otherwise make in a pass of their own, and copied whole; any other line is cleaned character
         * by character.
         */
        Cleaned run() {
            for (int from = 0; from < in.length; ) {
                int to = text.indexOf('\n', from);
                to = to < 0 ? in.length : to;
                LineReading reading = isTrimmed(from, to) ? LineReading.of(in, from, to) : null;
                if (reading != null && (reading.marks & LineReading.NOT_KEPT_AS_IS) == 0) {
                    if (out == null && separatorAsIs()) {
                        length = to;
                        newlines = 0;
                    } else {
                        keep(from, to);
                    }
                    noteLine(length - (to - from), length, reading);
                } else if (to > from && !cleanChars(from, to)) {
                    return null;
                }
                if (to < in.length) {
                    newlines++;
                    space = false;
                }
                from = to + 1;
            }
            return new Cleaned(out != null ? new String(out, 0, length) : text, length, lineStarts, lineEnds,
                    lineReadings, lines);
        }

        private void noteLine(int start, int end, LineReading reading) {
            if (lines == lineStarts.length) {
                lineStarts = Arrays.copyOf(lineStarts, 2 * lines);
                lineEnds = Arrays.copyOf(lineEnds, 2 * lines);
                lineReadings = Arrays.copyOf(lineReadings, 2 * lines);
            }
            lineStarts[lines] = start;
            lineEnds[lines] = end;
            lineReadings[lines++] = reading;
        }

        /**
         * While the output is the input's first characters, the line breaks waiting before the next line are the
         * input's: written as they are unless more than two, or any before the first line.
         */
        private boolean separatorAsIs() {
            return length == 0 ? newlines == 0 : newlines <= 2;
        }

        /** Turns the output so far, the input's first characters, into a copy that the cleaning writes on. */
        private void copyOutput() {
            if (out == null) {
                // Each input character gives at most one output character but U+2029, which becomes a blank line
                // (two): a text without one needs no more room than it takes.
                out = new char[text.indexOf('\u2029') < 0 ? in.length : 2 * in.length];
                System.arraycopy(in, 0, out, 0, length);
            }
        }

        /** Not empty, and no space at either end. */
        private boolean isTrimmed(int from, int to) {
            return to > from && in[from] != ' ' && in[to - 1] != ' ';
        }

        /** Writes the waiting whitespace and [from, to) of the input as it is. */
        private void keep(int from, int to) {
            copyOutput();
            length = separate(out, length, newlines, space);
            newlines = 0;
            space = false;
            System.arraycopy(in, from, out, length, to - from);
            length += to - from;
        }

        /**
         * Cleans [from, to) character by character; false at a character NFC might change, unless in NFC. Works on
         * locals, written back at the end: fields written per character cost more than the cleaning.
         */
        private boolean cleanChars(int from, int to) {
            copyOutput();
            int written = length;
            int breaks = newlines;
            boolean spaced = space;
            int i = from;
            while (i < to) {
                char c = in[i];
                int end = i + 1;
                boolean kept = isPlainAscii(c);
                if (kept) {
                    // Printable ASCII with single spaces between comes out as it goes in: copied a run at a time.
                    end = plainRunEnd(in, i, to);
                } else {
                    switch (c) {
                        // Before a line feed, a carriage return is the same line break, counted with the line feed.
                        case '\r' -> {
                            breaks += i + 1 < in.length && in[i + 1] == '\n' ? 0 : 1;
                            spaced = false;
                        }
                        case '\u2028', '\u0085', '\u000B', '\u000C' -> {
                            breaks++;
                            spaced = false;
                        }
                        case '\u2029' -> {
                            breaks += 2;
                            spaced = false;
                        }
                        case ' ' -> spaced = true;
                        default -> {
                            // One look-up in the Unicode tables for the character's type answers both questions.
                            int type = Character.getType(c);
                            if (c < 0x80 ? isAsciiSpace(c) : isSpaceType(type)) {
                                spaced = true;
                            } else if (!nfc && mayChangeUnderNfc(c)) {
                                return false;
                            } else {
                                kept = !isInvisible(text, i, c, type);
                            }
                        }
                    }
                }
                if (kept) {
                    written = separate(out, written, breaks, spaced);
                    breaks = 0;
                    spaced = false;
                    // Runs here are words between irregular spaces: too short for System.arraycopy to pay.
                    for (int k = i; k < end; k++) {
                        out[written++] = in[k];
                    }
                }
                i = end;
            }
            length = written;
            newlines = breaks;
            space = spaced;
            return true;
        }
    }

    /**
     * Printable ASCII, a space, a Latin letter from U+00C0 to U+024F, typography from U+2010 to U+2027 (dashes,
     * quotes, bullets, ellipsis), a Cyrillic letter, or a rule, box or star of U+2500 to U+26FF: kept as it is, and its
     * own NFC (see {@link #mayChangeUnderNfc}). Each range is one unsigned compare.
     */
    static boolean isKeptAsIs(char c) {
        return (char) (c - ' ') <= '~' - ' ' || (char) (c - '\u00C0') <= '\u024F' - '\u00C0'
                || (char) (c - '\u2010') <= '\u2027' - '\u2010' || (char) (c - '\u0400') <= '\u0482' - '\u0400'
                || (char) (c - '\u2500') <= '\u26FF' - '\u2500';
    }

    /**
     * Below U+0300, in General Punctuation but its two quads, in Cyrillic but its combining marks, and from Box Drawing
     * to Miscellaneous Symbols (a text dump's rules, check boxes and stars), every character is its own NFC whatever
     * stands around it: no decomposition, no composition with a neighbour, no reordering (checked pairwise for all).
     * Any other character sends the page through the NFC check and a second cleaning, which was most of cleaning the
     * dev pages: three in four have a box-drawing rule or a white square.
     */
    private static boolean mayChangeUnderNfc(char c) {
        return c >= '\u0300' && (c < '\u2002' || c > '\u206F') && !isCyrillicLetter(c)
                && (c < '\u2500' || c > '\u26FF');
    }

    private static boolean isCyrillicLetter(char c) {
        return c >= '\u0400' && c <= '\u0482' || c >= '\u048A' && c <= '\u04FF';
    }

    private static boolean isPlainAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** Where the run of printable ASCII starting at {@code from} ends, before {@code to}; a space inside is single. */
    private static int plainRunEnd(char[] in, int from, int to) {
        int end = from + 1;
        while (end < to && (isPlainAscii(in[end]) || in[end] == ' ' && end + 1 < to && isPlainAscii(in[end + 1]))) {
            end += in[end] == ' ' ? 2 : 1;
        }
        return end;
    }

    /** Writes what the whitespace before a kept character becomes (nothing at the start); returns the new length. */
    private static int separate(char[] out, int length, int newlines, boolean space) {
        if (length == 0) {
            return 0;
        }
        int end = length;
        if (newlines > 1) {
            out[end++] = '\n';
        }
        if (newlines > 0) {
            out[end++] = '\n';
        } else if (space) {
            out[end++] = ' ';
        }
        return end;
    }

    /** The same cleaning for a value that must fit on one line: a title, a label. */
    String normalizeLine(String raw) {
        return normalize(raw).replace("\n\n", " ").replace('\n', ' ');
    }

    /** Tab and the other ASCII whitespace: all become one plain space. */
    private static boolean isAsciiSpace(char c) {
        return c == '\t' || Character.isWhitespace(c);
    }

    /**
     * U+00A0, U+2007, U+202F and the other Unicode spaces: all become one plain space. Beyond ASCII, what
     * {@link Character#isWhitespace} or {@link Character#isSpaceChar} says is what the type says (checked for all).
     */
    private static boolean isSpaceType(int type) {
        return type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean isInvisible(String text, int i, char c, int type) {
        return switch (c) {
            case '\u200B', '\u2060', '\uFEFF', '\u00AD' -> true;
            // ZWNJ and ZWJ are spelling inside Persian, Urdu and Indic words (and emoji): keep them there,
            // drop the stray ones that page templates leave between words.
            case '\u200C', '\u200D' -> !(isWordPart(text, i - 1) && isWordPart(text, i + 1));
            default -> type == Character.CONTROL;
        };
    }

    private static boolean isWordPart(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return Character.isLetterOrDigit(c) || Character.isSurrogate(c)
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }
}
