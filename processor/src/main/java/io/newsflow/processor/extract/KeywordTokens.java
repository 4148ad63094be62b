package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One pass over a text for {@link KeywordExtractor}: the candidate phrases (lower-case words between
 * breaks) and how each word is written in mid-sentence, which tells proper nouns ("Kashmir", "UN") from
 * words capitalised only because a sentence starts with them.
 */
final class KeywordTokens {

    /** Without a stop-word list, words of caseless scripts this long are taken as content words. */
    private static final int LONG_CASELESS_WORD = 5;
    /** Without a stop-word list, lower-case words this long are taken as content words. */
    private static final int LONG_WORD = 8;

    private final List<List<String>> phrases = new ArrayList<>();
    private final List<String> lowerWords = new ArrayList<>();
    /**
     * Everything the text says of each lower-case word, in one entry, found by the word in lower case and by
     * each way the text writes it ("Kashmir", "KASHMIR"): one look-up per occurrence, no lower-casing.
     */
    private final Map<String, Word> words;

    /** What the text says of one lower-case word. */
    private static final class Word {
        final String lower;
        final boolean stopWord;
        /** Mid-sentence occurrences capitalised, and not. */
        int capitalisedMidSentence;
        int lowerMidSentence;
        /** How the word is written mid-sentence, else as first met opening a sentence; null when never capitalised. */
        String capitalisedForm;
        /** Occurrences inside candidate phrases. */
        int inPhrases;

        Word(String lower, boolean stopWord) {
            this.lower = lower;
            this.stopWord = stopWord;
        }
    }

    private KeywordTokens(int length) {
        // About one word in six characters, and fewer distinct ones and ways of writing them: sized so that the
        // map never grows.
        words = new HashMap<>(Math.max(16, length / 6));
    }

    /**
     * The loop keeps to characters between words; each word is handled in {@link #word}, so that the JIT compiles
     * this loop (on-stack, within the first articles) and the word's handling as small units, once each.
     */
    static KeywordTokens of(String text, Set<String> stopWords, String language) {
        KeywordTokens tokens = new KeywordTokens(text.length());
        boolean elision = language != null && !language.equals("en");
        List<String> phrase = new ArrayList<>();
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Text.isLetterOrDigit(c)) {
                i = tokens.word(text, i, sentenceStart, stopWords, elision, phrase);
                sentenceStart = false;
                continue;
            }
            if (c != ' ') {
                tokens.close(phrase);
                sentenceStart |= ".!?\n…。！？؟۔".indexOf(c) >= 0;
            }
            i++;
        }
        tokens.close(phrase);
        return tokens;
    }

    /** Notes the word that starts at {@code start}, adds it to the phrase or closes the phrase; returns its end. */
    private int word(String text, int start, boolean sentenceStart, Set<String> stopWords, boolean elision,
            List<String> phrase) {
        int end = wordEnd(text, start);
        String word = normalise(text.substring(start, end), elision);
        // Glued to a dot or slash before it, a word is part of an address: "example.com", "/news".
        boolean address = start > 0 && ".@/".indexOf(text.charAt(start - 1)) >= 0;
        Word info = note(word, sentenceStart, stopWords);
        if (isCandidate(word, sentenceStart, info, stopWords) && !address) {
            phrase.add(info.lower);
            info.inPhrases++;
        } else {
            close(phrase);
        }
        return end;
    }

    /** Letters and digits, and the hyphens and apostrophes between them: "well-known", "don't". */
    private static int wordEnd(String text, int start) {
        int end = start + 1;
        while (end < text.length() && (Text.isLetterOrDigit(text.charAt(end))
                || "-'’".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length()
                && Text.isLetterOrDigit(text.charAt(end + 1)))) {
            end++;
        }
        return end;
    }

    List<List<String>> phrases() {
        return phrases;
    }

    List<String> lowerWords() {
        return lowerWords;
    }

    /** How many times the word occurs inside the candidate phrases. */
    int inPhrases(String lower) {
        Word info = words.get(lower);
        return info == null ? 0 : info.inPhrases;
    }

    /** Capitalised in mid-sentence more often than not, or an acronym ("NATO", "UN"). */
    boolean isProper(String lower) {
        Word info = words.get(lower);
        if (info == null) {
            return false;
        }
        String capitalised = info.capitalisedForm;
        return info.capitalisedMidSentence > info.lowerMidSentence
                || capitalised != null && capitalised.length() > 1 && capitalised.equals(capitalised.toUpperCase(Locale.ROOT));
    }

    /**
     * Proper nouns as written, every other word in lower case. A capitalised word never met mid-sentence
     * is a proper noun when the next or previous word of its phrase is one: "Kristi Noem".
     */
    String display(List<String> phrase) {
        String[] shown = new String[phrase.size()];
        boolean[] proper = new boolean[shown.length];
        for (int w = 0; w < shown.length; w++) {
            proper[w] = isProper(phrase.get(w));
        }
        for (int w = 0; w < shown.length; w++) {
            String word = phrase.get(w);
            Word info = words.get(word);
            boolean byNeighbour = (info == null || info.capitalisedMidSentence + info.lowerMidSentence == 0)
                    && (w > 0 && proper[w - 1] || w + 1 < shown.length && proper[w + 1]);
            shown[w] = (proper[w] || byNeighbour) && info != null && info.capitalisedForm != null
                    ? info.capitalisedForm : word;
        }
        return String.join(" ", shown);
    }

    /** Records how the word is written here; returns what the text says of it so far. */
    private Word note(String word, boolean sentenceStart, Set<String> stopWords) {
        Word info = words.get(word);
        if (info == null) {
            String lower = word.toLowerCase(Locale.ROOT);
            info = words.get(lower);
            if (info == null) {
                info = new Word(lower, stopWords.contains(lower));
                words.put(lower, info);
            }
            words.put(word, info);
        }
        lowerWords.add(info.lower);
        boolean capitalised = Character.isUpperCase(word.charAt(0));
        if (!sentenceStart) {
            if (capitalised) {
                info.capitalisedMidSentence++;
            } else {
                info.lowerMidSentence++;
            }
        }
        if (capitalised && (!sentenceStart || info.capitalisedForm == null)) {
            info.capitalisedForm = word;
        }
        return info;
    }

    /** Whether the word may be part of a key phrase. */
    private static boolean isCandidate(String word, boolean sentenceStart, Word info, Set<String> stopWords) {
        char first = word.charAt(0);
        boolean capitalised = Character.isUpperCase(first);
        if (word.length() < 2 || Character.isDigit(first) || info.stopWord) {
            return false;
        }
        if (!stopWords.isEmpty()) {
            return true;
        }
        boolean caseless = !capitalised && !Character.isLowerCase(first);
        return caseless ? word.length() >= LONG_CASELESS_WORD
                : capitalised && !sentenceStart || word.length() >= LONG_WORD;
    }

    /**
     * Keeps the phrase built so far, if any, and empties it for the next one. Every phrase is an ArrayList, as are
     * {@link KeywordExtractor}'s shorter names cut from them: one List class at its hash and equality calls.
     */
    private void close(List<String> phrase) {
        if (!phrase.isEmpty()) {
            phrases.add(new ArrayList<>(phrase));
            phrase.clear();
        }
    }

    /** "Iran’s" counts as "Iran"; in French and the like, "l'argent" as "argent". */
    private static String normalise(String word, boolean elision) {
        String plain = word.replace('’', '\'');
        if (plain.endsWith("'s") || plain.endsWith("'S")) {
            return plain.substring(0, plain.length() - 2);
        }
        int apostrophe = plain.indexOf('\'');
        return elision && apostrophe > 0 && apostrophe <= 2 ? plain.substring(apostrophe + 1) : plain;
    }
}
