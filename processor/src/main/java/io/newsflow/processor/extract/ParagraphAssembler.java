package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Turns normalized text into paragraphs. A blank line always ends a paragraph; inside a block of lines, a
 * line is joined to the next one only when it looks soft-wrapped, otherwise each line stands alone (page
 * dumps put menu items, captions and bylines on consecutive lines, and those must not become one block).
 */
final class ParagraphAssembler {

    /** Wrapped text is seldom narrower than this; narrower blocks are lists of short items. */
    private static final int MIN_WRAP_WIDTH = 30;
    /** Text wrapped wider than this is rare; wider blocks are one paragraph per line. */
    private static final int MAX_WRAP_WIDTH = 120;

    /**
     * The paragraphs and where the page's blank lines fall: {@code blockStarts} holds the index of each
     * paragraph that opens a block of lines, so lines printed together (a list under its lead-in) can be told
     * from lines set apart. And for each paragraph, the {@link LineReading} the cleaning made of it, or null: a
     * paragraph that is a line the cleaning kept as it was has it.
     */
    record Layout(List<String> paragraphs, BitSet blockStarts, List<LineReading> readings) {
    }

    /** @param normalized output of {@link TextNormalizer#normalize(String)} */
    List<String> paragraphs(String normalized) {
        return layout(normalized).paragraphs();
    }

    /** @param normalized output of {@link TextNormalizer#normalize(String)} */
    Layout layout(String normalized) {
        return layout(new TextNormalizer.Cleaned(normalized, normalized.length()));
    }

    /**
     * @param cleaned output of {@link TextNormalizer#clean(String)}; what its text has after its length is line
     *                breaks the cleaning left out, so a line break found there is the text's end
     */
    Layout layout(TextNormalizer.Cleaned cleaned) {
        String normalized = cleaned.text();
        int length = cleaned.length();
        List<String> paragraphs = new ArrayList<>();
        List<LineReading> readings = new ArrayList<>();
        BitSet blockStarts = new BitSet();
        int line = 0;
        int from = 0;
        while (from < length) {
            // The first line break ends the block when a second follows it, as it does after most blocks: the
            // text is searched once for both.
            int newline = normalized.indexOf('\n', from);
            newline = newline < length ? newline : -1;
            int blank = newline < 0 || normalized.startsWith("\n", newline + 1) ? newline
                    : normalized.indexOf("\n\n", newline + 1);
            int end = blank < 0 || blank > length ? length : blank;
            if (end > from) {
                blockStarts.set(paragraphs.size());
                if (newline < 0 || newline >= end) {
                    // A block of one line, most of a page's: the paragraph as it stands, without a split or a builder.
                    paragraphs.add(normalized.substring(from, end));
                    line = cleaned.lineFrom(from, line);
                    readings.add(cleaned.readingOf(line, from, end));
                } else {
                    assemble(normalized.substring(from, end).split("\n"), paragraphs);
                    while (readings.size() < paragraphs.size()) {
                        readings.add(null);
                    }
                }
            }
            from = end + 2;
        }
        return new Layout(paragraphs, blockStarts, readings);
    }

    private static void assemble(String[] lines, List<String> paragraphs) {
        int width = wrapWidth(lines);
        StringBuilder current = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            String previous = lines[i - 1];
            String next = lines[i];
            if (!continues(previous, next, width)) {
                paragraphs.add(current.toString());
                current.setLength(0);
            } else if (!endsWithWordHyphen(previous)) {
                current.append(' ');
            }
            current.append(next);
        }
        paragraphs.add(current.toString());
    }

    /**
     * The width the block seems wrapped at, or 0. Wrapping shows as several lines of nearly the same length:
     * one long line followed by a short one is just two lines.
     */
    private static int wrapWidth(String[] lines) {
        int width = 0;
        for (String line : lines) {
            width = Math.max(width, line.length());
        }
        int nearWidth = 0;
        for (String line : lines) {
            if (line.length() >= width * 0.8) {
                nearWidth++;
            }
        }
        return nearWidth >= 2 && width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH ? width : 0;
    }

    private static boolean continues(String previous, String next, int width) {
        if (Text.isListItem(next)) {
            return false;
        }
        if (Text.startsLowercase(next) && !Text.endsSentence(previous)) {
            return true;
        }
        // A wrapped line ends where the next word would not have fitted; a line that stops short of that
        // was broken on purpose.
        return width > 0
                && previous.length() >= width * 0.6
                && previous.length() + 1 + firstWordLength(next) > width;
    }

    /** "well-" + "known": keep the hyphen, add no space (removing it would also break real compounds). */
    private static boolean endsWithWordHyphen(String line) {
        int n = line.length();
        return n >= 2 && line.charAt(n - 1) == '-' && Character.isLetter(line.charAt(n - 2));
    }

    private static int firstWordLength(String line) {
        int space = line.indexOf(' ');
        return space < 0 ? line.length() : space;
    }
}
