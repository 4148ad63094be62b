package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.events.Quote;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations and who said them. Quotes are “curly”, "straight" or ‘single’ (the last only when the closing
 * mark is not an apostrophe); a quote running over paragraphs reopens each one and closes only at its end. One
 * forward pass: an unclosed mark ends at its paragraph, never rescans the rest.
 */
final class QuoteExtractor {

    /** Fewer words are scare quotes ("terrorism."), not speech. */
    private static final int MIN_WORDS = 3;

    /** @param entities the article's entities, to name a speaker by the canonical name ("Rouhani" -> "Hassan Rouhani") */
    List<Quote> find(String body, List<Entity> entities) {
        return find(body, null, entities);
    }

    /** @param bodyTokens the body's {@link Tokens} when the caller has made them already, else null */
    List<Quote> find(String body, Tokens bodyTokens, List<Entity> entities) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        List<Quoted> found = quotations(body);
        List<Quote> quotes = new ArrayList<>(found.size());
        if (found.isEmpty()) {
            return quotes; // tokenising the body for attribution is wasted on an article without quotes
        }
        SpeakerFinder speakers = new SpeakerFinder(bodyTokens != null ? bodyTokens : Tokens.of(body), entities);
        for (Quoted quoted : found) {
            quotes.add(new Quote(quoted.text, speakers.speakerOf(quoted.open, quoted.close + 1), quoted.open + 1));
        }
        return quotes;
    }

    /** A quotation's words and the offsets of its opening and closing marks. */
    private record Quoted(String text, int open, int close) {
    }

    /**
     * The quotations of {@value #MIN_WORDS} words or more, in order. The loop jumps from one opening mark to the next
     * ({@link OpeningMarks}) instead of looking at every character; what follows a mark is a method of its own, so
     * that the JIT compiles the loop small.
     */
    private static List<Quoted> quotations(String body) {
        List<Quoted> found = new ArrayList<>();
        OpeningMarks marks = new OpeningMarks(body);
        int i = marks.next(0);
        while (i < body.length()) {
            char open = body.charAt(i);
            i = open == '‘' && !opensQuote(body, i) ? marks.next(i + 1)
                    : marks.next(quotationAt(body, i, closing(open), found));
        }
        return found;
    }

    /**
     * Where the next opening mark (“, " or ‘) is at or after an offset. {@link String#indexOf} scans many characters
     * at a time; each mark is searched for again only once the scan has passed where it was last found, so the body
     * is read about once per mark.
     */
    private static final class OpeningMarks {

        private final String body;
        private int curly = -1;
        private int straight = -1;
        private int single = -1;

        OpeningMarks(String body) {
            this.body = body;
        }

        /** The offset of the first opening mark at or after {@code from}, or the body's length when none is left. */
        int next(int from) {
            curly = curly < from ? find('“', from) : curly;
            straight = straight < from ? find('"', from) : straight;
            single = single < from ? find('‘', from) : single;
            return Math.min(curly, Math.min(straight, single));
        }

        private int find(char mark, int from) {
            int at = body.indexOf(mark, from);
            return at < 0 ? body.length() : at;
        }
    }

    /** Adds the quotation opening at {@code at} if it closes and is long enough; returns where to go on. */
    private static int quotationAt(String body, int at, char close, List<Quoted> found) {
        int end = closingAt(body, at + 1, body.charAt(at), close);
        if (end < 0) {
            return -end;
        }
        // the comma before the attribution stands for the speaker's full stop: not part of the words
        String quoted = stripEnd(quotedText(body, at + 1, end).strip(), ',');
        if (hasWords(quoted, MIN_WORDS)) {
            found.add(new Quoted(quoted, at, end));
        }
        return end + 1;
    }

    /**
     * The closing mark's offset, or minus the offset to resume at when the quote never closes. Only finds it: the
     * text is copied once the quote is known to close, in runs, not a character at a time. The closing marks and
     * the line ends are found by {@link String#indexOf}, not by looking at every character of the quote.
     */
    private static int closingAt(String body, int from, char open, char close) {
        int i = from;
        int lineEnd = lineEnd(body, from);
        while (true) {
            int end = body.indexOf(close, i);
            if (lineEnd < (end < 0 ? body.length() : end)) {
                int next = afterWhitespace(body, lineEnd);
                if (next >= body.length() || body.charAt(next) != open) {
                    return -Math.max(next, lineEnd + 1);
                }
                i = next + 1;
                lineEnd = lineEnd(body, i);
            } else if (end < 0) {
                return -body.length();
            } else if (close != '’' || !Character.isLetter(charAt(body, end + 1))) {
                return end;
            } else {
                i = end + 1; // an apostrophe inside a word ("don’t") closes nothing
            }
        }
    }

    /** The offset of the first line end at or after {@code from}, or the body's length when none is left. */
    private static int lineEnd(String body, int from) {
        int at = body.indexOf('\n', from);
        return at < 0 ? body.length() : at;
    }

    /**
     * The words between {@code from} and the closing mark at {@code end}: a paragraph break, the whitespace after it
     * and the mark that reopens the quote read as one space.
     */
    private static String quotedText(String body, int from, int end) {
        int lineEnd = body.indexOf('\n', from);
        if (lineEnd < 0 || lineEnd >= end) {
            return body.substring(from, end); // most quotes stay in their paragraph
        }
        StringBuilder text = new StringBuilder(end - from);
        int run = from;
        while (lineEnd >= 0 && lineEnd < end) {
            text.append(body, run, lineEnd).append(' ');
            run = afterWhitespace(body, lineEnd) + 1; // past the reopening mark
            lineEnd = body.indexOf('\n', run);
        }
        return text.append(body, run, end).toString();
    }

    private static int afterWhitespace(String body, int from) {
        int next = from;
        while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
            next++;
        }
        return next;
    }

    private static String stripEnd(String text, char mark) {
        return !text.isEmpty() && text.charAt(text.length() - 1) == mark ? text.substring(0, text.length() - 1) : text;
    }

    private static char closing(char open) {
        return switch (open) {
            case '“' -> '”';
            case '"' -> '"';
            case '‘' -> '’';
            default -> 0;
        };
    }

    /** ‘ opens a quote at the start of a word after a space or line start, not inside "rock ‘n’ roll". */
    private static boolean opensQuote(String body, int at) {
        return (at == 0 || Character.isWhitespace(body.charAt(at - 1))) && Character.isLetter(charAt(body, at + 1));
    }

    private static char charAt(String body, int at) {
        return at < body.length() ? body.charAt(at) : ' ';
    }

    /** Whether the text has {@code wanted} words or more: read only as far as the last of them. */
    private static boolean hasWords(String text, int wanted) {
        int words = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length() && words < wanted; k++) {
            boolean letter = Text.isLetterOrDigit(text.charAt(k));
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words >= wanted;
    }
}
