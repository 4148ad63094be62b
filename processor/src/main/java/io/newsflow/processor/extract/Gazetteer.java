package io.newsflow.processor.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * The word lists entity recognition leans on, loaded once from {@code /gazetteer/} (sources and licences in its
 * README). Phrases are kept as written: "US" is a country, "us" is not.
 */
final class Gazetteer {

    private static final Gazetteer INSTANCE = new Gazetteer();

    private final Set<String> locations = phrases("locations.txt");
    private final Set<String> organisations = phrases("organisations.txt");
    private final Set<String> givenNames = words("given-names.txt");
    private final Set<String> titles = words("person-titles.txt");
    private final Set<String> orgWords = words("org-words.txt");
    private final Set<String> orgOpeners = words("org-openers.txt");
    private final Set<String> placeOpeners = words("place-openers.txt");
    private final Set<String> placeWords = words("location-words.txt");
    private final Set<String> demonyms = words("demonyms.txt");
    private final Set<String> nonEntities = words("non-entities.txt");
    private final Set<String> commonWords = new HashSet<>(80_000);
    private final Set<String> cities = new HashSet<>(30_000);
    private final Set<String> surnames = new HashSet<>(30_000);
    /** Kept apart from {@link #locations}: "Susa" must not make "Susan" a nationality. */
    private final Set<String> regions = new HashSet<>(4_000);

    private Gazetteer() {
        read("common-words.txt.gz", commonWords::add);
        read("first-names.txt.gz", givenNames::add);
        read("cities.txt.gz", cities::add);
        read("surnames.txt.gz", surnames::add);
        read("company-words.txt.gz", organisations::add);
        read("compromise-organisations.txt.gz", organisations::add);
        read("news-organisations.txt", organisations::add);
        read("companies.txt", organisations::add);
        read("regions.txt.gz", regions::add);
        // ISO 3166 names as the JDK spells them; the bracketed or hyphenated variants ("Congo - Kinshasa") never
        // occur in prose, the plain ones are already listed or add the odd territory.
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            if (name.chars().allMatch(c -> Character.isLetter(c) || c == ' ')) {
                locations.add(name);
            }
        }
    }

    static Gazetteer get() {
        return INSTANCE;
    }

    boolean isLocation(String phrase) {
        return locations.contains(phrase) || regions.contains(phrase);
    }

    /** A country's first-level region ("Yunnan", "Osun") that no hand-written list names. */
    boolean isRegion(String phrase) {
        return regions.contains(phrase);
    }

    /** A town of 15,000 or more people (GeoNames): a place unless the text says otherwise ("Lincoln said"). */
    boolean isCity(String phrase) {
        return cities.contains(phrase);
    }

    /** Lists write the straight apostrophe; a text may write "Macy’s". */
    boolean isOrganisation(String phrase) {
        return organisations.contains(phrase.indexOf('’') < 0 ? phrase : phrase.replace('’', '\''));
    }

    boolean isGivenName(String word) {
        return givenNames.contains(word);
    }

    boolean isSurname(String word) {
        return surnames.contains(word);
    }

    boolean isTitle(String word) {
        return titles.contains(word);
    }

    boolean isOrgWord(String word) {
        return orgWords.contains(word);
    }

    /** "Radio", "Hotel", "Dynamo", "Banco": a word that opens organisations' names. */
    boolean opensOrganisation(String word) {
        return orgOpeners.contains(word);
    }

    /** "Lake", "Mount", "Fort": a word that opens places' names. */
    boolean opensPlace(String word) {
        return placeOpeners.contains(word);
    }

    boolean isPlaceWord(String word) {
        return placeWords.contains(word);
    }

    boolean isDemonym(String word) {
        return demonyms.contains(word) || derivedDemonym(word);
    }

    private static final String[] DEMONYM_ENDINGS = {"ian", "an", "n", "er", "i"};
    private static final String[] STEM_ENDINGS = {"", "a", "as"};

    /** "Queenslander", "Minnesotan", "Floridian", "Texan": a listed place with a people's ending. */
    private boolean derivedDemonym(String word) {
        if (word.length() < 5 || locations.contains(word)) {
            return false;
        }
        for (String ending : DEMONYM_ENDINGS) {
            if (word.endsWith(ending)) {
                String stem = word.substring(0, word.length() - ending.length());
                for (String stemEnding : STEM_ENDINGS) {
                    if (locations.contains(stem + stemEnding)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Listed, or a doctrine ("Catholicism", "Thatcherism"), which names no one. */
    boolean isNonEntity(String word) {
        return nonEntities.contains(word) || word.length() > 6 && word.endsWith("ism");
    }

    /** A word English uses in lower case ("Reading", "Bush"): as a name it needs corroboration. */
    boolean isCommonWord(String word) {
        return commonWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Any list names it: a known word is never dropped as a mere capitalised sentence opener. */
    boolean isKnown(String word) {
        return locations.contains(word) || organisations.contains(word) || givenNames.contains(word)
                || titles.contains(word) || demonyms.contains(word);
    }

    private static Set<String> phrases(String file) {
        Set<String> set = new HashSet<>();
        read(file, set::add);
        return set;
    }

    private static Set<String> words(String file) {
        Set<String> set = new HashSet<>();
        read(file, line -> set.addAll(java.util.List.of(line.split("\\s+"))));
        return set;
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
