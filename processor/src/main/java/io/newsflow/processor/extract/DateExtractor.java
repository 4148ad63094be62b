package io.newsflow.processor.extract;

import io.newsflow.events.DateMention;
import io.newsflow.processor.extract.DateRules.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Finds the dates a text mentions and resolves them against the article's date ({@link CalendarMath} says
 * how). Patterns are tried only where a word could start a date (a digit, a month or weekday name, "last",
 * "today"...): running each over the whole text costs milliseconds per article, this costs microseconds.
 */
final class DateExtractor {

    /** Longer than any date form ("Wednesday, 23rd of September, 2019" is split anyway). */
    private static final int LONGEST = 40;
    /** Per ASCII character: its {@link DateRules#openingCode} in the low bits, and whether it is a letter or digit. */
    private static final int OPENING_CODE = 0x1F;
    private static final int LETTER_OR_DIGIT = 0x20;
    private static final byte[] ASCII_KINDS = asciiKinds();
    private static final byte[] OPENINGS = DateRules.openings((byte) LETTER_OR_DIGIT);

    /** @param reference the day the article speaks from: its publication date, else its ingestion date */
    List<DateMention> find(String body, LocalDate reference) {
        return body == null ? List.of() : find(body, body.toCharArray(), reference);
    }

    /**
     * {@link #find(String, LocalDate)} given the body's characters too, which are only read: every character is
     * looked at, and charAt on a text with any non-Latin-1 character costs a bounds check and a coder test per call.
     */
    List<DateMention> find(String body, char[] chars, LocalDate reference) {
        if (body.isEmpty()) {
            return List.of();
        }
        // Made on a rule's first try: most articles try only a few of the rules.
        Matcher[] matchers = new Matcher[DateRules.RULES.size()];
        List<DateMention> found = new ArrayList<>();
        for (int i = nextCandidate(chars, 0); i < chars.length; ) {
            int end = wordEnd(chars, i);
            int triggers = DateRules.triggers(chars, i, end);
            if (triggers != 0) {
                tryRules(body, i, triggers, matchers, reference, found);
            }
            i = nextCandidate(chars, end);
        }
        return withoutOverlaps(found);
    }

    /**
     * The start of the next word at or after {@code from} that may start a date form by its first three characters
     * ({@link DateRules#openings}); the text's length when none is left. Every character is looked at, so with one
     * branch only, taken at the few words that may.
     */
    private static int nextCandidate(char[] chars, int from) {
        int before = from == 0 ? 0 : kindOf(chars[from - 1]);
        int kind = kindAt(chars, from);
        int next = kindAt(chars, from + 1);
        for (int i = from; i < chars.length; i++) {
            int after = kindAt(chars, i + 2);
            int opening = ((kind & OPENING_CODE) << DateRules.CODE_BITS | next & OPENING_CODE) << DateRules.CODE_BITS
                    | after & OPENING_CODE;
            if ((OPENINGS[opening] & kind & ~before) != 0) {
                return i;
            }
            before = kind;
            kind = next;
            next = after;
        }
        return chars.length;
    }

    /** The kind of the character at {@code i}; past the end of the text, as of a character that is no letter. */
    private static int kindAt(char[] chars, int i) {
        return i < chars.length ? kindOf(chars[i]) : 0;
    }

    private static int kindOf(char c) {
        return c < 0x80 ? ASCII_KINDS[c] : Text.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0;
    }

    private static byte[] asciiKinds() {
        byte[] kinds = new byte[0x80];
        for (char c = 0; c < kinds.length; c++) {
            kinds[c] = (byte) (DateRules.openingCode(c) | (Text.isAsciiLetterOrDigit(c) ? LETTER_OR_DIGIT : 0));
        }
        return kinds;
    }

    /** The end of the run of letters and digits that starts at {@code start}. */
    private static int wordEnd(char[] chars, int start) {
        int end = start + 1;
        while (end < chars.length && Text.isLetterOrDigit(chars[end])) {
            end++;
        }
        return end;
    }

    private static void tryRules(String body, int start, int triggers, Matcher[] matchers,
            LocalDate reference, List<DateMention> found) {
        for (int r = 0; r < matchers.length; r++) {
            Rule rule = DateRules.RULES.get(r);
            if (rule.startsAt(triggers)) {
                Matcher matcher = matchers[r] != null ? matchers[r] : (matchers[r] = matcher(rule, body));
                matcher.region(start, Math.min(body.length(), start + LONGEST));
                if (matcher.lookingAt() && rule.accept().test(matcher, body)) {
                    found.add(new DateMention(matcher.group(), rule.resolver().resolve(matcher, reference), start));
                }
            }
        }
    }

    private static Matcher matcher(Rule rule, String body) {
        return rule.pattern().matcher(body).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Of mentions that overlap, the earliest, then the longest, wins: "last Monday" over "Monday". */
    private static List<DateMention> withoutOverlaps(List<DateMention> found) {
        found.sort(DateExtractor::byOffsetThenLongest);
        List<DateMention> kept = new ArrayList<>();
        int end = 0;
        for (DateMention mention : found) {
            if (mention.offset() >= end) {
                kept.add(mention);
                end = mention.offset() + mention.text().length();
            }
        }
        return kept;
    }

    private static int byOffsetThenLongest(DateMention a, DateMention b) {
        return a.offset() != b.offset() ? Integer.compare(a.offset(), b.offset())
                : Integer.compare(b.text().length(), a.text().length());
    }
}
