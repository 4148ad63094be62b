package io.newsflow.processor.extract;

import io.newsflow.processor.extract.Tokens.Token;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The word lists entity recognition leans on, loaded once from {@code /gazetteer/} (sources and licences in its
 * README). Phrases are kept as written: "US" is a country, "us" is not.
 *
 * <p>All lists live in one table from a word or phrase to its {@link #facts}, a bit per list that names it: the rules
 * ask several lists about the same word ("a title? a first name? a nationality?"), which is one look-up, not one per
 * list.
 */
final class Gazetteer {

    static final int LOCATION = 1;
    static final int ORGANISATION = 1 << 1;
    static final int GIVEN_NAME = 1 << 2;
    static final int TITLE = 1 << 3;
    static final int ORG_WORD = 1 << 4;
    static final int ORG_OPENER = 1 << 5;
    static final int PLACE_OPENER = 1 << 6;
    static final int PLACE_WORD = 1 << 7;
    static final int DEMONYM = 1 << 8;
    static final int NON_ENTITY = 1 << 9;
    /** Set on the lower-case form only: {@link #isCommonWord} looks a word up in lower case. */
    static final int COMMON_WORD = 1 << 10;
    static final int CITY = 1 << 11;
    static final int SURNAME = 1 << 12;
    /** Kept apart from {@link #LOCATION}: "Susa" must not make "Susan" a nationality. */
    static final int REGION = 1 << 13;
    /**
     * Set on a common word written with a capital, in ASCII ("Reading" of "reading"): most words asked whether they
     * are common words are capitalised name words, which this answers from their own facts, with no lower-case copy
     * made and looked up. Not a list of its own: {@link #LISTS} leaves it out.
     */
    private static final int CAPITALISED_COMMON_WORD = 1 << 14;
    /** Every list's bit. */
    static final int LISTS = (REGION << 1) - 1;
    /** What {@link #isKnown} asks: any list but the common words, towns, surnames and regions. */
    static final int KNOWN = LOCATION | ORGANISATION | GIVEN_NAME | TITLE | DEMONYM;

    /**
     * One boxed value per combination of bits, shared by all the words that have it: a few hundred objects that stay
     * in the cache, not one per word (an Integer above 127 is otherwise a new object each).
     */
    private static final Integer[] SHARED_FACTS = new Integer[CAPITALISED_COMMON_WORD << 1];

    static {
        for (int bits = 0; bits < SHARED_FACTS.length; bits++) {
            SHARED_FACTS[bits] = bits;
        }
    }

    private static final Gazetteer INSTANCE = new Gazetteer();

    /** Filled while the lists are read, then packed into {@link #table} and dropped. */
    private Map<String, Integer> facts = new HashMap<>(300_000);
    private final FactTable table;
    /** The {@link #opening}s of the listed organisations and places of more than one word. */
    private final Openings longerNameOpenings = new Openings(LISTS_OPENINGS);
    /** The {@link #opening}s of every listed phrase of more than one word, whatever lists name it. */
    private final Openings phraseOpenings = new Openings(LISTS_OPENINGS);
    /**
     * The listed locations themselves, kept as {@link Openings} are: a demonym's stem ("Texan" from "Texas") is
     * looked up only when a location may be written so, found from the stem's hash before any stem is built.
     */
    private final Openings locations = new Openings(LISTS_OPENINGS);
    /** The {@link #opening}s of the listed organisations and places with a comma, "and", "to", "in" or "at" inside. */
    private final Openings joinedNameOpenings = new Openings(LISTS_OPENINGS);

    /** The bits of an {@link Openings} of the lists' names. */
    private static final int LISTS_OPENINGS = 1 << 20;

    /**
     * Which words open some listed names, as a bit per hash of the {@link #opening}: most words open none, so a
     * phrase that opens with such a word need not be built to be looked up. A bit set, not a set of the openings: a
     * shared bit now and then only costs the look-up it would have saved.
     */
    static final class Openings {
        private final long[] bits;

        /** @param size how many bits, a power of two of 64 or more */
        Openings(int size) {
            bits = new long[size >>> 6];
        }

        void add(String opening) {
            add(opening.hashCode());
        }

        private void add(int hash) {
            int bit = bit(hash);
            bits[bit >>> 6] |= 1L << bit;
        }

        /** The {@link #opening} of a phrase of more than one word, found without making it; none of one word. */
        void addOpeningOf(String phrase) {
            int hash = 0;
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                if (isOpeningsEnd(c)) {
                    add(hash);
                    return;
                }
                hash = 31 * hash + c;
            }
        }

        /** False means surely no name given opens so. */
        boolean mayOpen(String opening) {
            return mayHold(opening.hashCode());
        }

        /** {@link #mayOpen} of a string whose {@link String#hashCode} is {@code hash}, before it is built. */
        boolean mayHold(int hash) {
            int bit = bit(hash);
            return (bits[bit >>> 6] & 1L << bit) != 0;
        }

        private int bit(int hash) {
            return (hash ^ hash >>> 16) & (bits.length * 64 - 1);
        }
    }

    private Gazetteer() {
        read("locations.txt", phrase -> add(phrase, LOCATION));
        read("organisations.txt", phrase -> add(phrase, ORGANISATION));
        words("given-names.txt", GIVEN_NAME);
        words("person-titles.txt", TITLE);
        words("org-words.txt", ORG_WORD);
        words("org-openers.txt", ORG_OPENER);
        words("place-openers.txt", PLACE_OPENER);
        words("location-words.txt", PLACE_WORD);
        words("demonyms.txt", DEMONYM);
        words("non-entities.txt", NON_ENTITY);
        read("common-words.txt.gz", word -> {
            add(word, COMMON_WORD);
            String capitalised = capitalisedAscii(word);
            if (capitalised != null) {
                add(capitalised, CAPITALISED_COMMON_WORD);
            }
        });
        read("first-names.txt.gz", name -> add(name, GIVEN_NAME));
        read("cities.txt.gz", city -> add(city, CITY));
        read("surnames.txt.gz", name -> add(name, SURNAME));
        read("company-words.txt.gz", name -> add(name, ORGANISATION));
        read("compromise-organisations.txt.gz", name -> add(name, ORGANISATION));
        read("news-organisations.txt", name -> add(name, ORGANISATION));
        read("companies.txt", name -> add(name, ORGANISATION));
        read("regions.txt.gz", region -> add(region, REGION));
        // ISO 3166 names as the JDK spells them; the bracketed or hyphenated variants ("Congo - Kinshasa") never
        // occur in prose, the plain ones are already listed or add the odd territory.
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                add(name, LOCATION);
            }
        }
        for (Map.Entry<String, Integer> listed : facts.entrySet()) {
            String name = listed.getKey();
            if ((listed.getValue() & LOCATION) != 0) {
                locations.add(name);
            }
            String opening = opening(name);
            if (opening.length() < name.length() && (listed.getValue() & LISTS) != 0) {
                phraseOpenings.add(opening);
            }
            if ((listed.getValue() & (ORGANISATION | LOCATION | REGION)) == 0) {
                continue;
            }
            if (opening.length() < name.length()) {
                longerNameOpenings.add(opening);
            }
            if (name.indexOf(',') >= 0 || name.contains(" and") || name.contains(" to") || name.contains(" in")
                    || name.contains(" at")) {
                joinedNameOpenings.add(opening);
            }
        }
        table = new FactTable(facts);
        facts = null;
    }

    /**
     * The lists' 300,000 words and phrases, packed: a slot array of each entry's hash and place, and one char array
     * holding each entry's length, facts and characters in a row. A look-up reads a slot and then one place in the
     * char array, two cache misses in a table this size, where a HashMap's reads its table, a node, the key and the
     * key's bytes. Most of an article's words are looked up once, so those misses are most of what a look-up costs.
     */
    private static final class FactTable {
        /** Per slot: the entry's {@link String#hashCode} (high half) and its offset in {@link #entries} (low). */
        private final long[] slots;
        /** Per entry: its length, its facts, its characters. */
        private final char[] entries;
        private final int mask;

        FactTable(Map<String, Integer> facts) {
            int capacity = Integer.highestOneBit(facts.size() * 2 - 1) << 1;
            slots = new long[capacity];
            mask = capacity - 1;
            int length = 1; // offset 0 is never an entry's, so a free slot's 0 names none
            for (String phrase : facts.keySet()) {
                length += 2 + phrase.length();
            }
            entries = new char[length];
            int offset = 1;
            for (Map.Entry<String, Integer> listed : facts.entrySet()) {
                String phrase = listed.getKey();
                int slot = spread(phrase.hashCode()) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = (long) phrase.hashCode() << 32 | offset;
                entries[offset] = (char) phrase.length();
                entries[offset + 1] = asChar(listed.getValue());
                phrase.getChars(0, phrase.length(), entries, offset + 2);
                offset += 2 + phrase.length();
            }
        }

        int facts(String phrase) {
            int hash = phrase.hashCode();
            for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
                long entry = slots[slot];
                if (entry == 0) {
                    return 0;
                }
                if ((int) (entry >>> 32) == hash && holds((int) entry, phrase)) {
                    return entries[(int) entry + 1];
                }
            }
        }

        private boolean holds(int offset, String phrase) {
            int length = phrase.length();
            if (entries[offset] != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (entries[offset + 2 + i] != phrase.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        /** A phrase's facts kept in one char: a list bit added past the sixteenth must widen the entries first. */
        private static char asChar(int facts) {
            if (facts >>> Character.SIZE != 0) {
                throw new IllegalStateException("list bits past the sixteenth do not fit the packed table: " + facts);
            }
            return (char) facts;
        }

        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }
    }

    /**
     * A name's text up to its first space, comma or apostrophe: for a name built of words its first word's, whatever
     * follows that word (" ", ",", "'s"), so a word can rule out the names that open with it before any is built.
     */
    static String opening(String phrase) {
        for (int i = 0; i < phrase.length(); i++) {
            if (isOpeningsEnd(phrase.charAt(i))) {
                return phrase.substring(0, i);
            }
        }
        return phrase;
    }

    /** A space, a comma or an apostrophe: what ends a phrase's {@link #opening}. */
    private static boolean isOpeningsEnd(char c) {
        return c == ' ' || c == ',' || c == '\'' || c == '’';
    }

    /**
     * Whether a listed organisation or place with a comma, "and", "to", "in" or "at" after its first word may open
     * with this word ("Bosnia", "University"): most words open none, and need no phrase built to find out.
     */
    boolean mayOpenJoinedName(String firstWord) {
        return joinedNameOpenings.mayOpen(opening(firstWord));
    }

    /**
     * Whether a listed organisation or place of more than one word may open with this {@link #opening}: false means
     * surely none does.
     */
    boolean mayOpenLongerName(String opening) {
        return longerNameOpenings.mayOpen(opening);
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    /** Any of the {@code lists} (their bits, or-ed) names this word or phrase as written: one look-up for all. */
    boolean isAny(String phrase, int lists) {
        return (facts(phrase) & lists) != 0;
    }

    /** The bits of the lists that name this word or phrase as written, 0 for none. */
    int facts(String phrase) {
        return table.facts(phrase);
    }

    boolean isLocation(String phrase) {
        return isAny(phrase, LOCATION | REGION);
    }

    /** A town of 15,000 or more people (GeoNames): a place unless the text says otherwise ("Lincoln said"). */
    boolean isCity(String phrase) {
        return isAny(phrase, CITY);
    }

    /** Lists write the straight apostrophe; a text may write "Macy’s". */
    boolean isOrganisation(String phrase) {
        return isAny(phrase.indexOf('’') < 0 ? phrase : phrase.replace('’', '\''), ORGANISATION);
    }

    /** {@link #isOrganisation(String)}, given the {@link #facts} of the phrase as written, looked up already. */
    boolean isOrganisation(String phrase, int factsAsWritten) {
        return phrase.indexOf('’') < 0 ? (factsAsWritten & ORGANISATION) != 0 : isOrganisation(phrase);
    }

    /** A listed organisation or place: {@link #isOrganisation} or {@link #isLocation}, in one look-up. */
    boolean isListedName(String phrase) {
        return phrase.indexOf('’') < 0 ? isAny(phrase, ORGANISATION | LOCATION | REGION)
                : isOrganisation(phrase) || isLocation(phrase);
    }

    /** {@link #isLocation} or {@link #isCity}, in one look-up. */
    boolean isPlace(String phrase) {
        return isAny(phrase, LOCATION | REGION | CITY);
    }

    boolean isGivenName(String word) {
        return isAny(word, GIVEN_NAME);
    }

    boolean isSurname(String word) {
        return isAny(word, SURNAME);
    }

    boolean isTitle(String word) {
        return isAny(word, TITLE);
    }

    boolean isOrgWord(String word) {
        return isAny(word, ORG_WORD);
    }

    boolean isPlaceWord(String word) {
        return isAny(word, PLACE_WORD);
    }

    boolean isDemonym(String word) {
        int facts = facts(word);
        return (facts & DEMONYM) != 0 || word.length() >= 5 && (facts & LOCATION) == 0 && namesAPlacesPeople(word);
    }

    /*
     * The same questions about tokens {@code from..to}, written as {@link MentionTyper#text} joins them: a phrase of
     * several tokens opens as its first word does (a space, a comma or an apostrophe follows that word), so where no
     * listed phrase opens so, none is built to be looked up; a candidate's phrases mostly are not listed.
     */

    /** Whether some listed phrase may be written as tokens {@code from..to}: false means surely none is. */
    boolean mayList(Tokens tokens, int from, int to) {
        return to - from < 2 || phraseOpenings.mayOpen(opening(tokens.get(from).text()));
    }

    /** The {@link #facts} of tokens {@code from..to}, {@code phrase} being their text when the caller has it, else null. */
    int facts(Tokens tokens, int from, int to, String phrase) {
        if (to - from == 1) {
            return tokens.get(from).facts(this);
        }
        return !mayList(tokens, from, to) ? 0 : facts(phrase != null ? phrase : MentionTyper.text(tokens, from, to));
    }

    boolean isLocation(Tokens tokens, int from, int to) {
        return (facts(tokens, from, to, null) & (LOCATION | REGION)) != 0;
    }

    boolean isPlace(Tokens tokens, int from, int to) {
        return (facts(tokens, from, to, null) & (LOCATION | REGION | CITY)) != 0;
    }

    boolean isOrganisation(Tokens tokens, int from, int to) {
        if (to - from == 1) {
            Token word = tokens.get(from);
            return isOrganisation(word.text(), word.facts(this));
        }
        return mayList(tokens, from, to) && isOrganisation(MentionTyper.text(tokens, from, to));
    }

    boolean isListedName(Tokens tokens, int from, int to) {
        if (to - from == 1 && tokens.get(from).text().indexOf('’') < 0) {
            return isAny(tokens.get(from), ORGANISATION | LOCATION | REGION);
        }
        return mayList(tokens, from, to) && isListedName(MentionTyper.text(tokens, from, to));
    }

    /*
     * The same questions about a token's word: its facts are looked up once per token, as the rules ask many lists
     * about the few words of each name.
     */

    boolean isAny(Token word, int lists) {
        return (word.facts(this) & lists) != 0;
    }

    boolean isLocation(Token word) {
        return isAny(word, LOCATION | REGION);
    }

    /** A country's first-level region ("Yunnan", "Osun") that no hand-written list names. */
    boolean isRegion(Token word) {
        return isAny(word, REGION);
    }

    boolean isPlace(Token word) {
        return isAny(word, LOCATION | REGION | CITY);
    }

    /** "Radio", "Hotel", "Dynamo", "Banco": a word that opens organisations' names. */
    boolean opensOrganisation(Token word) {
        return isAny(word, ORG_OPENER);
    }

    /** "Lake", "Mount", "Fort": a word that opens places' names. */
    boolean opensPlace(Token word) {
        return isAny(word, PLACE_OPENER);
    }

    boolean isCity(Token word) {
        return isAny(word, CITY);
    }

    boolean isGivenName(Token word) {
        return isAny(word, GIVEN_NAME);
    }

    boolean isSurname(Token word) {
        return isAny(word, SURNAME);
    }

    boolean isTitle(Token word) {
        return isAny(word, TITLE);
    }

    boolean isOrgWord(Token word) {
        return isAny(word, ORG_WORD);
    }

    boolean isPlaceWord(Token word) {
        return isAny(word, PLACE_WORD);
    }

    boolean isDemonym(Token word) {
        return word.isDemonym(this);
    }

    /** {@link #isDemonym(Token)} worked out, which the token keeps. */
    boolean namesAPeople(Token word) {
        int facts = word.facts(this);
        return (facts & DEMONYM) != 0 || word.end() - word.start() >= 5 && (facts & LOCATION) == 0
                && namesAPlacesPeople(word.text());
    }

    boolean isNonEntity(Token word) {
        return isAny(word, NON_ENTITY) || word.end() - word.start() > 6 && word.text().endsWith("ism");
    }

    boolean isCommonWord(Token word) {
        return word.isCommonWord(this);
    }

    /** {@link #isCommonWord(Token)} worked out, which the token keeps. */
    boolean namesACommonWord(Token word) {
        String text = word.text();
        if (isCapitalisedAscii(text)) {
            return (word.facts(this) & CAPITALISED_COMMON_WORD) != 0;
        }
        String lower = text.toLowerCase(Locale.ROOT); // the same String when no capital
        return ((lower == text ? word.facts(this) : facts(lower)) & COMMON_WORD) != 0;
    }

    /** "reading" as "Reading", for a word in ASCII that opens with a small letter and has no capital; else null. */
    private static String capitalisedAscii(String word) {
        if (word.isEmpty() || word.charAt(0) < 'a' || word.charAt(0) > 'z') {
            return null;
        }
        String capitalised = (char) (word.charAt(0) - 'a' + 'A') + word.substring(1);
        return isCapitalisedAscii(capitalised) ? capitalised : null;
    }

    /**
     * Whether the word is in ASCII with a capital first and no other: its lower-case form is then the word with that
     * one letter made small, a common word just when {@link #CAPITALISED_COMMON_WORD} is among the word's own facts.
     */
    private static boolean isCapitalisedAscii(String word) {
        if (word.isEmpty() || word.charAt(0) < 'A' || word.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    boolean isKnown(Token word) {
        return isAny(word, KNOWN);
    }

    private static final String[] DEMONYM_ENDINGS = {"ian", "an", "n", "er", "i"};
    private static final String[] STEM_ENDINGS = {"", "a", "as"};

    /**
     * "Queenslander", "Minnesotan", "Floridian", "Texan": a listed place with a people's ending; asked of words no list
     * names a location. A stem and its ending are built only when their hash may be a listed location's.
     */
    private boolean namesAPlacesPeople(String word) {
        for (String ending : DEMONYM_ENDINGS) {
            if (word.endsWith(ending)) {
                int stemLength = word.length() - ending.length();
                int stemHash = hashOn(0, word, stemLength);
                for (String stemEnding : STEM_ENDINGS) {
                    if (locations.mayHold(hashOn(stemHash, stemEnding, stemEnding.length()))
                            && isAny(word.substring(0, stemLength) + stemEnding, LOCATION)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The {@link String#hashCode} of a string that opens with one whose hash is {@code hash} and goes on with the
     * characters of {@code text} before {@code length}.
     */
    private static int hashOn(int hash, String text, int length) {
        int extended = hash;
        for (int i = 0; i < length; i++) {
            extended = 31 * extended + text.charAt(i);
        }
        return extended;
    }

    /** Listed, or a doctrine ("Catholicism", "Thatcherism"), which names no one. */
    boolean isNonEntity(String word) {
        return isAny(word, NON_ENTITY) || word.length() > 6 && word.endsWith("ism");
    }

    /** A word English uses in lower case ("Reading", "Bush"): as a name it needs corroboration. */
    boolean isCommonWord(String word) {
        return isCapitalisedAscii(word) ? isAny(word, CAPITALISED_COMMON_WORD)
                : isAny(word.toLowerCase(Locale.ROOT), COMMON_WORD);
    }

    /** Any list names it: a known word is never dropped as a mere capitalised sentence opener. */
    boolean isKnown(String word) {
        return isAny(word, KNOWN);
    }

    private void add(String phrase, int bits) {
        Integer old = facts.get(phrase);
        facts.put(phrase, SHARED_FACTS[old == null ? bits : old | bits]);
    }

    /** A hand-written list of words, several to a line. */
    private void words(String file, int bits) {
        read(file, line -> {
            for (String word : line.split("\\s+")) {
                add(word, bits);
            }
        });
    }

    private static void read(String file, Consumer<String> sink) {
        String path = "/gazetteer/" + file;
        try (InputStream raw = Gazetteer.class.getResourceAsStream(path)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            InputStream in = file.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    sink.accept(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
