package io.newsflow.cli.bench;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * English-like news prose from small word lists and sentence shapes. Not meant to be read: meant to have the
 * lengths, punctuation, quotes and numbers that the extractor's heuristics look at, so the processor does
 * realistic work per article. Every choice comes from the caller's seeded {@link Random}.
 */
final class Prose {

    private static final List<String> NOUNS = List.of("council", "committee", "agency", "district", "company",
            "union", "court", "ministry", "hospital", "school board", "port authority", "utility", "coalition",
            "library", "transit system", "budget", "proposal", "report", "survey", "inquiry", "contract",
            "bridge", "harbor", "market", "festival", "election", "policy", "program", "water supply",
            "housing plan", "road project", "trade deal", "vaccine drive", "wildfire", "storm", "shortage");
    private static final List<String> PLURALS = List.of("residents", "officials", "farmers", "teachers",
            "nurses", "investors", "voters", "commuters", "students", "engineers", "shop owners", "lawmakers",
            "volunteers", "researchers", "families", "drivers", "tenants", "inspectors");
    private static final List<String> VERBS = List.of("approved", "rejected", "delayed", "announced",
            "reviewed", "questioned", "expanded", "suspended", "defended", "criticized", "welcomed", "revised",
            "funded", "examined", "postponed", "endorsed", "challenged", "outlined");
    private static final List<String> ADJECTIVES = List.of("new", "long-awaited", "controversial", "regional",
            "modest", "ambitious", "temporary", "revised", "costly", "local", "national", "early", "second",
            "independent", "quiet", "unexpected", "detailed", "public");
    private static final List<String> ADVERBS = List.of("on Monday", "on Tuesday", "late on Wednesday",
            "this week", "last month", "after a lengthy debate", "without a vote", "for the first time",
            "earlier this year", "by a narrow margin", "ahead of the winter", "despite objections");
    private static final List<String> LINKS = List.of("while", "although", "after", "because", "as", "even as");
    private static final List<String> ROLES = List.of("spokesperson", "senior analyst", "deputy director",
            "board member", "economist", "city planner", "organizer", "professor");
    private static final List<String> ORGS = List.of("Riverside Institute", "Northgate Council",
            "Harbor Workers Association", "Valley Health Network", "Eastbrook University", "Civic Budget Office");
    private static final List<String> FIRST = List.of("Jane", "Omar", "Lucia", "Daniel", "Mei", "Samuel",
            "Aisha", "Tomas", "Priya", "Henrik", "Grace", "Mateo", "Nadia", "Oliver");
    private static final List<String> LAST = List.of("Doe", "Okafor", "Lindqvist", "Moreno", "Tanaka",
            "Haddad", "Fischer", "Novak", "Brennan", "Castillo", "Ivanova", "Mensah", "Whitfield");
    private static final List<String> HEADLINE_VERBS = List.of("weigh", "question", "welcome", "resist");
    private static final List<String> HEADLINE_VERBS_PAST = List.of("weighed", "questioned", "welcomed",
            "resisted");
    private static final List<String> PLACES = List.of("Riverton", "Maple Falls", "Port Alden", "Cedar Springs",
            "Northgate", "Eastbrook", "Lake Corran", "Westmere", "Stonebridge", "Halvorsen Bay");

    private final Random random;

    Prose(Random random) {
        this.random = random;
    }

    String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    String name() {
        return pick(FIRST) + " " + pick(LAST);
    }

    String place() {
        return pick(PLACES);
    }

    /** A headline and the story's opening sentence, which repeats most of its words as real ledes do. */
    record Opening(String headline, String lede) {
    }

    Opening opening(String place, String noun) {
        String who = pick(PLURALS);
        int verb = random.nextInt(HEADLINE_VERBS.size());
        String what = pick(ADJECTIVES) + " " + noun + " " + pick(List.of("plan", "vote", "deal", "changes"));
        String lede = capitalise(who + " in " + place + " " + HEADLINE_VERBS_PAST.get(verb) + " the " + what + " "
                + pick(ADVERBS) + ", " + pick(LINKS) + " the " + pick(NOUNS) + " " + pick(VERBS) + " its "
                + pick(NOUNS) + ".");
        return new Opening(titleCase(place + " " + who + " " + HEADLINE_VERBS.get(verb) + " " + what), lede);
    }

    /** A teaser in a list of other stories: headline-shaped, about something else. */
    String teaser() {
        return opening(place(), noun()).headline();
    }

    private static String titleCase(String line) {
        StringBuilder title = new StringBuilder();
        for (String word : line.split(" ")) {
            title.append(title.isEmpty() ? "" : " ").append(word.substring(0, 1).toUpperCase(Locale.ROOT))
                    .append(word.substring(1));
        }
        return title.toString();
    }

    String sentence(String place, String noun) {
        return switch (random.nextInt(6)) {
            case 0 -> capitalise("the " + pick(ADJECTIVES) + " " + noun + " was " + pick(VERBS) + " by the "
                    + pick(NOUNS) + " " + pick(ADVERBS) + ", " + pick(LINKS) + " " + pick(PLURALS) + " in " + place
                    + " " + pick(VERBS) + " the " + pick(NOUNS) + ".");
            case 1 -> "“We " + pick(VERBS) + " the " + pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(ADVERBS)
                    + ", and " + pick(PLURALS) + " deserve a clear answer,” said " + name() + ", "
                    + withArticle(pick(ROLES)) + " at the " + pick(ORGS) + ".";
            case 2 -> capitalise("about " + (random.nextInt(90) + 5) + " percent of " + pick(PLURALS) + " "
                    + pick(VERBS) + " the " + noun + ", according to " + withArticle(pick(ADJECTIVES)) + " "
                    + pick(NOUNS) + " published " + pick(ADVERBS) + ".");
            case 3 -> capitalise("officials said the " + noun + " would cost roughly $" + (random.nextInt(900) + 10)
                    + " million over " + (random.nextInt(9) + 2) + " years, " + pick(LINKS) + " the "
                    + pick(NOUNS) + " " + pick(VERBS) + " " + withArticle(pick(ADJECTIVES)) + " " + pick(NOUNS) + ".");
            case 4 -> capitalise(pick(PLURALS) + " " + pick(VERBS) + " the " + pick(NOUNS) + " " + pick(ADVERBS)
                    + "; some " + pick(PLURALS) + " said the " + pick(ADJECTIVES) + " " + noun
                    + " had not been " + pick(VERBS) + " in time.");
            default -> capitalise("in " + place + ", the " + pick(NOUNS) + " " + pick(VERBS) + " the "
                    + pick(ADJECTIVES) + " " + noun + " " + pick(ADVERBS) + ".");
        };
    }

    String noun() {
        return pick(NOUNS);
    }

    private static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private static String capitalise(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
