package io.newsflow.processor.extract;

import java.text.Normalizer;

/**
 * Cleans text copied from a web page at the character level: NFC, one kind of space, one kind of line
 * break, no invisible characters, no indentation, at most one blank line in a row. Typography (curly
 * quotes, dashes) is kept. Single pass, no regular expressions.
 */
final class TextNormalizer {

    /** Returns the cleaned text: lines trimmed, inner whitespace runs collapsed, blank-line runs collapsed to one. */
    String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        // Most pages are in NFC already, and the cleaning finds out on the way whether a page has any character
        // that NFC might change: the page is checked (a pass over all of it) only then.
        String cleaned = clean(raw, false);
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
    private static String clean(String text, boolean nfc) {
        // A char array, not a StringBuilder: appending char by char to a builder costs more than the rest of this
        // loop. Each input character gives at most two output characters (U+2029 becomes a blank line).
        char[] out = new char[2 * text.length()];
        // Read from a copy too: String.charAt checks the index and the string's coding on every character.
        char[] in = text.toCharArray();
        int length = 0;
        int newlines = 0;
        boolean space = false;
        int i = 0;
        while (i < in.length) {
            char c = in[i];
            boolean kept = isPlainAscii(c);
            if (kept) {
                // Printable ASCII with single spaces between, most of any page, comes out as it goes in: copied
                // a run at a time, without the switch's look-up or the tables per character.
                length = separate(out, length, newlines, space);
                newlines = 0;
                space = false;
                int end = plainRunEnd(in, i);
                System.arraycopy(in, i, out, length, end - i);
                length += end - i;
                i = end;
                continue;
            }
            switch (c) {
                case '\r' -> {
                    if (i + 1 < in.length && in[i + 1] == '\n') {
                        i++;
                    }
                    newlines++;
                    space = false;
                }
                case '\n', '\u2028', '\u0085', '\u000B', '\u000C' -> {
                    newlines++;
                    space = false;
                }
                case '\u2029' -> {
                    newlines += 2;
                    space = false;
                }
                case ' ' -> space = true;
                default -> {
                    if (isSpace(c)) {
                        space = true;
                    } else if (!nfc && mayChangeUnderNfc(c)) {
                        return null;
                    } else {
                        kept = !isInvisible(text, i, c);
                    }
                }
            }
            if (kept) {
                length = separate(out, length, newlines, space);
                out[length++] = c;
                newlines = 0;
                space = false;
            }
            i++;
        }
        return new String(out, 0, length);
    }

    /**
     * Below U+0300 and in General Punctuation but its two quads, every character is its own NFC whatever stands
     * around it: no decomposition, no combining class, no composition with a neighbour (checked pairwise for all).
     */
    private static boolean mayChangeUnderNfc(char c) {
        return c >= '\u0300' && (c < '\u2002' || c > '\u206F');
    }

    private static boolean isPlainAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** Where the run of printable ASCII starting at {@code from} ends; a space inside it is single and kept. */
    private static int plainRunEnd(char[] in, int from) {
        int end = from + 1;
        while (end < in.length && (isPlainAscii(in[end])
                || in[end] == ' ' && end + 1 < in.length && isPlainAscii(in[end + 1]))) {
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

    private static boolean isSpace(char c) {
        // Covers tab, U+00A0, U+2007, U+202F and the other Unicode spaces: all become one plain space.
        return c == '\t' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isInvisible(String text, int i, char c) {
        return switch (c) {
            case '\u200B', '\u2060', '\uFEFF', '\u00AD' -> true;
            // ZWNJ and ZWJ are spelling inside Persian, Urdu and Indic words (and emoji): keep them there,
            // drop the stray ones that page templates leave between words.
            case '\u200C', '\u200D' -> !(isWordPart(text, i - 1) && isWordPart(text, i + 1));
            default -> Character.getType(c) == Character.CONTROL;
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
