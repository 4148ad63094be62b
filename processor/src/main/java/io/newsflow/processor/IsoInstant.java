package io.newsflow.processor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;

/**
 * {@link Instant#parse} for every raw event's {@code ingestedAt}. The form ingest writes ({@code Instant.toString}:
 * {@code 2026-11-30T18:21:44.123456Z}) is read by hand: {@code DateTimeFormatter} was 1.5% of the stream threads'
 * time and some 25 methods for the JIT to compile. Anything else (offsets, lower case, leap seconds, 24:00,
 * years past 9999, bad values) goes to {@code Instant.parse}, so the accepted strings, the results and the
 * rejections stay exactly its own.
 */
final class IsoInstant {

    private static final int SHORTEST = "2000-01-01T00:00:00Z".length();
    private static final int[] NANOS_PER_DIGIT = {100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100,
            10, 1};

    private IsoInstant() {
    }

    /** @throws java.time.format.DateTimeParseException as {@code Instant.parse} does */
    static Instant parse(String text) {
        Instant instant = plainUtc(text);
        return instant != null ? instant : Instant.parse(text);
    }

    /** @return null unless {@code text} is {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z} with values in range */
    private static Instant plainUtc(String text) {
        int length = text.length();
        int fractionDigits = length - SHORTEST - 1;
        if (length < SHORTEST || fractionDigits > NANOS_PER_DIGIT.length || fractionDigits == 0
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':' || text.charAt(length - 1) != 'Z'
                || (fractionDigits > 0 && text.charAt(19) != '.')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int fraction = fractionDigits > 0 ? digits(text, 20, length - 1) : 0;
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || fraction < 0
                || day > Month.of(month).length(Year.isLeap(year))) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L
                + second;
        return Instant.ofEpochSecond(epochSecond, fractionDigits > 0 ? fraction * NANOS_PER_DIGIT[fractionDigits - 1]
                : 0);
    }

    /** @return the ASCII digits from {@code start} to {@code end} as a number, or -1 if any is no digit */
    private static int digits(String text, int start, int end) {
        int value = 0;
        for (int i = start; i < end; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
