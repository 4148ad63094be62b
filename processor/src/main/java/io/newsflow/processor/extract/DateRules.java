package io.newsflow.processor.extract;

import static io.newsflow.processor.extract.CalendarMath.month;
import static io.newsflow.processor.extract.DateRules.Trigger.COUNT_DIGITS;
import static io.newsflow.processor.extract.DateRules.Trigger.DAY_DIGITS;
import static io.newsflow.processor.extract.DateRules.Trigger.FOUR_DIGITS;
import static io.newsflow.processor.extract.DateRules.Trigger.MONTH;
import static io.newsflow.processor.extract.DateRules.Trigger.MONTH_MODIFIER;
import static io.newsflow.processor.extract.DateRules.Trigger.NUMBER;
import static io.newsflow.processor.extract.DateRules.Trigger.RELATIVE;
import static io.newsflow.processor.extract.DateRules.Trigger.UNIT_MODIFIER;
import static io.newsflow.processor.extract.DateRules.Trigger.WEEKDAY;
import static io.newsflow.processor.extract.DateRules.Trigger.WEEKDAY_MODIFIER;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms {@link DateExtractor} knows, each a pattern tried where a word could start it, and how it
 * resolves. Names are English and capitalised: "may" and "march" in lower case are words, not months.
 * Patterns have bounded repetition only.
 */
final class DateRules {

    /**
     * What kind of word can start a date form. A number is told by how many ASCII digits open it ({@code \d} is
     * ASCII only): a day is one or two, a count of days one to three, a year or an ISO date four. A modifier ("last",
     * "this") is told by what it can modify, a month, a weekday or a unit ("week"), each a date form of its own.
     */
    enum Trigger {
        DAY_DIGITS, COUNT_DIGITS, FOUR_DIGITS, MONTH, WEEKDAY, RELATIVE, MONTH_MODIFIER, WEEKDAY_MODIFIER,
        UNIT_MODIFIER, NUMBER;

        /** Triggers as bits of an int: a word's and a rule's are matched with one AND, on every word of a text. */
        int bit() {
            return 1 << ordinal();
        }

        static int bits(Set<Trigger> triggers) {
            int bits = 0;
            for (Trigger trigger : triggers) {
                bits |= trigger.bit();
            }
            return bits;
        }
    }

    private static final String FULL_MONTH = "(January|February|March|April|May|June|July|August|September"
            + "|October|November|December)(?!\\p{L})";
    private static final String ANY_MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?!\\p{L})";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:%])\\b";
    private static final String YEAR = "((?:1[89]|20)\\d\\d)\\b(?!-)";
    private static final String WEEKDAY_NAME = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?!\\p{L})";
    private static final String MODIFIER_WORD = "(?:([Ll]ast|[Nn]ext|[Tt]his) )?";
    private static final String COUNT = "(?i)(\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten)";
    /** Words after which a lone month or year is a date: "in April", "since 2015", "mid-August". */
    private static final Set<String> DATE_CONTEXT = Set.of("in", "since", "until", "till", "by", "from", "during",
            "before", "after", "through", "early", "late", "mid", "end", "of");
    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");

    private static final int LONGEST_TRIGGER = 9;
    private static final Map<String, Integer> TRIGGER_WORDS = triggerWords();
    /**
     * The trigger words as {@link #asciiKey}s in an open-addressing table, and each one's {@link Trigger#bits} in
     * the same slot: a word of a text is looked up without a copy or lower-casing, and most words, which are none
     * of them, meet an empty slot at once.
     */
    private static final long[] TRIGGER_KEYS = new long[128];
    private static final int[] TRIGGER_BITS = new int[TRIGGER_KEYS.length];
    /**
     * The trigger words' {@link WordRuns#lowerHashes}, as bits of a small table at {@link #hashBit}: a word of a text
     * whose bit is clear is none of them, told by the hash the scan for runs made already, without a look at its
     * characters; the few others that share a bit are told apart by {@link #triggers}.
     */
    private static final long[] TRIGGER_HASH_BITS = new long[64];
    /** The triggers whose date forms are tried whatever follows the word: see {@link #goOnWith}. */
    private static final int ALWAYS_TRIED = FOUR_DIGITS.bit() | MONTH.bit() | WEEKDAY.bit() | RELATIVE.bit();

    static {
        TRIGGER_WORDS.forEach((word, bits) -> {
            long key = asciiKey(word.toCharArray(), 0, word.length());
            int slot = slot(key);
            while (TRIGGER_KEYS[slot] != 0) {
                slot = (slot + 1) % TRIGGER_KEYS.length;
            }
            TRIGGER_KEYS[slot] = key;
            TRIGGER_BITS[slot] = bits;
            int hashBit = hashBit(WordRuns.lowerHash(word.toCharArray(), 0, word.length()));
            TRIGGER_HASH_BITS[hashBit >>> 6] |= 1L << hashBit;
        });
    }

    static final List<Rule> RULES = List.of(
            new Rule(EnumSet.of(FOUR_DIGITS), "\\b(\\d{4})-(\\d{2})-(\\d{2})\\b",
                    (m, ref) -> CalendarMath.date(num(m, 1), num(m, 2), num(m, 3))),
            new Rule(EnumSet.of(DAY_DIGITS), "\\b(\\d{1,2})([/.])(\\d{1,2})\\2" + YEAR,
                    (m, ref) -> numeric(num(m, 1), num(m, 3), num(m, 4))),
            new Rule(EnumSet.of(MONTH), "\\b" + ANY_MONTH + " " + DAY + "(?:,? " + YEAR + ")?",
                    (m, ref) -> m.group(3) != null ? CalendarMath.date(num(m, 3), month(m.group(1)), num(m, 2))
                            : CalendarMath.dayWithoutYear(month(m.group(1)), num(m, 2), ref)),
            new Rule(EnumSet.of(DAY_DIGITS), "\\b" + DAY + " (?:of )?" + ANY_MONTH + "(?:,? " + YEAR + ")?",
                    (m, ref) -> m.group(3) != null ? CalendarMath.date(num(m, 3), month(m.group(2)), num(m, 1))
                            : CalendarMath.dayWithoutYear(month(m.group(2)), num(m, 1), ref)),
            new Rule(EnumSet.of(MONTH), "\\b" + ANY_MONTH + ",? " + YEAR,
                    (m, ref) -> m.group(2) + "-%02d".formatted(month(m.group(1)))),
            new Rule(EnumSet.of(MONTH, MONTH_MODIFIER), "\\b" + MODIFIER_WORD + FULL_MONTH, DateRules::isLoneMonthADate,
                    (m, ref) -> CalendarMath.monthWithoutYear(month(m.group(2)), modifier(m), ref)),
            new Rule(EnumSet.of(WEEKDAY, WEEKDAY_MODIFIER), "\\b" + MODIFIER_WORD + WEEKDAY_NAME,
                    (m, ref) -> CalendarMath.weekday(CalendarMath.weekday(m.group(2)), modifier(m), ref)),
            new Rule(EnumSet.of(RELATIVE), "\\b([Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow)\\b",
                    (m, ref) -> CalendarMath.shifted(ref, switch (m.group(1).toLowerCase(Locale.ROOT)) {
                        case "yesterday" -> -1;
                        case "tomorrow" -> 1;
                        default -> 0;
                    }, "day")),
            // A week has no yyyy-MM-dd, yyyy-MM or yyyy form: "last week" is kept, unresolved.
            new Rule(EnumSet.of(UNIT_MODIFIER), "\\b([Ll]ast|[Nn]ext|[Tt]his) (week|month|year)\\b",
                    (m, ref) -> m.group(2).equals("week") ? null : CalendarMath.shifted(ref,
                            switch (modifier(m)) {
                                case "last" -> -1;
                                case "next" -> 1;
                                default -> 0;
                            }, m.group(2))),
            new Rule(EnumSet.of(COUNT_DIGITS, NUMBER), "\\b" + COUNT + " (day|week|month|year)s? ago\\b",
                    (m, ref) -> CalendarMath.shifted(ref, -amount(m.group(1)), m.group(2).toLowerCase(Locale.ROOT))),
            new Rule(EnumSet.of(FOUR_DIGITS), "\\b" + YEAR, (m, body) -> inDateContext(body, m.start()),
                    (m, ref) -> m.group(1)));

    /** Day and month order is a house convention, so 05/08/2019 says only its year; 23/09/2019 says more. */
    private static String numeric(int first, int second, int year) {
        if (first > 12 && second <= 12) {
            return CalendarMath.date(year, second, first);
        }
        if (second > 12 && first <= 12 || first == second) {
            return CalendarMath.date(year, first, second);
        }
        return first <= 31 && second <= 31 ? String.valueOf(year) : null;
    }

    /** "May" also names people and is a verb: only after a date word. Any month before a name is a name. */
    private static boolean isLoneMonthADate(Matcher m, String body) {
        if (m.group(1) != null || inDateContext(body, m.start())) {
            return true;
        }
        boolean beforeName = m.end() + 1 < body.length() && body.charAt(m.end()) == ' '
                && Character.isUpperCase(body.charAt(m.end() + 1));
        return !beforeName && !m.group(2).equals("May");
    }

    /** The word before the match, across one space or hyphen, is a date word. */
    private static boolean inDateContext(String body, int start) {
        int end = start;
        if (end > 0 && (body.charAt(end - 1) == ' ' || body.charAt(end - 1) == '-')) {
            end--;
        }
        int begin = end;
        while (begin > 0 && end - begin < 8 && Character.isLetter(body.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && DATE_CONTEXT.contains(body.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    private static String modifier(Matcher m) {
        return m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
    }

    private static int amount(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Character.isDigit(lower.charAt(0)) ? Integer.parseInt(lower)
                : lower.startsWith("a") ? 1 : NUMBERS.indexOf(lower) + 1;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /**
     * Whether a date form may start at the word that starts at {@code start} and whose lower case hashes to
     * {@code lowerHash} ({@link WordRuns#lowerHashes}): it opens with a digit, or it may be a trigger word. Most words
     * are ruled out so, and the others are asked {@link #triggers}.
     */
    static boolean mayStartDate(char[] text, int start, long lowerHash) {
        int hashBit = hashBit(lowerHash);
        return isAsciiDigit(text[start]) || (TRIGGER_HASH_BITS[hashBit >>> 6] & 1L << hashBit) != 0;
    }

    /** 12 bits of the hash, mixed from all of them: one of 4,096, for a few dozen trigger words. */
    private static int hashBit(long lowerHash) {
        return (int) (lowerHash * 0x9E3779B97F4A7C15L >>> 52);
    }

    /**
     * The kinds of date form the word at [start, end) of the text can start, as {@link Trigger#bits}; 0 for none.
     * The patterns still check case.
     */
    static int triggers(char[] text, int start, int end) {
        int triggers = isAsciiDigit(text[start]) ? numberTriggers(text, start, end) : wordTriggers(text, start, end);
        return triggers == 0 ? 0 : triggers & goOnWith(text, end);
    }

    private static int wordTriggers(char[] text, int start, int end) {
        if (end - start > LONGEST_TRIGGER) {
            return 0;
        }
        long key = asciiKey(text, start, end);
        if (key == 0) {
            return 0;
        }
        int slot = slot(key);
        while (TRIGGER_KEYS[slot] != key && TRIGGER_KEYS[slot] != 0) {
            slot = (slot + 1) % TRIGGER_KEYS.length;
        }
        return TRIGGER_BITS[slot];
    }

    /**
     * The triggers whose date forms can go on with what follows a word that ends at {@code end}: a count ("a", "3")
     * needs " day ago", " weeks ago"... in any case; a day number "/", "." or " " and "of" or a month; a
     * modifier ("this") a space and a month, a weekday, "week", "month" or "year", and only the form of what
     * follows is tried: "last week" is no "last" + month. Most "a"s, "this"s and numbers start no date, and trying
     * the patterns on them was most of what finding dates cost.
     */
    private static int goOnWith(char[] text, int end) {
        char next = end < text.length ? text[end] : 0;
        char after = end + 1 < text.length ? text[end + 1] : 0;
        int triggers = ALWAYS_TRIED;
        if (next == ' ' && isUnitAgo(text, end + 1)) {
            triggers |= NUMBER.bit() | COUNT_DIGITS.bit();
        }
        if (next == '/' || next == '.' || next == ' ' && (after == 'o' || startsMonth(after))) {
            triggers |= DAY_DIGITS.bit();
        }
        if (next == ' ') {
            triggers |= modifiedBy(after);
        }
        return triggers;
    }

    /** The modifier triggers whose date forms can go on with a word that starts with {@code c}. */
    private static int modifiedBy(char c) {
        return (startsMonth(c) ? MONTH_MODIFIER.bit() : 0) | (startsWeekday(c) ? WEEKDAY_MODIFIER.bit() : 0)
                | (c == 'w' || c == 'm' || c == 'y' ? UNIT_MODIFIER.bit() : 0);
    }

    /**
     * Whether "day", "week", "month" or "year", an "s" or not, and " ago" are written from {@code at} on, in any case
     * of ASCII letters ({@link #COUNT} is case-insensitive, and without Unicode case): what a count must be followed
     * by. "a deputy", "3 million" and "9 years of" are most of the counts a text has, and none is tried.
     */
    private static boolean isUnitAgo(char[] text, int at) {
        int end = at + unitLength(text, at);
        if (end == at) {
            return false;
        }
        if (end < text.length && (text[end] | 0x20) == 's') {
            end++;
        }
        return startsWithIgnoringAsciiCase(text, end, " ago");
    }

    private static int unitLength(char[] text, int at) {
        for (String unit : UNITS) {
            if (startsWithIgnoringAsciiCase(text, at, unit)) {
                return unit.length();
            }
        }
        return 0;
    }

    private static final String[] UNITS = {"day", "week", "month", "year"};

    /** @param lower lower-case ASCII letters and spaces */
    private static boolean startsWithIgnoringAsciiCase(char[] text, int at, String lower) {
        if (at + lower.length() > text.length) {
            return false;
        }
        for (int i = 0; i < lower.length(); i++) {
            char c = text[at + i];
            if ((lower.charAt(i) == ' ' ? c : c | 0x20) != lower.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsMonth(char c) {
        return switch (c) {
            case 'J', 'F', 'M', 'A', 'S', 'O', 'N', 'D' -> true;
            default -> false;
        };
    }

    private static boolean startsWeekday(char c) {
        return switch (c) {
            case 'M', 'T', 'W', 'F', 'S' -> true;
            default -> false;
        };
    }

    /** The triggers of a word that opens with ASCII digits, by how many: no date form starts with five. */
    private static int numberTriggers(char[] text, int start, int end) {
        int digits = 1;
        while (digits < 5 && start + digits < end && isAsciiDigit(text[start + digits])) {
            digits++;
        }
        return switch (digits) {
            case 1, 2 -> DAY_DIGITS.bit() | COUNT_DIGITS.bit();
            case 3 -> COUNT_DIGITS.bit();
            case 4 -> FOUR_DIGITS.bit();
            default -> 0;
        };
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** 0-25 for a-z or A-Z, else -1. */
    private static int asciiLetter(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : c >= 'A' && c <= 'Z' ? c - 'A' : -1;
    }

    /** Where in {@link #TRIGGER_KEYS} a key's probe starts: Fibonacci hashing, the top 7 bits of the product. */
    private static int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 57);
    }

    /**
     * The word as a number in base 27, one digit per letter in either case, for words of ASCII letters up to
     * {@value #LONGEST_TRIGGER} long; 0 when any other character is in it. Lower-casing ({@link Locale#ROOT})
     * turns no other character into the ASCII letters of a trigger word (the Kelvin sign gives a "k", which none
     * has), so the key says what the lower-case word would.
     */
    private static long asciiKey(char[] text, int start, int end) {
        long key = 0;
        for (int i = start; i < end; i++) {
            char c = text[i];
            int letter = asciiLetter(c);
            if (letter < 0) {
                return 0;
            }
            key = key * 27 + letter + 1;
        }
        return key;
    }

    private static Map<String, Integer> triggerWords() {
        Map<String, Integer> words = new HashMap<>();
        List.of("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                "dec").forEach(word -> words.put(word, MONTH.bit()));
        List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
                .forEach(word -> words.put(word, WEEKDAY.bit()));
        List.of("today", "tonight", "yesterday", "tomorrow").forEach(word -> words.put(word, RELATIVE.bit()));
        List.of("last", "next", "this").forEach(word -> words.put(word,
                MONTH_MODIFIER.bit() | WEEKDAY_MODIFIER.bit() | UNIT_MODIFIER.bit()));
        List.of("a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
                .forEach(word -> words.put(word, NUMBER.bit()));
        return Map.copyOf(words);
    }

    /** @param triggers the {@link Trigger#bits} of the words the form can start with */
    record Rule(int triggers, Pattern pattern, BiPredicate<Matcher, String> accept, Resolver resolver) {
        Rule(Set<Trigger> triggers, String regex, BiPredicate<Matcher, String> accept, Resolver resolver) {
            this(Trigger.bits(triggers), Pattern.compile(regex), accept, resolver);
        }

        Rule(Set<Trigger> triggers, String regex, Resolver resolver) {
            this(Trigger.bits(triggers), Pattern.compile(regex), (m, body) -> true, resolver);
        }

        /** @param wordTriggers the {@link Trigger#bits} of a word */
        boolean startsAt(int wordTriggers) {
            return (triggers & wordTriggers) != 0;
        }
    }

    /** The ISO date, month or year a match stands for; null when it cannot be resolved. */
    @FunctionalInterface
    interface Resolver {
        String resolve(Matcher match, LocalDate reference);
    }
}
