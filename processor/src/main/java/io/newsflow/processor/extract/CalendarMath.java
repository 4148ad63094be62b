package io.newsflow.processor.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Resolves the partial dates news text writes ("August 5", "in April", "last Monday") against the day
 * the article speaks from. A date without a year is taken as the most recent one not after that day:
 * news mostly reports what has happened, and "next ..." is the way it usually names the future.
 */
final class CalendarMath {

    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";
    private static final DayOfWeek[] WEEKDAYS = DayOfWeek.values();

    private CalendarMath() {
    }

    /** 1-12 from a month name or its abbreviation in English ("Sept.", "aug"), else 0. */
    static int month(String name) {
        if (name.length() < 3) {
            return 0;
        }
        int index = MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return index % 3 == 0 ? index / 3 + 1 : 0;
    }

    /** The day an English weekday name in any case names: compared with each, not upper-cased and looked up. */
    static DayOfWeek weekday(String name) {
        for (DayOfWeek day : WEEKDAYS) {
            if (day.name().equalsIgnoreCase(name)) {
                return day;
            }
        }
        throw new IllegalArgumentException("no weekday: " + name);
    }

    /** A full date, or null when the day does not exist (February 30). */
    static String date(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return LocalDate.of(year, month, day).toString();
    }

    /** The month and day in the year that puts them last on or before the reference ("August 5"). */
    static String dayWithoutYear(int month, int day, LocalDate reference) {
        if (reference == null || month == 0 || day < 1 || day > 31) {
            return null;
        }
        // Eight years back always reaches a February 29.
        for (int year = reference.getYear(); year > reference.getYear() - 8; year--) {
            if (day <= YearMonth.of(year, month).lengthOfMonth() && !LocalDate.of(year, month, day).isAfter(reference)) {
                return LocalDate.of(year, month, day).toString();
            }
        }
        return null;
    }

    /** "April", "last April", "next April", "this April" as yyyy-MM. */
    static String monthWithoutYear(int month, String modifier, LocalDate reference) {
        if (reference == null || month == 0) {
            return null;
        }
        int current = reference.getMonthValue();
        int year = reference.getYear();
        switch (modifier) {
            case "last" -> year -= month < current ? 0 : 1;
            case "next" -> year += month > current ? 0 : 1;
            case "this" -> { }
            default -> year -= month <= current ? 0 : 1;
        }
        return YearMonth.of(year, month).toString();
    }

    /** "Monday" and "this Monday": on or before the reference; "last" strictly before, "next" strictly after. */
    static String weekday(DayOfWeek day, String modifier, LocalDate reference) {
        if (reference == null) {
            return null;
        }
        // What TemporalAdjusters' previous, next and previousOrSame work out, without an adjuster made per mention.
        int sinceLast = Math.floorMod(reference.getDayOfWeek().getValue() - day.getValue(), 7);
        LocalDate resolved = switch (modifier) {
            case "last" -> reference.minusDays(sinceLast == 0 ? 7 : sinceLast);
            case "next" -> reference.plusDays(7 - sinceLast);
            default -> reference.minusDays(sinceLast);
        };
        return resolved.toString();
    }

    /** "3 days ago", "last month", "next year": a day for days and weeks, yyyy-MM for months, yyyy for years. */
    static String shifted(LocalDate reference, int amount, String unit) {
        if (reference == null) {
            return null;
        }
        return switch (unit) {
            case "day" -> reference.plusDays(amount).toString();
            case "week" -> reference.plusWeeks(amount).toString();
            case "month" -> YearMonth.of(reference.getYear(), reference.getMonthValue()).plusMonths(amount).toString();
            case "year" -> String.valueOf(reference.getYear() + amount);
            default -> null;
        };
    }
}
