package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.MentionTyper.Mention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns an article's mentions into entities: a short form joins the longest name containing all its words ("Khan"
 * into "Imran Khan"), an undecided mention takes the type of the name it is part of, and what stays undecided is a
 * person only when it looks like one (two or more words, none of them common English).
 */
final class MentionMerger {

    private static final class Cluster {
        final String type;
        final String name;
        /** The name's words, each once. */
        final String[] words;
        int mentions;
        int firstOffset = Integer.MAX_VALUE;

        Cluster(Named opening, String type) {
            this.name = opening.mention.name();
            this.type = type;
            this.words = opening.name.distinctWords();
        }

        void add(Mention mention) {
            mentions++;
            if (mention.start() >= 0) {
                firstOffset = Math.min(firstOffset, mention.start());
            }
        }

        boolean hasAll(String[] some) {
            for (String word : some) {
                if (!has(word)) {
                    return false;
                }
            }
            return true;
        }

        private boolean has(String word) {
            for (String own : words) {
                if (own.equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Gazetteer gazetteer;

    MentionMerger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    private static final Comparator<Cluster> BY_FIRST_OFFSET = (a, b) -> Integer.compare(a.firstOffset, b.firstOffset);

    /**
     * Each step, and each loop, is a method of its own: the JIT compiles small units once, not this whole method once
     * per loop on the stack and again as a whole.
     */
    List<Entity> merge(List<Mention> mentions) {
        // room for a name per mention: a default map is grown once or twice for an article's two dozen names
        Map<String, Name> names = new HashMap<>(mentions.size());
        Named[] named = named(mentions, names);
        oneTypePerName(named);
        List<Cluster> clusters = clusters(longestFirst(named), names, mentions.size());
        clusters.sort(BY_FIRST_OFFSET);
        return entities(clusters);
    }

    /**
     * Each mention with its {@link Name}, and the names' votes: an article names most things more than once, and each
     * name is split into its words, and tallied, in one place.
     */
    private static Named[] named(List<Mention> mentions, Map<String, Name> names) {
        Named[] named = new Named[mentions.size()];
        for (int k = 0; k < named.length; k++) {
            Mention mention = mentions.get(k);
            Name name = names.get(mention.name());
            if (name == null) {
                name = new Name(mention.name());
                names.put(mention.name(), name);
            }
            if (mention.type() != null) {
                name.types.add(mention.type());
            } else if (mention.hint() != null) {
                name.hints.add(mention.hint());
            }
            named[k] = new Named(mention, name);
        }
        return named;
    }

    /**
     * Longest names (most distinct words) first, so each short form finds the full name already there; typed before
     * undecided; else in the text's order. A counting sort: its keys are few small numbers.
     */
    private static Named[] longestFirst(Named[] named) {
        int most = 0;
        for (Named each : named) {
            most = Math.max(most, each.name.distinct);
        }
        int[] starts = new int[2 * most + 3];
        for (Named each : named) {
            starts[rank(each, most) + 1]++;
        }
        for (int rank = 1; rank < starts.length; rank++) {
            starts[rank] += starts[rank - 1];
        }
        Named[] ordered = new Named[named.length];
        for (Named each : named) {
            ordered[starts[rank(each, most)]++] = each;
        }
        return ordered;
    }

    private static int rank(Named named, int most) {
        return 2 * (most - named.name.distinct) + (named.mention.type() == null ? 1 : 0);
    }

    /** @param mentions how many there are: the clusters' words, each filed once, are fewer */
    private List<Cluster> clusters(Named[] ordered, Map<String, Name> names, int mentions) {
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> byWord = new HashMap<>(mentions);
        for (Named named : ordered) {
            String[] words = named.name.words;
            Cluster home = words.length == 0 ? find(clusters, named.mention, words)
                    : find(byWord.get(words[0]), named.mention, words);
            if (home == null) {
                home = newCluster(named, names);
                if (home == null) {
                    continue;
                }
                clusters.add(home);
                index(home, byWord);
            }
            home.add(named.mention);
        }
        return clusters;
    }

    /** Files the cluster under each of its words: a mention's home holds its first word, among a few clusters. */
    private static void index(Cluster cluster, Map<String, List<Cluster>> byWord) {
        for (String word : cluster.words) {
            List<Cluster> holding = byWord.get(word);
            if (holding == null) {
                holding = new ArrayList<>(2);
                byWord.put(word, holding);
            }
            holding.add(cluster);
        }
    }

    /** The cluster a mention no cluster holds opens, or null when it names nothing. */
    private Cluster newCluster(Named named, Map<String, Name> names) {
        Mention mention = named.mention;
        String[] words = named.name.words;
        String hint = named.name.hint();
        if (mention.type() == null && MentionTyper.COMMON_NOUN.equals(hint)) {
            return null; // "HP" where the article spells out "hypersensitivity pneumonitis, or HP"
        }
        String type = mention.type() != null ? mention.type()
                : hint != null && !mention.weak() && !namedInFull(mention, words) ? hint
                : guess(mention, words);
        if (type == null && !mention.weak() && surnameSpeaksAlone(mention, words, names)) {
            type = Entity.PERSON;
        }
        return type == null ? null : new Cluster(named, type);
    }

    /**
     * "Jannik Sinner ... Sinner said": news names a person in full once, then by the surname, which the words around
     * it mark as a person's; so a name of two or three capitalised words whose last one is hinted a person alone
     * elsewhere is that person, though its words are English ones.
     */
    private boolean surnameSpeaksAlone(Mention mention, String[] words, Map<String, Name> names) {
        String name = mention.name();
        int space = name.lastIndexOf(' ');
        Name alone = space < 0 ? null : names.get(name.substring(space + 1));
        if (alone == null || !Entity.PERSON.equals(alone.hint())) {
            return false;
        }
        if (words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0)) || gazetteer.isAny(word, NOT_IN_PEOPLES_NAMES)
                    || NameShapes.isEventWord(word)) {
                return false;
            }
        }
        return true;
    }

    /** Lists whose words make a name a body's, a place's or nobody's. */
    private static final int NOT_IN_PEOPLES_NAMES = Gazetteer.ORG_WORD | Gazetteer.PLACE_WORD | Gazetteer.NON_ENTITY
            | Gazetteer.ORGANISATION | Gazetteer.LOCATION | Gazetteer.DEMONYM;

    private static List<Entity> entities(List<Cluster> clusters) {
        List<Entity> entities = new ArrayList<>(clusters.size());
        for (Cluster c : clusters) {
            entities.add(new Entity(c.name, c.type, c.mentions, c.firstOffset == Integer.MAX_VALUE ? -1 : c.firstOffset));
        }
        return entities;
    }

    /**
     * The cluster whose name holds every word of the mention, same type when the mention has one; most mentioned wins,
     * the first made on a tie. {@code clusters} in the order they were made, null for none.
     */
    private Cluster find(List<Cluster> clusters, Mention mention, String[] words) {
        if (clusters == null) {
            return null;
        }
        Cluster best = null;
        for (int k = 0; k < clusters.size(); k++) {
            Cluster cluster = clusters.get(k);
            // cheapest test first: most clusters lose on their count or their type
            if (best != null && cluster.mentions <= best.mentions
                    || mention.type() != null && !mention.type().equals(cluster.type)) {
                continue;
            }
            // places keep their own names: "Kashmir" is not "Kashmir Valley", "Mostar" not "University of Mostar"
            if (cluster.name.equals(mention.name())
                    || !Entity.LOCATION.equals(mention.type()) && cluster.hasAll(words)
                    && !placeInABodysName(mention, cluster)) {
                best = cluster;
            }
        }
        return best;
    }

    /** "in Mostar" inside "Clinical Hospital Mostar": a body's short form opens its name, a place named in it does not. */
    private boolean placeInABodysName(Mention mention, Cluster cluster) {
        return mention.type() == null && Entity.LOCATION.equals(mention.hint()) && gazetteer.isCity(mention.name())
                && Entity.ORGANIZATION.equals(cluster.type) && !cluster.name.startsWith(mention.name());
    }

    /**
     * One name, one thing per article: where rules typed the same name two ways ("Liverpool" the town, "Liverpool
     * beat Everton" the club), most of its mentions decide, the first one on a tie.
     */
    private static void oneTypePerName(Named[] named) {
        for (int k = 0; k < named.length; k++) {
            Mention mention = named[k].mention;
            Votes types = named[k].name.types;
            if (mention.type() != null && types.size() > 1) {
                String type = types.majority();
                if (type != mention.type()) {
                    named[k] = new Named(new Mention(mention.name(), type, mention.hint(), mention.start(),
                            mention.weak()), named[k].name);
                }
            }
        }
    }

    /** An undecided name on its own: only a run of uncommon capitalised words reads as a person. */
    private String guess(Mention mention, String[] words) {
        if (mention.weak()) {
            return null;
        }
        if (words.length < 2 || words.length > 3 || gazetteer.isNonEntity(words[words.length - 1])
                || NameShapes.isEventWord(words[words.length - 1])) {
            return null; // "Munich Olympics", "Pan American Games" are events
        }
        if (NameShapes.isCompassWord(words[words.length - 1]) && gazetteer.isLocation(words[0])) {
            return Entity.LOCATION; // "Pacific Northwest": a region's part, not a club named for it
        }
        String last = words[words.length - 1];
        if (words.length == 2 && gazetteer.isLocation(last) && !gazetteer.isGivenName(words[0])) {
            return Entity.ORGANIZATION; // "Steaua Bucureşti", "Poetry London", "Badminton Canada": a body of that place
        }
        if (gazetteer.isOrganisation(words[0])) {
            return null; // "NBC Latino", "Coca-Cola Light": a body's branch or product, never a person
        }
        if (gazetteer.isLocation(words[0]) || words[0].equals("FC") || words.length == 3
                && (gazetteer.isLocation(words[0] + " " + words[1]) || gazetteer.isCity(words[0] + " " + words[1]))) {
            return Entity.ORGANIZATION; // "Montreal Victorias", "FC Basel", "Sioux Falls Argus"
        }
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            // "MX Keys", "SLS Block": a product; initials last are a person's in a citation ("Ruskin KJ")
            if (gazetteer.isNonEntity(word) || k < words.length - 1 && isInitialism(word)
                    || !Character.isUpperCase(word.charAt(0))
                    || Text.hasDigit(word) // "F-105 Thunderchief" is a machine
                    || gazetteer.isCommonWord(word) && (k > 0 || words.length > 2 || !gazetteer.isSurname(words[1]))
                    && !surnameAfterUncommonName(words, k)) {
                return null;
            }
        }
        return Entity.PERSON;
    }

    /**
     * "Maxfield Parrish", "Tomo Milicevic": every word a listed first name or surname and none an English word is a
     * person, whatever the words around suggest ("the works of Maxfield Parrish").
     */
    private boolean namedInFull(Mention mention, String[] words) {
        if (words.length < 2 || words.length > 3) {
            return false;
        }
        for (String word : words) {
            if (!(gazetteer.isGivenName(word) || gazetteer.isSurname(word)) || gazetteer.isCommonWord(word)
                    || gazetteer.isLocation(word) || gazetteer.isCity(word) || gazetteer.isOrganisation(word)) {
                return false;
            }
        }
        return Entity.PERSON.equals(guess(mention, words));
    }

    /** Capitals a person's name may end with, that are no initials: "JR" (junior), regnal numbers. */
    private static final Set<String> PERSONS_SUFFIXES = Set.of("JR", "II", "III", "IV");

    /** Capitals only, no dots: initials, as in a model's or a body's name; a person's are "J.R." or "JR" (junior). */
    private static boolean isInitialism(String word) {
        return NameShapes.isAcronym(word) && word.indexOf('.') < 0 && !PERSONS_SUFFIXES.contains(word);
    }

    /** "Kanye West", "Jubal Early": a surname that is also a word, after a first name no list knows. */
    private boolean surnameAfterUncommonName(String[] words, int k) {
        return k == words.length - 1 && k > 0 && gazetteer.isSurname(words[k]) && !gazetteer.isCommonWord(words[0]);
    }

    /** A mention and its name. */
    private record Named(Mention mention, Name name) {
    }

    /**
     * A name the article's mentions write, with its words (an array, not a set: made for every name, and names are
     * short) and what its mentions vote: the typed ones for their types, the undecided ones for their hints.
     */
    private static final class Name {
        final String[] words;
        final int distinct;
        final Votes types = new Votes();
        final Votes hints = new Votes();

        Name(String name) {
            words = words(name);
            // Most names are a word or a few; a set only for longer ones, as a page can make a name of any length.
            distinct = words.length <= FEW ? distinct(words) : new HashSet<>(Arrays.asList(words)).size();
        }

        private static final int FEW = 8;

        /** {@code name.split(" ")}, without the list and the copy split makes for a name of several words. */
        private static String[] words(String name) {
            int spaces = 0;
            for (int at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) {
                spaces++;
            }
            if (spaces == 0) {
                return new String[] {name};
            }
            String[] words = new String[spaces + 1];
            int from = 0;
            for (int k = 0; k < spaces; k++) {
                int space = name.indexOf(' ', from);
                words[k] = name.substring(from, space);
                from = space + 1;
            }
            words[spaces] = name.substring(from);
            int kept = words.length;
            while (kept > 0 && words[kept - 1].isEmpty()) {
                kept--; // as split drops trailing empty strings
            }
            return kept == words.length ? words : Arrays.copyOf(words, kept);
        }

        private static int distinct(String[] words) {
            int distinct = 0;
            for (int k = 0; k < words.length; k++) {
                int earlier = 0;
                while (earlier < k && !words[earlier].equals(words[k])) {
                    earlier++;
                }
                distinct += earlier == k ? 1 : 0;
            }
            return distinct;
        }

        /** The words, each once, in their order. */
        String[] distinctWords() {
            return distinct == words.length ? words : new LinkedHashSet<>(Arrays.asList(words)).toArray(new String[0]);
        }

        /**
         * The hint most of the name's undecided mentions share ("in Lincoln" twice outvotes "Lincoln said" once), a
         * common noun's whatever the others say; null for none.
         */
        String hint() {
            return hints.has(MentionTyper.COMMON_NOUN) ? MentionTyper.COMMON_NOUN : hints.majority();
        }
    }

    /**
     * Votes for a few values (types, hints), counted in the order the values first came: arrays, not a map per name,
     * as a name has a vote or two; none until the first vote, as most names get votes of one kind only.
     */
    private static final class Votes {
        private String[] values;
        private int[] counts;
        private int size;

        void add(String value) {
            for (int k = 0; k < size; k++) {
                if (values[k].equals(value)) {
                    counts[k]++;
                    return;
                }
            }
            if (values == null) {
                values = new String[2];
                counts = new int[2];
            } else if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            values[size] = value;
            counts[size++] = 1;
        }

        int size() {
            return size;
        }

        boolean has(String value) {
            for (int k = 0; k < size; k++) {
                if (values[k].equals(value)) {
                    return true;
                }
            }
            return false;
        }

        /** The value with the most votes, the first to come on a tie; null without votes. */
        String majority() {
            int best = -1;
            for (int k = 0; k < size; k++) {
                if (best < 0 || counts[k] > counts[best]) {
                    best = k;
                }
            }
            return best < 0 ? null : values[best];
        }
    }
}
