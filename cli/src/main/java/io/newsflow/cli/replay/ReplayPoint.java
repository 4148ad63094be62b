package io.newsflow.cli.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.OffsetSpec;

/**
 * Where a replay starts or ends, as people say it: {@code earliest}, {@code latest}, a point in time
 * ({@code 2026-11-01T08:00:00Z}, {@code 2026-11-01} meaning its start in UTC) or a time ago ({@code 7d},
 * {@code 12h}, {@code 30m}, {@code P7D}). A time maps to the first offset whose record timestamp is at or after it.
 */
public record ReplayPoint(Kind kind, Instant time) {

    public enum Kind { EARLIEST, LATEST, TIME }

    private static final Pattern AGO = Pattern.compile("(\\d{1,9})([smhdw])");

    public static final ReplayPoint EARLIEST = new ReplayPoint(Kind.EARLIEST, null);
    public static final ReplayPoint LATEST = new ReplayPoint(Kind.LATEST, null);

    public static ReplayPoint parse(String text, Clock clock) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        switch (value) {
            case "earliest":
                return EARLIEST;
            case "latest":
            case "now":
                return LATEST;
            default:
                break;
        }
        Matcher ago = AGO.matcher(value);
        if (ago.matches()) {
            long amount = Long.parseLong(ago.group(1));
            Duration duration = switch (ago.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> Duration.ofDays(7 * amount);
            };
            return at(clock.instant().minus(duration));
        }
        try {
            if (value.startsWith("p")) {
                return at(clock.instant().minus(Duration.parse(text.strip())));
            }
            if (value.length() == 10) {
                return at(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
            }
            return at(Instant.parse(text.strip()));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("'" + text + "' is not earliest, latest, an ISO-8601 time such as "
                    + "2026-11-01T08:00:00Z or 2026-11-01, or a time ago such as 7d, 12h, 30m or P7D");
        }
    }

    public static ReplayPoint at(Instant time) {
        return new ReplayPoint(Kind.TIME, time);
    }

    OffsetSpec offsetSpec() {
        return switch (kind) {
            case EARLIEST -> OffsetSpec.earliest();
            case LATEST -> OffsetSpec.latest();
            case TIME -> OffsetSpec.forTimestamp(time.toEpochMilli());
        };
    }

    @Override
    public String toString() {
        return kind == Kind.TIME ? time.toString() : kind.name().toLowerCase(Locale.ROOT);
    }
}
