package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** @param language ISO 639-1 code or null: stop words are language-specific */
    List<String> top(String title, String body, String language) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        KeywordTokens tokens = KeywordTokens.of(body, StopWords.of(language), language);
        Set<String> titleWords = title == null ? Set.of()
                : new HashSet<>(KeywordTokens.of(title, Set.of(), language).lowerWords());
        Map<List<String>, Integer> phraseCounts = new LinkedHashMap<>();
        for (List<String> phrase : tokens.phrases()) {
            for (List<String> candidate : phrase.size() <= MAX_WORDS ? List.of(phrase) : names(phrase, tokens)) {
                phraseCounts.merge(candidate, 1, Integer::sum);
            }
        }
        List<Map.Entry<List<String>, Double>> scored = new ArrayList<>();
        for (Map.Entry<List<String>, Integer> entry : phraseCounts.entrySet()) {
            double words = 0;
            for (String word : entry.getKey()) {
                words += (1 + Math.log(tokens.inPhrases(word))) * (titleWords.contains(word) ? TITLE_BOOST : 1);
            }
            // Damped by length, or every three-word run met once would outrank a name met ten times.
            scored.add(Map.entry(entry.getKey(), entry.getValue() * words / Math.sqrt(entry.getKey().size())));
        }
        // Stable sort: equal scores keep the order of first appearance.
        scored.sort(Comparator.comparingDouble(entry -> -entry.getValue()));
        List<List<String>> kept = new ArrayList<>();
        for (Map.Entry<List<String>, Double> entry : scored) {
            if (kept.size() == TOP) {
                break;
            }
            if (!overlapsAny(kept, entry.getKey())) {
                kept.add(entry.getKey());
            }
        }
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

    /** The runs of proper nouns in a run too long to be a phrase: "Imran Khan" in "Imran Khan recent visit". */
    private static List<List<String>> names(List<String> phrase, KeywordTokens tokens) {
        List<List<String>> names = new ArrayList<>();
        int start = 0;
        for (int end = 0; end <= phrase.size(); end++) {
            if (end == phrase.size() || !tokens.isProper(phrase.get(end))) {
                if (end > start && end - start <= MAX_WORDS) {
                    names.add(phrase.subList(start, end));
                }
                start = end + 1;
            }
        }
        return names;
    }

    /** One phrase inside the other, word for word: "Khan" adds nothing next to "Imran Khan". */
    private static boolean overlaps(List<String> a, List<String> b) {
        return a.size() >= b.size() ? Collections.indexOfSubList(a, b) >= 0 : Collections.indexOfSubList(b, a) >= 0;
    }
}
