package io.newsflow.processor.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a page's lines read as bylines and date lines, each line read once per page: LineRoles, TitleExtractor and
 * ArticleHeader ask it of the same lines around a headline, its byline three or four times. A line is known by its
 * identity, as the passes hand on the same strings; a line that cannot be either (no "By" or the like first, no
 * digit) is answered without being noted. One per page: not to be shared between threads.
 */
final class CreditReadings {

    private final BylineExtractor bylines;
    private final DatelineExtractor datelines;
    private final Map<String, List<String>> bylineNames = new IdentityHashMap<>();
    private final Map<String, Boolean> datelineAnswers = new IdentityHashMap<>();

    CreditReadings(BylineExtractor bylines, DatelineExtractor datelines) {
        this.bylines = bylines;
        this.datelines = datelines;
    }

    CreditReadings() {
        this(new BylineExtractor(), new DatelineExtractor());
    }

    DatelineExtractor datelines() {
        return datelines;
    }

    /** {@link BylineExtractor#bylineNames}. */
    List<String> bylineNames(String line) {
        if (!BylineExtractor.opensLikeByline(line)) {
            return List.of();
        }
        List<String> names = bylineNames.get(line);
        if (names == null) {
            names = bylines.bylineNames(line);
            bylineNames.put(line, names);
        }
        return names;
    }

    /** {@link BylineExtractor#isByline}. */
    boolean isByline(String line) {
        return !bylineNames(line).isEmpty();
    }

    /** {@link DatelineExtractor#isDateline}. */
    boolean isDateline(String line) {
        if (!Text.hasDigit(line)) {
            return false;
        }
        Boolean answer = datelineAnswers.get(line);
        if (answer == null) {
            answer = datelines.isDateline(line);
            datelineAnswers.put(line, answer);
        }
        return answer;
    }
}
