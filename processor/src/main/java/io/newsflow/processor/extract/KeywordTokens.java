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
    /** Per lower-case word: mid-sentence occurrences capitalised, and not. */
    private final Map<String, int[]> midSentenceCase = new HashMap<>();
    private final Map<String, String> capitalisedForm = new HashMap<>();

    private KeywordTokens() {
    }

    static KeywordTokens of(String text, Set<String> stopWords, String language) {
        KeywordTokens tokens = new KeywordTokens();
        boolean elision = language != null && !language.equals("en");
        List<String> phrase = new ArrayList<>();
        boolean sentenceStart = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                if (c != ' ') {
                    tokens.close(phrase);
                    sentenceStart |= ".!?\n…。！？؟۔".indexOf(c) >= 0;
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                    || "-'’".indexOf(text.charAt(end)) >= 0 && end + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(end + 1)))) {
                end++;
            }
            String word = normalise(text.substring(i, end), elision);
            String lower = word.toLowerCase(Locale.ROOT);
            // Glued to a dot or slash before it, a word is part of an address: "example.com", "/news".
            boolean address = i > 0 && ".@/".indexOf(text.charAt(i - 1)) >= 0;
            if (tokens.accept(word, lower, sentenceStart, stopWords) && !address) {
                phrase.add(lower);
            } else {
                tokens.close(phrase);
            }
            sentenceStart = false;
            i = end;
        }
        tokens.close(phrase);
        return tokens;
    }

    List<List<String>> phrases() {
        return phrases;
    }

    List<String> lowerWords() {
        return lowerWords;
    }

    /** Capitalised in mid-sentence more often than not, or an acronym ("NATO", "UN"). */
    boolean isProper(String lower) {
        int[] counts = midSentenceCase.get(lower);
        String capitalised = capitalisedForm.get(lower);
        return counts != null && counts[0] > counts[1]
                || capitalised != null && capitalised.length() > 1 && capitalised.equals(capitalised.toUpperCase(Locale.ROOT));
    }

    /**
     * Proper nouns as written, every other word in lower case. A capitalised word never met mid-sentence
     * is a proper noun when the next or previous word of its phrase is one: "Kristi Noem".
     */
    String display(List<String> phrase) {
        String[] words = new String[phrase.size()];
        boolean[] proper = new boolean[words.length];
        for (int w = 0; w < words.length; w++) {
            proper[w] = isProper(phrase.get(w));
        }
        for (int w = 0; w < words.length; w++) {
            String word = phrase.get(w);
            boolean byNeighbour = !midSentenceCase.containsKey(word)
                    && (w > 0 && proper[w - 1] || w + 1 < words.length && proper[w + 1]);
            words[w] = (proper[w] || byNeighbour) && capitalisedForm.containsKey(word) ? capitalisedForm.get(word) : word;
        }
        return String.join(" ", words);
    }

    private boolean accept(String word, String lower, boolean sentenceStart, Set<String> stopWords) {
        lowerWords.add(lower);
        char first = word.charAt(0);
        boolean capitalised = Character.isUpperCase(first);
        if (!sentenceStart) {
            midSentenceCase.computeIfAbsent(lower, w -> new int[2])[capitalised ? 0 : 1]++;
        }
        // How a word is written mid-sentence, else as first met opening a sentence.
        if (capitalised && (!sentenceStart || !capitalisedForm.containsKey(lower))) {
            capitalisedForm.put(lower, word);
        }
        if (word.length() < 2 || Character.isDigit(first) || stopWords.contains(lower)) {
            return false;
        }
        if (!stopWords.isEmpty()) {
            return true;
        }
        boolean caseless = !capitalised && !Character.isLowerCase(first);
        return caseless ? word.length() >= LONG_CASELESS_WORD
                : capitalised && !sentenceStart || word.length() >= LONG_WORD;
    }

    /** Keeps the phrase built so far, if any, and empties it for the next one. */
    private void close(List<String> phrase) {
        if (!phrase.isEmpty()) {
            phrases.add(List.copyOf(phrase));
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
