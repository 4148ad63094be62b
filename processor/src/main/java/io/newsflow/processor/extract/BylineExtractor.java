package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a byline ("By Jane Doe and John Roe | Staff Writers", "Jane Doe - Nov 19, 2019"): tells it from a
 * sentence that starts with "By", and takes the names out of it. A name is a run of capitalized words; a
 * separator, a date, a lowercase word or a role ends it.
 */
final class BylineExtractor {

    private static final int MAX_WORDS = 20;
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_LOWERCASE_NAME_WORDS = 3;
    private static final Set<String> FUNCTION_WORDS = StopWords.of("en");
    private static final String[] PREFIXES = {"by ", "written by ", "words by ", "reported by ",
            "posted by ", "published by ", "story by ", "text by "};
    private static final String PREFIX_INITIALS = PageVocabulary.initials(List.of(PREFIXES));
    private static final Set<String> JOINERS = Set.of("and", "&", ",");
    /** A date right after the name ("by Regan December 6, 2017") is not part of it. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "updated", "published", "posted");
    /** Months that are also names: a date word only when a number follows. */
    private static final Set<String> MONTHS_ALSO_NAMES = Set.of("april", "may", "june", "august");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "da", "del", "di", "la", "le",
            "bin", "al", "ibn");
    /** "Jane Doe Senior Reporter", "By Jane Doe, Staff Writer": a trade ends the names, with the words that rank it. */
    private static final Set<String> ROLES = Set.of("journalist", "reporter", "writer", "editor", "correspondent",
            "columnist", "contributor", "analyst", "staff", "photographer", "producer", "blogger");
    private static final Set<String> RANKS = Set.of("senior", "chief", "contributing", "associate", "managing",
            "deputy", "executive", "political", "national", "special", "guest", "assistant", "sports", "business",
            "news", "science", "health", "tech", "technology", "foreign", "investigative", "digital", "staff");
    /** "By Jane Doe For Dailymail.com", "Jane Doe In Washington": a capitalized preposition is no part of a name. */
    private static final Set<String> PREPOSITIONS = Set.of("for", "in", "at", "on", "with", "from", "via");

    /** A line that states who wrote the story and little else. */
    boolean isByline(String line) {
        return !bylineNames(line).isEmpty();
    }

    /** The names of a line that {@link #isByline}, read once for both questions; empty for any other line. */
    List<String> bylineNames(String line) {
        return opensLikeByline(line) && line.split(" ").length <= MAX_WORDS && !endsSentence(line) ? names(line)
                : List.of();
    }

    /** Opens with "By" or another of the words a byline opens with: no other line is one. */
    static boolean opensLikeByline(String line) {
        return prefixLength(line) > 0;
    }

    /** "By Jane Doe | Nov. 19, 2019 at 5:30 p.m.": a clock is no end of a sentence. */
    private static boolean endsSentence(String line) {
        String end = line.substring(Math.max(0, line.length() - 4)).toLowerCase(Locale.ROOT);
        return Text.endsSentence(line) && !end.equals("a.m.") && !end.equals("p.m.");
    }

    /**
     * The names a credit line without a leading "By" states, when it is one: a name with the date ("Chris Davies -
     * Nov 19, 2019"), a date with "by" and the name ("11/19/2019 by Lars Brandle"), or a person's name alone, maybe
     * with a role or a handle ("Steve Peoples, AP National Political Writer", "Zac Hall"). A name alone must look
     * like a person's (a known given name or surname), as a kicker or a section label has the same shape.
     */
    List<String> creditNames(String line, DatelineExtractor datelines) {
        if (line.split(" ").length > MAX_WORDS || endsSentence(line)) {
            return List.of();
        }
        String lower = line.toLowerCase(Locale.ROOT);
        int by = lower.indexOf(" by ");
        if (by > 0 && datelines.isDateline(line.substring(0, by))) {
            return names(line.substring(by + 1));
        }
        List<String> names = names(line);
        if (names.isEmpty()) {
            return nameAfterDate(line, datelines);
        }
        if (opensWithDateWord(names, datelines)) {
            return List.of();
        }
        boolean dated = datelines.isDateline(line);
        if (dated && names.size() == 1 && Gazetteer.get().isOrganisation(names.get(0))) {
            return names; // "Reuters November 18, 2019 11:03 PM": a news agency's credit
        }
        String first = names.get(0);
        boolean handle = line.startsWith("@", first.length()) && first.indexOf(' ') > 0;
        if (!looksLikePerson(first) && !handle) {
            // "WASHINGTON, Nov. 19": a place starts a date line as often as a name does; "Keris Lahiff@kerisalison"
            // is a person's credit whatever the name, by the social handle glued to it.
            return List.of();
        }
        if (dated) {
            return names;
        }
        String rest = line.substring(Math.min(line.length(), names.get(0).length()));
        boolean alone = names.size() == 1 && rest.isBlank() || rest.startsWith("@") || isAffiliation(rest);
        return alone ? List.of(names.get(0)) : List.of();
    }

    private static boolean opensWithDateWord(List<String> names, DatelineExtractor datelines) {
        for (String name : names) {
            if (datelines.isDateWord(name.split(" ")[0])) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Reuters, Washington,", "Jane Doe, New Delhi": a credit that gives the place the story was filed from; the
     * name must be a person's or an organisation's, the place a known one.
     */
    List<String> placedCredit(String line) {
        String text = line.strip();
        text = text.endsWith(",") ? text.substring(0, text.length() - 1) : text;
        int comma = text.lastIndexOf(", ");
        if (comma <= 0 || text.split(" ").length > MAX_NAME_WORDS * 2 || Text.endsSentence(text)) {
            return List.of();
        }
        String name = text.substring(0, comma);
        String place = text.substring(comma + 2);
        Gazetteer gazetteer = Gazetteer.get();
        boolean placed = gazetteer.isCity(place) || gazetteer.isLocation(place);
        boolean named = gazetteer.isOrganisation(name)
                || looksLikePerson(name) && gazetteer.isGivenName(name.split(" ")[0]) && names(name).size() == 1;
        return placed && named ? List.of(name) : List.of();
    }

    /** ", AP National Political Writer", " | Staff writer", ", Reuters", " - CNN": what a name's credit adds. */
    private static boolean isAffiliation(String rest) {
        for (String separator : new String[] {", ", " | ", " - ", " / "}) {
            if (rest.startsWith(separator)) {
                String after = rest.substring(separator.length()).strip();
                return PageVocabulary.mentionsJournalism(after) || Gazetteer.get().isOrganisation(after);
            }
        }
        return false;
    }

    /**
     * "21/06/2014 Tony Carter All, Books, News", "Published Tue, Nov 19 2019 7:05 AM EST Keris Lahiff@kerisalison":
     * a date line that goes on with who wrote the story. The name must look like a person's or carry a handle.
     */
    private List<String> nameAfterDate(String line, DatelineExtractor datelines) {
        if (!Text.hasDigit(line)) {
            return List.of();
        }
        for (int space = line.indexOf(' '); space > 0; space = line.indexOf(' ', space + 1)) {
            String rest = line.substring(space + 1);
            if (rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))
                    || datelines.isDateWord(strip(rest.split(" ")[0]))) {
                continue;
            }
            String date = line.substring(0, space);
            List<String> names = names(rest);
            if (names.isEmpty() || !datelines.isDateline(date)
                    || datelines.find(date) == null && datelines.findMonthDay(date) == null) {
                continue;
            }
            String name = names.get(0);
            if (rest.startsWith("@", name.length()) && name.indexOf(' ') > 0) {
                return List.of(name);
            }
            String person = personOpening(name);
            if (person != null) {
                return List.of(person);
            }
        }
        return List.of();
    }

    /** The name, or its first two words when a label ran into it ("Tony Carter All"); null when no person's. */
    private static String personOpening(String name) {
        String[] words = name.split(" ");
        if (words.length == 3 && !Gazetteer.get().isSurname(words[2])) {
            String two = words[0] + " " + words[1];
            return looksLikePerson(two) ? two : null;
        }
        return looksLikePerson(name) ? name : null;
    }

    private static boolean looksLikePerson(String name) {
        String[] words = name.split(" ");
        Gazetteer names = Gazetteer.get();
        return words.length >= 2 && words.length <= 3
                && (names.isGivenName(words[0]) || names.isSurname(words[words.length - 1]));
    }

    /** No word in lower case but "by", "and" and trades ("By Jane Doe | Staff writer"): a credit, not a phrase. */
    static boolean hasOnlyCreditWords(String line) {
        for (String word : line.split(" ")) {
            String bare = strip(word);
            if (!bare.isEmpty() && Character.isLowerCase(bare.charAt(0)) && !bare.equals("by")
                    && !JOINERS.contains(bare) && !ROLES.contains(bare) && !RANKS.contains(bare)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names of the lines that go on a byline ("and John Roe", "& John Roe", or another "By John Roe"), up to the
     * first line that does not; empty when none does.
     */
    List<String> continuedNames(List<String> lines) {
        List<String> more = new ArrayList<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            String rest = lower.startsWith("and ") ? line.substring(4) : lower.startsWith("& ") ? line.substring(2) : null;
            List<String> names = rest != null && !endsSentence(line) && line.split(" ").length <= MAX_NAME_WORDS * 2
                    ? names("By " + rest) : isByline(line) ? names(line) : List.of();
            if (names.isEmpty()) {
                break;
            }
            more.addAll(names);
        }
        return more;
    }

    /** The names a byline states, in order; empty when it names no one. */
    List<String> names(String line) {
        int start = prefixLength(line);
        String lowercase = start > 0 ? lowercaseName(line.substring(start)) : null;
        if (lowercase != null) {
            return List.of(lowercase);
        }
        List<String> names = new ArrayList<>();
        List<String> current = new ArrayList<>();
        List<String> words = words(line.substring(start));
        for (int w = 0; w < words.size(); w++) {
            String word = words.get(w);
            String bare = strip(word);
            if (bare.indexOf('@') > 0) {
                // "Jane Doe@janedoe": a social handle glued to the name.
                current.add(bare.substring(0, bare.indexOf('@')));
                break;
            }
            int glued = gluedWordEnd(bare);
            if (glued > 0) {
                // "JamesStaff Writer": the dump lost the break between the name and what follows it.
                current.add(bare.substring(0, glued));
                break;
            }
            boolean capitalized = !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0))
                    && !(isCalendarWord(bare) && (current.isEmpty() || isPartOfDate(words, w)));
            String lower = bare.toLowerCase(Locale.ROOT);
            if (ROLES.contains(lower) && endsPersonsName(current, names)) {
                break;
            }
            if (PREPOSITIONS.contains(lower)) {
                break;
            }
            boolean joiner = JOINERS.contains(lower);
            if (joiner || word.endsWith(",")) {
                if (capitalized && !joiner) {
                    current.add(bare);
                }
                flush(current, names);
                if (!capitalized && !joiner) {
                    break;
                }
            } else if (capitalized && Text.hasLetters(bare, 1) && current.size() < MAX_NAME_WORDS
                    || !current.isEmpty() && PARTICLES.contains(bare)) {
                current.add(bare);
            } else {
                break;
            }
        }
        flush(current, names);
        if (names.size() > 1 && isAgencyOrPlace(names.get(names.size() - 1))) {
            // "By Jane Doe, Reuters", "By Jane Doe and John Roe, Washington": who they write for, or where.
            names.remove(names.size() - 1);
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.equals(name.toUpperCase(Locale.ROOT))) {
                names.set(i, Text.titleCase(name));
            }
        }
        return names;
    }

    /**
     * A trade after a person's name ends it, with the words that rank it ("Jane Doe Senior Reporter"); after
     * anything else it is the credit ("By Staff Reports", "HNN Staff").
     */
    private static boolean endsPersonsName(List<String> current, List<String> names) {
        int end = current.size();
        while (end > 0 && RANKS.contains(current.get(end - 1).toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end == 0 ? names.isEmpty() : !looksLikePerson(String.join(" ", current.subList(0, end)))) {
            return false;
        }
        current.subList(end, current.size()).clear();
        return true;
    }

    private static boolean isAgencyOrPlace(String name) {
        Gazetteer gazetteer = Gazetteer.get();
        return gazetteer.isOrganisation(name) || gazetteer.isLocation(name) || gazetteer.isCity(name);
    }

    /**
     * "By admin - 2018-09-16", "by jane doe | staff": a name some sites print in lower case, up to a separator, a
     * date or the end of the line. Words of a phrase ("by the river", "by clicking here") are no name.
     */
    private static String lowercaseName(String rest) {
        List<String> name = new ArrayList<>();
        for (String word : words(rest)) {
            String bare = strip(word);
            boolean lowerWord = !bare.isEmpty() && isAllLowerCase(bare);
            if (!lowerWord || name.size() == MAX_LOWERCASE_NAME_WORDS) {
                boolean ends = !Text.hasLetters(bare, 1) || Character.isDigit(bare.charAt(0)) || isCalendarWord(bare);
                return ends && !name.isEmpty() ? String.join(" ", name) : null;
            }
            if (FUNCTION_WORDS.contains(bare) || bare.endsWith("ing") || isCalendarWord(bare)) {
                return null;
            }
            name.add(bare);
            if (word.endsWith(",")) {
                return String.join(" ", name);
            }
        }
        return name.isEmpty() ? null : String.join(" ", name);
    }

    private static boolean isAllLowerCase(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Where a word ends that runs into the next one ("GarberFOXBusiness"), or 0; "McDonald" is one word. */
    private static int gluedWordEnd(String word) {
        int lowerRun = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) && lowerRun >= 4) {
                return i;
            }
            lowerRun = Character.isLowerCase(c) ? lowerRun + 1 : 0;
        }
        return 0;
    }

    private static void flush(List<String> current, List<String> names) {
        int half = current.size() / 2;
        if (half > 0 && current.size() % 2 == 0 && current.subList(0, half).equals(current.subList(half, current.size()))) {
            // "Sean Martin Sean Martin": a name printed twice (a link and its label).
            current.subList(half, current.size()).clear();
        }
        if (!current.isEmpty()) {
            names.add(String.join(" ", current));
            current.clear();
        }
    }

    /**
     * Whether the calendar word at {@code w} belongs to a date rather than to a name: it cannot be a name ("Nov.",
     * "Tuesday"), or a number or another calendar word follows ("Jane Doe May 5", "Jane Doe Updated 5:30 PM");
     * "Theresa May" ends with her name.
     */
    private static boolean isPartOfDate(List<String> words, int w) {
        boolean dateFollows = w + 1 < words.size()
                && (Character.isDigit(words.get(w + 1).charAt(0)) || isCalendarWord(words.get(w + 1)));
        return dateFollows || !MONTHS_ALSO_NAMES.contains(words.get(w).toLowerCase(Locale.ROOT));
    }

    private static boolean isCalendarWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return CALENDAR.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    private static int prefixLength(String line) {
        // Asked of most short lines of a page: one whose first character is in ASCII and opens no prefix is answered
        // at once. Beyond ASCII, a letter may match one ignoring case ("ſ" as "s").
        if (line.isEmpty() || line.charAt(0) < 0x80 && PREFIX_INITIALS.indexOf(line.charAt(0)) < 0) {
            return 0;
        }
        for (String prefix : PREFIXES) {
            if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return prefix.length();
            }
        }
        return 0;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Quotes, brackets and a trailing comma off; "|" and "-" become empty, which ends the name. */
    private static String strip(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && "\"'“‘(".indexOf(word.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "\"'”’),:;".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end);
    }
}
