package io.newsflow.processor;

import java.time.Duration;
import java.util.Objects;

/**
 * When two articles with different ids count as the same story.
 *
 * @param maxDistance at most this many of the 64 SimHash bits differ (0 to 7); the default 5 finds 96% of
 *                    one-word edits of the development articles, whose unrelated pairs are at least 18 bits apart
 *                    (docs/contract.md has the measurements)
 * @param window      and their raw records' timestamps are at most this far apart
 */
public record NearDuplicateSettings(int maxDistance, Duration window) {

    public static final int DEFAULT_MAX_DISTANCE = 5;
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    public NearDuplicateSettings {
        FingerprintBands.checkDistance(maxDistance);
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the near-duplicate window must be positive, not " + window);
        }
    }

    public static NearDuplicateSettings defaults() {
        return new NearDuplicateSettings(DEFAULT_MAX_DISTANCE, DEFAULT_WINDOW);
    }
}
