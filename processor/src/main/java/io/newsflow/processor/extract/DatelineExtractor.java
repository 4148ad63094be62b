package io.newsflow.processor.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the date lines pages print near a headline ("Updated Nov 19, 9:41 AM", "PUBLISHED: 00:01, Tue, Nov
 * 19, 2019", "2019-11-18T23:30:00Z"): tells them from prose that mentions a date, and reads the first date
 * they state. Tokenizes once, no regular expressions. English month names; numeric dates are read when
 * the day is over 12 ("11/19/19"), and the ambiguous ones ("05/10/2018") count as a date line but are not read.
 */
final class DatelineExtractor {

    private static final int MAX_WORDS = 24;
    private static final int MAX_PLACE_DATELINE_WORDS = 10;
    /** Words a date line may join its parts with ("Posted by ... and updated"). */
    private static final Set<String> LINKING_WORDS = Set.of("and", "the", "for", "from", "via", "with", "ago");
    private static final String[][] OTHER_MONTHS = {
            {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
                    "dezember"},
            {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                    "novembre", "décembre"},
            {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                    "noviembre", "diciembre"},
            {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                    "novembro", "dezembro"},
            {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
                    "novembre", "dicembre"},
            {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                    "november", "december"},
            {"januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september", "oktober",
                    "november", "desember"},
            {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
                    "ноября", "декабря"}};
    /** "22 de janeiro de 2018", "5 de mayo del 2019": the words that join a day, its month and year. */
    private static final Set<String> JOINERS = Set.of("de", "del");
    private static final Map<String, Integer> MONTHS = months();
    private static final Set<String> DATE_WORDS = Set.of(
            "published", "updated", "posted", "modified", "last", "on", "at", "am", "pm", "a", "p", "m", "gmt", "utc",
            "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "hst", "bst", "cet", "cest", "ist", "et", "pt", "th",
            "st", "nd", "rd", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
            "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "date", "time", "t", "z");

    /** "N hours ago": how many hours each unit stands for; under a day is the day the page was read. */
    private static final Map<String, Integer> AGO_HOURS = agoHours();
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");
    /** The words a relative date line may open with. */
    private static final Set<String> LEADS = Set.of("published", "updated", "posted", "modified", "last", "on");
    private static final int MAX_RELATIVE_CHARS = 60;
    private static final int MAX_STORY_DATELINE_CHARS = 80;
    private static final int HOURS_PER_DAY = 24;
    /** What String.split("\\s+") splits on, compiled once: it would compile the pattern on every call. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * "Published 1 day ago", "Updated 19 hours ago", "Today 12:01 AM", "Monday 6:30PM": a date line that counts from
     * the day the page was read, as yyyy-MM-dd; null when the line is not one or that day is unknown.
     */
    String findRelative(String line, LocalDate today) {
        if (today == null || line.length() > MAX_RELATIVE_CHARS) {
            return null;
        }
        List<String> t = tokens(line);
        int i = 0;
        while (i < t.size() && LEADS.contains(t.get(i))) {
            i++;
        }
        if (i >= t.size()) {
            return null;
        }
        String first = t.get(i);
        LocalDate day;
        int rest;
        boolean count = isNumber(first) && first.length() <= 3 || first.equals("a") || first.equals("an");
        if (count && i + 2 < t.size() && AGO_HOURS.containsKey(t.get(i + 1)) && t.get(i + 2).equals("ago")) {
            long hours = (isNumber(first) ? Integer.parseInt(first) : 1) * (long) AGO_HOURS.get(t.get(i + 1));
            day = today.minusDays(hours / HOURS_PER_DAY);
            rest = i + 3;
        } else if (first.equals("today") || first.equals("yesterday")) {
            day = first.equals("today") ? today : today.minusDays(1);
            rest = i + 1;
        } else if (WEEKDAYS.contains(first) && line.indexOf(':') > 0 && i + 1 < t.size() && isNumber(t.get(i + 1))) {
            // "Monday 6:30PM": a day of the week the page was read in, with the time it was posted.
            day = today.with(TemporalAdjusters.previousOrSame(CalendarMath.weekday(first)));
            rest = i + 1;
        } else {
            return null;
        }
        for (int j = rest; j < t.size(); j++) {
            if (!isDateToken(t.get(j))) {
                return null;
            }
        }
        return day.toString();
    }

    /**
     * "WASHINGTON, Nov. 19, 2019 (Reuters) - The ...", "LONDON, Nov 19 (Reuters) —": the dateline an agency opens a
     * story with, up to its dash, when it holds a number; null when the paragraph opens otherwise. A place in
     * capitals starts it.
     */
    static String storyDateline(String paragraph) {
        int end = -1;
        for (String dash : new String[] {" - ", " — ", " – ", " -- ", "—"}) {
            int at = paragraph.indexOf(dash);
            end = at > 0 && at <= MAX_STORY_DATELINE_CHARS && (end < 0 || at < end) ? at : end;
        }
        int space = paragraph.indexOf(' ');
        String place = space > 0 ? paragraph.substring(0, space).replace(",", "") : "";
        if (end < 0 || place.length() < 2 || !place.equals(place.toUpperCase(Locale.ROOT))
                || !Text.hasLetters(place, 2)) {
            return null;
        }
        String dateline = paragraph.substring(0, end);
        return Text.hasDigit(dateline) ? dateline : null;
    }

    /** A line that is mostly a date: time words and numbers, at most a name or a label beside them. */
    boolean isDateline(String line) {
        // Each of the four shapes below holds a number (a day, a year, a clock): a line without a digit is
        // answered without tokenizing it, which matters on pages of thousands of short lines.
        if (!Text.hasDigit(line) || hasMoreRunsThan(line, MAX_WORDS)) {
            return false;
        }
        List<String> tokens = tokens(line);
        // A line of prose with a number in it is told by its words first: looking for a date in it found none.
        return !tokens.isEmpty() && tokens.size() <= MAX_WORDS && isMostlyDateTokens(tokens)
                && (firstDate(tokens) != null || hasNumericDate(line) || isClock(line, tokens) || hasMonthDay(tokens))
                && !isSentence(line);
    }

    /** At least half the tokens are numbers, months or words of a date line. */
    private static boolean isMostlyDateTokens(List<String> tokens) {
        int dateTokens = 0;
        for (String token : tokens) {
            if (isDateToken(token)) {
                dateTokens++;
            }
        }
        return dateTokens * 2 >= tokens.size();
    }

    /**
     * More runs of letters and digits than {@code max}: then {@link #tokens}, which also splits letters from
     * digits, gives more than {@code max} too. Answers a line of prose without tokenizing it.
     */
    private static boolean hasMoreRunsThan(String line, int max) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < line.length() && runs <= max; i++) {
            boolean letterOrDigit = Text.isLetterOrDigit(line.charAt(i));
            runs += letterOrDigit && !inRun ? 1 : 0;
            inRun = letterOrDigit;
        }
        return runs > max;
    }

    /**
     * "The 139th was formed at Camp Howe on September 1, 1862.", "Iceland Air Defense Force, 24 April 1952 -- 8 March
     * 1954.": numbers make half its words, but three words that are no part of a date say it is a sentence when two
     * of them are in lower case ("was", "formed") or a full stop ends it. A date line has at most a label and a name
     * beside its date ("Posted in Politics"); one in another language a weekday ("segunda-feira").
     */
    private static boolean isSentence(String line) {
        int lower = 0;
        int other = 0;
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean letter = i < line.length() && Character.isLetter(line.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String word = line.substring(start, i);
                String key = word.toLowerCase(Locale.ROOT);
                if (word.length() >= 3 && !DATE_WORDS.contains(key) && !MONTHS.containsKey(key)
                        && !LINKING_WORDS.contains(key) && !AGO_HOURS.containsKey(key)) {
                    other++;
                    lower += Character.isLowerCase(word.charAt(0)) ? 1 : 0;
                }
                start = -1;
            }
        }
        return other >= 3 && (lower >= 2 || line.endsWith("."));
    }

    /**
     * "BAAR, SWITZERLAND", "LONDON 1996-08-30", "AL-AIN, United Arab Emirates 1996-12-06": a wire story's dateline
     * on a line of its own: a place in capitals, then its country or region and a date, either or both.
     */
    static boolean isPlaceDateline(String line) {
        // Most lines do not open with a word in capitals: answered before the regular expression splits them.
        String trimmed = line.trim();
        int firstEnd = 0;
        while (firstEnd < trimmed.length() && " \t\n\u000B\f\r".indexOf(trimmed.charAt(firstEnd)) < 0) {
            firstEnd++;
        }
        if (!isCapitalsWord(trimmed.substring(0, firstEnd))) {
            return false;
        }
        String[] words = WHITESPACE.split(trimmed);
        if (words.length > MAX_PLACE_DATELINE_WORDS || Text.endsSentence(line)) {
            return false;
        }
        int i = 0;
        boolean comma = false;
        while (i < words.length && !comma && isCapitalsWord(words[i])) {
            comma = words[i].endsWith(",");
            i++;
        }
        if (i == 0) {
            return false;
        }
        int region = i;
        while (comma && i < words.length && Character.isUpperCase(words[i].charAt(0)) && !Text.hasDigit(words[i])) {
            i++;
        }
        boolean named = comma && i > region;
        List<String> rest = tokens(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
        boolean dated = !rest.isEmpty() && Text.hasDigit(line);
        for (String token : rest) {
            dated &= isDateToken(token);
        }
        return (named || dated) && (rest.isEmpty() || dated);
    }

    /** "LONDON", "AL-AIN,", "ST. LOUIS": letters in capitals, at least two. */
    private static boolean isCapitalsWord(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (c != '-' && c != '.' && c != '\'' && !(c == ',' && i == word.length() - 1)) {
                return false;
            }
        }
        return letters >= 2;
    }

    /** "Updated", "Nov", "Published": a word of a date line, which a name never starts with. */
    boolean isDateWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return !lower.isEmpty() && isDateToken(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    /**
     * The first date the text states, as yyyy-MM-dd, or null; in a line that gives the update first ("Updated Nov 20,
     * 2019; Published Nov 19, 2019"), the publication's.
     */
    String find(String text) {
        LocalDate written = firstDate(publication(tokens(text)));
        if (written != null) {
            return written.toString();
        }
        return Text.hasDigit(text) ? numericDate(text) : null;
    }

    /** The tokens from "published" or "posted" on when an update's date comes before them, else all of them. */
    private static List<String> publication(List<String> tokens) {
        int updated = -1;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (updated < 0 && (token.equals("updated") || token.equals("modified"))) {
                updated = i;
            } else if (updated >= 0 && (token.equals("published") || token.equals("posted"))) {
                return tokens.subList(i, tokens.size());
            }
        }
        return tokens;
    }

    /**
     * "11/19/19", "19.11.2019": read only when one of the first two numbers is over 12, so that it can only be the
     * day; "05/10/2018" could be May or October and is left unread.
     */
    private static String numericDate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            int firstEnd = digitsEnd(text, i);
            char separator = firstEnd < text.length() ? text.charAt(firstEnd) : ' ';
            if (separator != '/' && separator != '.' || firstEnd - i > 2) {
                continue;
            }
            int secondEnd = digitsEnd(text, firstEnd + 1);
            if (secondEnd - firstEnd - 1 < 1 || secondEnd - firstEnd - 1 > 2 || secondEnd >= text.length()
                    || text.charAt(secondEnd) != separator) {
                continue;
            }
            int yearEnd = digitsEnd(text, secondEnd + 1);
            int yearDigits = yearEnd - secondEnd - 1;
            if (yearDigits != 2 && yearDigits != 4 || yearEnd < text.length() && Character.isLetter(text.charAt(yearEnd))) {
                continue;
            }
            int first = Text.digitsValue(text, i, firstEnd);
            int second = Text.digitsValue(text, firstEnd + 1, secondEnd);
            int year = Text.digitsValue(text, secondEnd + 1, yearEnd) + (yearDigits == 2 ? 2000 : 0);
            LocalDate date = first <= 12 && second > 12 ? date(year, first, second)
                    : second <= 12 && first > 12 ? date(year, second, first) : null;
            if (date != null) {
                return date.toString();
            }
        }
        return null;
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static LocalDate firstDate(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            LocalDate date = dateAt(tokens, i);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static LocalDate dateAt(List<String> t, int i) {
        String a = t.get(i);
        // 2019-11-18 (ISO, the tokenizer splits on the dashes)
        if (a.length() == 4 && isNumber(a) && i + 2 < t.size() && isNumber(t.get(i + 1)) && isNumber(t.get(i + 2))) {
            return date(Integer.parseInt(a), Integer.parseInt(t.get(i + 1)), leadingNumber(t.get(i + 2)));
        }
        Integer month = MONTHS.get(a);
        // Nov 19, 2019 / November 19th 2019 / Nov 19 20197:05 AM (the dump ran the year into the time)
        if (month != null && i + 2 < t.size() && isDay(t.get(i + 1))) {
            int next = i + 2 < t.size() && isOrdinal(t.get(i + 2)) ? i + 3 : i + 2;
            int year = next < t.size() ? year(t.get(next), true) : 0;
            if (year > 0) {
                return date(year, month, Integer.parseInt(t.get(i + 1)));
            }
        }
        // 19 Nov 2019 / 19th November 2019 / 22 de janeiro de 2018
        if (isDay(a) && i + 2 < t.size()) {
            int m = skipJoiner(t, isOrdinal(t.get(i + 1)) ? i + 2 : i + 1);
            Integer named = m < t.size() ? MONTHS.get(t.get(m)) : null;
            int y = skipJoiner(t, m + 1);
            if (named != null && y < t.size() && isYear(t.get(y))) {
                return date(Integer.parseInt(t.get(y)), named, Integer.parseInt(a));
            }
        }
        return null;
    }

    private static int skipJoiner(List<String> t, int i) {
        return i < t.size() && JOINERS.contains(t.get(i)) ? i + 1 : i;
    }

    /** The year a token states, or 0; with {@code glued}, also the year that opens "20197" (2019, 7 o'clock). */
    private static int year(String token, boolean glued) {
        if (isYear(token)) {
            return Integer.parseInt(token);
        }
        boolean runIntoTime = glued && (token.length() == 5 || token.length() == 6) && isNumber(token)
                && (token.startsWith("19") || token.startsWith("20"));
        return runIntoTime ? Integer.parseInt(token.substring(0, 4)) : 0;
    }

    /**
     * The first month and day the text states without a year ("Posted Nov 18, 8:19 PM", "Nov 18"), as a
     * month-day; null when there is none, or when a year follows it.
     */
    MonthDay findMonthDay(String text) {
        List<String> t = publication(tokens(text));
        for (int i = 0; i + 1 < t.size(); i++) {
            Integer month = MONTHS.get(t.get(i));
            int day = -1;
            if (month != null && isDay(t.get(i + 1))) {
                day = Integer.parseInt(t.get(i + 1));
            } else if (isDay(t.get(i)) && (month = MONTHS.get(t.get(skipJoiner(t, i + 1)))) != null) {
                day = Integer.parseInt(t.get(i));
            }
            if (day > 0 && dateAt(t, i) == null) {
                try {
                    return MonthDay.of(month, day);
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return year >= 1900 && year <= 2100 ? LocalDate.of(year, month, day) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "Nov 19": a page's own date line often leaves out the year. */
    private static boolean hasMonthDay(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (MONTHS.containsKey(tokens.get(i)) && isDay(tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** "5:50 PM", "10:43 GMT": a time alone on its line. */
    private static boolean isClock(String line, List<String> tokens) {
        return line.indexOf(':') > 0 && Character.isDigit(line.charAt(0))
                && allDateTokens(tokens);
    }

    private static boolean allDateTokens(List<String> tokens) {
        for (String token : tokens) {
            if (!isDateToken(token)) {
                return false;
            }
        }
        return true;
    }

    /** 11/19/19, 05.10.2018: a date even when the order of day and month is unknown. */
    private static boolean hasNumericDate(String line) {
        int digits = 0;
        int groups = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if ((c == '/' || c == '.') && digits > 0 && digits <= 4) {
                groups++;
                digits = 0;
                if (groups == 2 && i + 1 < line.length() && Character.isDigit(line.charAt(i + 1))) {
                    return true;
                }
            } else {
                digits = 0;
                groups = 0;
            }
        }
        return false;
    }

    private static boolean isDateToken(String token) {
        return Character.isDigit(token.charAt(0)) || MONTHS.containsKey(token) || DATE_WORDS.contains(token);
    }

    private static boolean isDay(String token) {
        if (token.length() > 2 || !isNumber(token)) {
            return false;
        }
        int day = Text.digitsValue(token, 0, token.length());
        return day >= 1 && day <= 31;
    }

    private static boolean isYear(String token) {
        return token.length() == 4 && isNumber(token);
    }

    private static boolean isOrdinal(String token) {
        return token.equals("st") || token.equals("nd") || token.equals("rd") || token.equals("th");
    }

    private static boolean isNumber(String token) {
        return !token.isEmpty() && Text.isDigits(token, token.length());
    }

    /** "18t23" (ISO date and time run together by the tokenizer): its day. */
    private static int leadingNumber(String token) {
        int end = 0;
        while (end < token.length() && Character.isDigit(token.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(token.substring(0, Math.min(end, 2)));
    }

    /** Lowercase runs of letters or of digits: "19th" is "19", "th"; "2019-11-18" is three numbers. */
    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        // Each character's class is looked up once, and the token's own when it starts.
        boolean digits = false;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            boolean letterOrDigit = Character.isLetterOrDigit(c);
            boolean digit = Character.isDigit(c);
            if (start >= 0 && !(letterOrDigit && digit == digits)) {
                tokens.add(lower.substring(start, i));
                start = -1;
            }
            if (start < 0 && letterOrDigit) {
                start = i;
                digits = digit;
            }
        }
        return tokens;
    }

    private static Map<String, Integer> agoHours() {
        Map<String, Integer> hours = new HashMap<>();
        for (String unit : List.of("second", "seconds", "sec", "secs", "s", "minute", "minutes", "min", "mins", "m")) {
            hours.put(unit, 0);
        }
        List.of("hour", "hours", "hr", "hrs", "h").forEach(unit -> hours.put(unit, 1));
        List.of("day", "days", "d").forEach(unit -> hours.put(unit, HOURS_PER_DAY));
        List.of("week", "weeks", "w").forEach(unit -> hours.put(unit, HOURS_PER_DAY * 7));
        return Map.copyOf(hours);
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"};
        Map<String, Integer> months = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            months.put(names[i], i + 1);
            months.put(names[i].substring(0, 3), i + 1);
        }
        months.put("sept", 9);
        // Full names only in other languages (their abbreviations collide with words): de, fr, es, pt, it, nl, id, ru.
        for (String[] language : OTHER_MONTHS) {
            for (int i = 0; i < language.length; i++) {
                months.putIfAbsent(language[i], i + 1);
            }
        }
        return Map.copyOf(months);
    }
}
