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

    /** @param reference the day the article speaks from: its publication date, else its ingestion date */
    List<DateMention> find(String body, LocalDate reference) {
        if (body == null || body.isEmpty()) {
            return List.of();
        }
        List<Matcher> matchers = new ArrayList<>(DateRules.RULES.size());
        for (Rule rule : DateRules.RULES) {
            matchers.add(rule.pattern().matcher(body).useTransparentBounds(true).useAnchoringBounds(false));
        }
        List<DateMention> found = new ArrayList<>();
        // A copy of the characters: charAt on a text with any non-Latin-1 character costs a bounds check and a
        // coder test per call, and every character is looked at.
        char[] chars = body.toCharArray();
        int i = 0;
        while (i < chars.length) {
            if (!Text.isLetterOrDigit(chars[i])) {
                i++;
                continue;
            }
            int end = wordEnd(chars, i);
            int triggers = DateRules.triggers(chars, i, end);
            if (triggers != 0) {
                tryRules(body, i, triggers, matchers, reference, found);
            }
            i = end;
        }
        return withoutOverlaps(found);
    }

    /** The end of the run of letters and digits that starts at {@code start}. */
    private static int wordEnd(char[] chars, int start) {
        int end = start + 1;
        while (end < chars.length && Text.isLetterOrDigit(chars[end])) {
            end++;
        }
        return end;
    }

    private static void tryRules(String body, int start, int triggers, List<Matcher> matchers,
            LocalDate reference, List<DateMention> found) {
        for (int r = 0; r < matchers.size(); r++) {
            Rule rule = DateRules.RULES.get(r);
            if (rule.startsAt(triggers)) {
                Matcher matcher = matchers.get(r).region(start, Math.min(body.length(), start + LONGEST));
                if (matcher.lookingAt() && rule.accept().test(matcher, body)) {
                    found.add(new DateMention(matcher.group(), rule.resolver().resolve(matcher, reference), start));
                }
            }
        }
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
