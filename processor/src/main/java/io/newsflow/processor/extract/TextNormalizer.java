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
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw : Normalizer.normalize(raw, Normalizer.Form.NFC);
        // A char array, not a StringBuilder: appending char by char to a builder costs more than the rest of this
        // loop. Each input character gives at most two output characters (U+2029 becomes a blank line).
        char[] out = new char[2 * text.length()];
        // Read from a copy too: String.charAt checks the index and the string's coding on every character.
        char[] in = text.toCharArray();
        int length = 0;
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            // Printable ASCII, most of any page, is neither a space, a break nor invisible: kept without the
            // switch's look-up or the tables.
            boolean kept = c > ' ' && c < 0x7F;
            if (!kept) {
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
                        } else {
                            kept = !isInvisible(text, i, c);
                        }
                    }
                }
            }
            if (kept) {
                if (length > 0) {
                    if (newlines > 1) {
                        out[length++] = '\n';
                    }
                    if (newlines > 0) {
                        out[length++] = '\n';
                    } else if (space) {
                        out[length++] = ' ';
                    }
                }
                out[length++] = c;
                newlines = 0;
                space = false;
            }
        }
        return new String(out, 0, length);
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
