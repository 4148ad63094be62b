package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The article's key phrases, most telling first, RAKE-style: runs of words between stop words and
 * punctuation are the candidates, scored by how often they occur and how often their words do, with the
 * headline's words counting double. For a language without a stop-word list, capitalised words and long
 * words are the candidates. Deterministic: ties go to the phrase met first.
 */
final class KeywordExtractor {

    static final int TOP = 10;
    /** Longer runs are clauses that happen to lack a stop word, not phrases anyone would search for. */
    private static final int MAX_WORDS = 3;
    private static final double TITLE_BOOST = 2;

    /** Highest score first; a stable sort keeps equal scores in the order of first appearance. */
    private static final Comparator<Candidate> BY_SCORE = (a, b) -> Double.compare(-a.score, -b.score);

    /** A phrase, how often it occurs and its score. */
    private static final class Candidate {
        final List<String> words;
        int count;
        double score;

        Candidate(List<String> words) {
            this.words = words;
        }
    }

    /**
     * @param language ISO 639-1 code or null: stop words are language-specific. Each step is a method of its own
     *                 with its own loop, so that the JIT compiles small units once, not this whole method once per
     *                 loop on the stack and again as a whole.
     */
    List<String> top(String title, String body, String language) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        KeywordTokens tokens = KeywordTokens.of(body, StopWords.of(language), language);
        Set<String> titleWords = title == null ? Set.of()
                : new HashSet<>(KeywordTokens.of(title, Set.of(), language).lowerWords());
        List<Candidate> candidates = candidates(tokens);
        score(candidates, tokens, titleWords);
        candidates.sort(BY_SCORE);
        return shown(kept(candidates), tokens);
    }

    /** Every phrase of up to {@value #MAX_WORDS} words, in order of first appearance, with its count. */
    private static List<Candidate> candidates(KeywordTokens tokens) {
        Map<List<String>, Candidate> byWords = new HashMap<>();
        List<Candidate> candidates = new ArrayList<>();
        for (List<String> phrase : tokens.phrases()) {
            if (phrase.size() <= MAX_WORDS) {
                count(phrase, byWords, candidates);
            } else {
                countNames(phrase, tokens, byWords, candidates);
            }
        }
        return candidates;
    }

    private static void count(List<String> phrase, Map<List<String>, Candidate> byWords, List<Candidate> candidates) {
        Candidate candidate = byWords.get(phrase);
        if (candidate == null) {
            candidate = new Candidate(phrase);
            byWords.put(phrase, candidate);
            candidates.add(candidate);
        }
        candidate.count++;
    }

    /** The runs of proper nouns in a run too long to be a phrase: "Imran Khan" in "Imran Khan recent visit". */
    private static void countNames(List<String> phrase, KeywordTokens tokens, Map<List<String>, Candidate> byWords,
            List<Candidate> candidates) {
        int start = 0;
        for (int end = 0; end <= phrase.size(); end++) {
            if (end == phrase.size() || !tokens.isProper(phrase.get(end))) {
                if (end > start && end - start <= MAX_WORDS) {
                    count(new ArrayList<>(phrase.subList(start, end)), byWords, candidates);
                }
                start = end + 1;
            }
        }
    }

    private static void score(List<Candidate> candidates, KeywordTokens tokens, Set<String> titleWords) {
        for (Candidate candidate : candidates) {
            double words = 0;
            for (String word : candidate.words) {
                words += (1 + Math.log(tokens.inPhrases(word))) * (titleWords.contains(word) ? TITLE_BOOST : 1);
            }
            // Damped by length, or every three-word run met once would outrank a name met ten times.
            candidate.score = candidate.count * words / Math.sqrt(candidate.words.size());
        }
    }

    /** The best {@value #TOP} phrases that do not overlap a better one. */
    private static List<List<String>> kept(List<Candidate> ranked) {
        List<List<String>> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (kept.size() == TOP) {
                break;
            }
            if (!overlapsAny(kept, candidate.words)) {
                kept.add(candidate.words);
            }
        }
        return kept;
    }

    private static List<String> shown(List<List<String>> kept, KeywordTokens tokens) {
        List<String> shown = new ArrayList<>(kept.size());
        for (List<String> phrase : kept) {
            shown.add(tokens.display(phrase));
        }
        return shown;
    }

    private static boolean overlapsAny(List<List<String>> kept, List<String> phrase) {
        for (List<String> other : kept) {
            if (overlaps(other, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** One phrase inside the other, word for word: "Khan" adds nothing next to "Imran Khan". */
    private static boolean overlaps(List<String> a, List<String> b) {
        return a.size() >= b.size() ? Collections.indexOfSubList(a, b) >= 0 : Collections.indexOfSubList(b, a) >= 0;
    }
}
