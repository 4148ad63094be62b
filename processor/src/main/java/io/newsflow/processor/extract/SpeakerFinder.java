package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names who said a quote, from the words around it in the same sentence: "…,” Rouhani said", "said Khan", "Khan
 * told reporters: “…", "according to X". "he said" goes to the person last seen as a subject (opening a sentence
 * or before a verb of saying): "Rouhani said in a press conference with Khan … “…,” he said" is Rouhani's.
 */
final class SpeakerFinder {

    private static final Set<String> SAYING = WordSets.of("said", "says", "say", "saying", "told", "added", "adds",
            "explained", "stated", "noted", "argued", "wrote", "writes", "asked", "replied", "insisted", "stressed",
            "emphasized", "emphasised", "underlined", "announced", "warned", "claimed", "urged", "recalled",
            "continued", "according", "quoted", "declared", "tweeted", "acknowledged", "admitted", "concluded");
    private static final Set<String> PRONOUNS = WordSets.of("he", "she", "He", "She");
    private static final int LONGEST_PRONOUN = 3;
    /** Words searched after a quote for its attribution; before it, the whole sentence up to this many words. */
    private static final int WINDOW = 12;
    private static final int SENTENCE = 60;

    private final Tokens tokens;
    /** Person named at each token, by canonical name; null elsewhere. */
    private final String[] people;
    private final Map<String, String> canonical = new HashMap<>();
    /** Titles seen before a person's name ("Leader … Ali Khamenei"), so "the Leader said" names them. */
    private final Map<String, String> titles = new HashMap<>();

    SpeakerFinder(String body, List<Entity> entities) {
        this(Tokens.of(body), entities);
    }

    /**
     * @param tokens the body's {@link Tokens}. Each loop over them is a method of its own: a constructor looping
     *               four times over thousands of tokens was compiled by the JIT on the stack once per loop.
     */
    SpeakerFinder(Tokens tokens, List<Entity> entities) {
        this.tokens = tokens;
        for (Entity entity : entities) {
            if (Entity.PERSON.equals(entity.type())) {
                canonicalWords(entity.name());
            }
        }
        people = new String[tokens.size()];
        findPeople();
    }

    /**
     * Maps each word of a person's name to the name, the first name to claim it keeping it. Found by indexOf, not
     * split, which makes a list and an array per name; an empty word (two spaces) would name no token anyway.
     */
    private void canonicalWords(String name) {
        int from = 0;
        while (from <= name.length()) {
            int space = name.indexOf(' ', from);
            int end = space < 0 ? name.length() : space;
            if (end > from) {
                canonical.putIfAbsent(name.substring(from, end), name);
            }
            from = end + 1;
        }
    }

    /**
     * Fills {@link #people}, and the titles before each name as its first word is found: the names are found in the
     * text's order, so the word before one is known by then, and no second pass over every token looks for them.
     */
    private void findPeople() {
        if (canonical.isEmpty()) {
            return; // an article that names no person: no token to look at
        }
        // Most words cannot be a name's: their first letter and length are no name word's. Saves a token, a copy
        // and a look-up each; more than half of the capitalised words open as some name word does.
        BitSet shapes = new BitSet(SHAPES);
        boolean allCapitalised = true;
        for (String word : canonical.keySet()) {
            if (!word.isEmpty()) {
                shapes.set(shape(word.charAt(0), word.length()));
                allCapitalised &= Character.isUpperCase(word.charAt(0));
            }
        }
        if (allCapitalised) {
            capitalisedPeople(shapes);
            return;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (shapes.get(shape(tokens, k))) {
                notePerson(k, canonical.get(tokens.get(k).text()));
            }
        }
    }

    /** Notes the person named at token {@code k}, if any, and the titles before a name that starts there. */
    private void notePerson(int k, String name) {
        if (name != null) {
            people[k] = name;
            if (k == 0 || people[k - 1] == null) {
                titlesBefore(k);
            }
        }
    }

    /** How many first letters and lengths of words are told apart; words that share one are looked up. */
    private static final int SHAPES = 1 << 10;

    private static int shape(char first, int length) {
        return (first * 32 + Math.min(length, 31)) & (SHAPES - 1);
    }

    private static int shape(Tokens tokens, int k) {
        return shape(tokens.first(k), tokens.length(k));
    }

    /** The first letters and lengths of the {@link #SAYING} words, as {@link #shape} tells them apart. */
    private static final BitSet SAYING_SHAPES = new BitSet(SHAPES);

    static {
        for (String verb : SAYING) {
            SAYING_SHAPES.set(shape(verb.charAt(0), verb.length()));
        }
    }

    /**
     * {@link #findPeople} where every name word is capitalised, as nearly always: only the capitalised ones of the
     * {@link Tokens#nameLike} tokens are looked at, the lower-case words and marks ruled out without a pass over them.
     */
    private void capitalisedPeople(BitSet shapes) {
        for (int c = 0; c < tokens.nameLikeCount(); c++) {
            int k = tokens.nameLike(c);
            if (tokens.isCapitalised(k) && shapes.get(shape(tokens, k))) {
                notePerson(k, canonical.get(tokens.get(k).text()));
            }
        }
    }

    private void titlesBefore(int name) {
        Gazetteer gazetteer = Gazetteer.get();
        for (int t = name - 1; t >= 0 && t >= name - 6 && (NameChunker.isNameWord(tokens, t)
                || tokens.is(t, "of")); t--) {
            if (gazetteer.isTitle(tokens.get(t))) {
                titles.putIfAbsent(tokens.get(t).text(), people[name]);
            }
        }
    }

    /** @param open offset of the opening mark; @param after offset just past the closing mark */
    String speakerOf(int open, int after) {
        int first = index(open);
        int next = index(after);
        String speaker = attribution(next, Math.min(tokens.size(), next + WINDOW), true);
        return speaker != null ? speaker : attribution(Math.max(0, first - SENTENCE), first, false);
    }

    /** Finds a verb of saying in [from, to) within one sentence and the name or pronoun beside it. */
    private String attribution(int from, int to, boolean afterQuote) {
        int start = afterQuote ? from : sentenceStart(from, to);
        int end = afterQuote ? sentenceEnd(from, to) : to;
        for (int k = afterQuote ? start : end - 1; afterQuote ? k < end : k >= start; k += afterQuote ? 1 : -1) {
            if (!isSaying(k)) {
                continue;
            }
            String name = afterQuote ? nameNear(k, start, end) : subjectBefore(k, start, end);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The person before the verb ("Rouhani said", "he was quoted as saying") or after it ("said Khan"). */
    private String nameNear(int verb, int start, int end) {
        for (int k = verb - 1; k >= start && k >= verb - 5; k--) {
            String found = person(k);
            if (found != null) {
                return found;
            }
        }
        for (int k = verb + 1; k < end && k <= verb + 4; k++) {
            String found = person(k);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "Ayatollah Khamenei pointed to … and said, “…": the person nearest before the verb; "the Leader said" by title. */
    private String subjectBefore(int verb, int start, int end) {
        for (int k = verb - 1; k >= start; k--) {
            String found = person(k);
            if (found != null) {
                return found;
            }
        }
        return nameNear(verb, start, end);
    }

    private String person(int k) {
        if (people[k] != null) {
            return people[k];
        }
        // most articles name no one by a title, and a pronoun is short: most words searched are never made tokens
        String titled = titles.isEmpty() ? null : titles.get(tokens.get(k).text());
        if (titled != null && k > 0 && tokens.get(k - 1).text().equalsIgnoreCase("the")) {
            return titled;
        }
        return tokens.length(k) <= LONGEST_PRONOUN && PRONOUNS.contains(tokens.get(k).text()) ? lastSubject(k) : null;
    }

    /** A verb of saying at token {@code k}: looked up only when its first letter and length are one's. */
    private boolean isSaying(int k) {
        return SAYING_SHAPES.get(shape(tokens, k)) && SAYING.contains(tokens.get(k).text());
    }

    private String lastSubject(int before) {
        String fallback = null;
        for (int k = before - 1; k >= 0; k--) {
            if (people[k] != null) {
                boolean subject = tokens.sentenceStart(k) || k + 1 < tokens.size() && isSaying(k + 1)
                        || k > 0 && people[k - 1] != null && tokens.sentenceStart(k - 1);
                if (subject) {
                    return people[k];
                }
                fallback = fallback == null ? people[k] : fallback;
            }
        }
        return fallback;
    }

    private int sentenceStart(int from, int to) {
        for (int k = to - 1; k > from; k--) {
            if (tokens.sentenceStart(k) && tokens.get(k).isWord() && !isQuoteMark(k - 1)) {
                return k;
            }
        }
        return from;
    }

    private int sentenceEnd(int from, int to) {
        for (int k = from; k < to; k++) {
            // compared in the text: most of the words searched are never made tokens
            char c = tokens.first(k);
            if ((c == '.' || c == '!' || c == '?' || c == '\n') && tokens.length(k) == 1) {
                return k;
            }
        }
        return to;
    }

    private boolean isQuoteMark(int k) {
        return k >= 0 && "“\"‘".contains(tokens.get(k).text());
    }

    private int index(int offset) {
        // searched in the tokens themselves, in order of their starts: a few quotes ask, an array of every start
        // would cost a pass over them all
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.start(middle) < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
