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
        return body == null ? List.of() : find(body, WordRuns.of(body.toCharArray()), reference);
    }

    /**
     * {@link #find(String, LocalDate)} given the body's runs of letters and digits too: a date form starts at one,
     * so only the runs are looked at, each by its first character and its hash, not every character.
     */
    List<DateMention> find(String body, WordRuns runs, LocalDate reference) {
        if (body.isEmpty()) {
            return List.of();
        }
        char[] chars = runs.chars;
        // Made on a rule's first try: most articles try only a few of the rules.
        Matcher[] matchers = new Matcher[DateRules.RULES.size()];
        List<DateMention> found = new ArrayList<>();
        for (int r = 0; r < runs.count; r++) {
            int start = runs.starts[r];
            if (DateRules.mayStartDate(chars, start, runs.lowerHashes[r])) {
                int triggers = DateRules.triggers(chars, start, runs.ends[r]);
                if (triggers != 0) {
                    tryRules(body, start, triggers, matchers, reference, found);
                }
            }
        }
        return withoutOverlaps(found);
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
