package io.newsflow.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Sizes and durations as people type them: {@code 64MiB}, {@code 10s}, {@code 500ms}. */
final class UnitConverters {

    private UnitConverters() {
    }

    /** Bytes: a number, optionally with KiB, MiB or GiB (powers of 1024; KB, MB, GB and K, M, G mean the same). */
    static final class Bytes implements ITypeConverter<Long> {
        private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)(?:i?b)?");
        private static final Map<String, Long> UNITS = Map.of("", 1L, "k", 1L << 10, "m", 1L << 20, "g", 1L << 30);

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new TypeConversionException("'" + value + "' is not a size such as 1048576, 512KiB or 64MiB");
            }
            try {
                long size = Math.multiplyExact(Long.parseLong(m.group(1)), UNITS.get(m.group(2)));
                if (size <= 0) {
                    throw new TypeConversionException("the size must be more than 0");
                }
                return size;
            } catch (ArithmeticException | NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is too large");
            }
        }
    }

    /** A duration: a number with ms, s, m or h, or ISO-8601 such as PT10S. */
    static final class Interval implements ITypeConverter<Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

        @Override
        public Duration convert(String value) {
            String text = value.strip().toLowerCase(Locale.ROOT);
            Matcher m = DURATION.matcher(text);
            Duration duration;
            try {
                if (m.matches()) {
                    long amount = Long.parseLong(m.group(1));
                    duration = switch (m.group(2)) {
                        case "ms" -> Duration.ofMillis(amount);
                        case "s" -> Duration.ofSeconds(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        default -> Duration.ofHours(amount);
                    };
                } else {
                    duration = Duration.parse(text.toUpperCase(Locale.ROOT));
                }
            } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
                throw new TypeConversionException("'" + value + "' is not a duration such as 500ms, 10s, 5m or PT1H");
            }
            if (duration.isNegative() || duration.isZero()) {
                throw new TypeConversionException("the duration must be more than 0");
            }
            return duration;
        }
    }
}
