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
    private static final Set<String> JOINERS = Set.of("and", "&", ",");
    /** A date right after the name ("by Regan December 6, 2017") is not part of it. */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "updated", "published", "posted");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "der", "da", "del", "di", "la", "le",
            "bin", "al", "ibn");

    /** A line that states who wrote the story and little else. */
    boolean isByline(String line) {
        return prefixLength(line) > 0 && line.split(" ").length <= MAX_WORDS && !Text.endsSentence(line)
                && !names(line).isEmpty();
    }

    /**
     * The names a credit line without a leading "By" states, when it is one: a name with the date ("Chris Davies -
     * Nov 19, 2019"), a date with "by" and the name ("11/19/2019 by Lars Brandle"), or a person's name alone, maybe
     * with a role or a handle ("Steve Peoples, AP National Political Writer", "Zac Hall"). A name alone must look
     * like a person's (a known given name or surname), as a kicker or a section label has the same shape.
     */
    List<String> creditNames(String line, DatelineExtractor datelines) {
        if (line.split(" ").length > MAX_WORDS || Text.endsSentence(line)) {
            return List.of();
        }
        String lower = line.toLowerCase(Locale.ROOT);
        int by = lower.indexOf(" by ");
        if (by > 0 && datelines.isDateline(line.substring(0, by))) {
            return names(line.substring(by + 1));
        }
        List<String> names = names(line);
        if (names.isEmpty() || names.stream().anyMatch(name -> datelines.isDateWord(name.split(" ")[0]))) {
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
        boolean alone = names.size() == 1 && rest.isBlank() || rest.startsWith("@")
                || rest.startsWith(", ") && PageVocabulary.mentionsJournalism(rest);
        return alone ? List.of(names.get(0)) : List.of();
    }

    private static boolean looksLikePerson(String name) {
        String[] words = name.split(" ");
        Gazetteer names = Gazetteer.get();
        return words.length >= 2 && words.length <= 3
                && (names.isGivenName(words[0]) || names.isSurname(words[words.length - 1]));
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
        for (String word : words(line.substring(start))) {
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
                    && !isCalendarWord(bare);
            if (JOINERS.contains(bare.toLowerCase(Locale.ROOT)) || word.endsWith(",")) {
                if (capitalized) {
                    current.add(bare);
                }
                flush(current, names);
                if (!capitalized && !JOINERS.contains(bare.toLowerCase(Locale.ROOT))) {
                    break;
                }
            } else if (capitalized && bare.chars().anyMatch(Character::isLetter) && current.size() < MAX_NAME_WORDS
                    || !current.isEmpty() && PARTICLES.contains(bare)) {
                current.add(bare);
            } else {
                break;
            }
        }
        flush(current, names);
        return names;
    }

    /**
     * "By admin - 2018-09-16", "by jane doe | staff": a name some sites print in lower case, up to a separator, a
     * date or the end of the line. Words of a phrase ("by the river", "by clicking here") are no name.
     */
    private static String lowercaseName(String rest) {
        List<String> name = new ArrayList<>();
        for (String word : words(rest)) {
            String bare = strip(word);
            boolean lowerWord = !bare.isEmpty() && bare.chars().allMatch(Character::isLowerCase);
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
            String name = String.join(" ", current);
            names.add(name.equals(name.toUpperCase(Locale.ROOT)) ? Text.titleCase(name) : name);
            current.clear();
        }
    }

    private static boolean isCalendarWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return CALENDAR.contains(lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower);
    }

    private static int prefixLength(String line) {
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
