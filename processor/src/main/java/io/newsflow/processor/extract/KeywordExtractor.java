package io.newsflow.processor.extract;

import io.newsflow.processor.extract.KeywordTokens.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
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
    /**
     * How many of the best candidates are ranked first: the {@value #TOP} kept are almost always among them, as
     * only a phrase inside or around a better one is passed over; otherwise all are ranked.
     */
    private static final int SHORTLIST = 4 * TOP;

    /** Highest score first; a stable sort keeps equal scores in the order of first appearance. */
    private static final Comparator<Candidate> BY_SCORE = (a, b) -> Double.compare(-a.score, -b.score);

    /** @param language ISO 639-1 code or null: stop words are language-specific */
    List<String> top(String title, String body, String language) {
        return body == null ? List.of() : top(title, body, WordRuns.of(body.toCharArray()), language);
    }

    /**
     * {@link #top(String, String, String)} given the body's runs of letters and digits too. Each step is a method
     * of its own with its own loop, so that the JIT compiles small units once, not this whole method once per loop
     * on the stack and again as a whole.
     */
    List<String> top(String title, String body, WordRuns bodyRuns, String language) {
        if (body.isBlank()) {
            return List.of();
        }
        Set<String> stopWords = StopWords.of(language);
        KeywordTokens tokens = KeywordTokens.of(bodyRuns, stopWords, language);
        if (title != null) {
            tokens.markTitleWords(title);
        }
        List<Candidate> candidates = candidates(tokens);
        score(candidates);
        List<Candidate> kept = kept(best(candidates, SHORTLIST));
        if (kept.size() < TOP && candidates.size() > SHORTLIST) {
            candidates.sort(BY_SCORE);
            kept = kept(candidates.toArray(new Candidate[0]));
        }
        return shown(kept);
    }

    /**
     * The best {@code count} candidates, best first, ties in order of appearance: the first {@code count} of the
     * stable sort, without sorting hundreds of candidates of which only the first dozen or so are looked at.
     */
    private static Candidate[] best(List<Candidate> candidates, int count) {
        Candidate[] best = new Candidate[count];
        int size = 0;
        for (Candidate candidate : candidates) {
            if (size == count && candidate.score <= best[count - 1].score) {
                continue;
            }
            // After every candidate as good: those came first.
            int at = size == count ? count - 1 : size;
            while (at > 0 && best[at - 1].score < candidate.score) {
                at--;
            }
            int moved = Math.min(size, count - 1) - at;
            System.arraycopy(best, at, best, at + 1, moved);
            best[at] = candidate;
            size = Math.min(size + 1, count);
        }
        return size == count ? best : Arrays.copyOf(best, size);
    }

    /** Every phrase of up to {@value #MAX_WORDS} words, in order of first appearance, with its count. */
    private static List<Candidate> candidates(KeywordTokens tokens) {
        Word[] words = tokens.phraseWords();
        Candidates candidates = new Candidates(words, tokens.phraseCount());
        for (int p = 0; p < tokens.phraseCount(); p++) {
            int start = tokens.phraseStart(p);
            int end = tokens.phraseEnd(p);
            if (end - start <= MAX_WORDS) {
                candidates.count(start, end);
            } else {
                countNames(words, start, end, candidates);
            }
        }
        return candidates.inOrder;
    }

    /** The runs of proper nouns in a run too long to be a phrase: "Imran Khan" in "Imran Khan recent visit". */
    private static void countNames(Word[] words, int from, int to, Candidates candidates) {
        int start = from;
        for (int end = from; end <= to; end++) {
            if (end == to || !words[end].isProper()) {
                if (end > start && end - start <= MAX_WORDS) {
                    candidates.count(start, end);
                }
                start = end + 1;
            }
        }
    }

    private static void score(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            double words = 0;
            for (int w = candidate.start; w < candidate.end; w++) {
                Word word = candidate.text[w];
                words += word.weight() * (word.inTitle ? TITLE_BOOST : 1);
            }
            // Damped by length, or every three-word run met once would outrank a name met ten times.
            candidate.score = candidate.count * words / Math.sqrt(candidate.end - candidate.start);
        }
    }

    /** The best {@value #TOP} phrases that do not overlap a better one. */
    private static List<Candidate> kept(Candidate[] ranked) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate candidate : ranked) {
            if (kept.size() == TOP) {
                break;
            }
            if (!overlapsAny(kept, candidate)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    private static List<String> shown(List<Candidate> kept) {
        List<String> shown = new ArrayList<>(kept.size());
        for (Candidate phrase : kept) {
            shown.add(KeywordTokens.display(Arrays.copyOfRange(phrase.text, phrase.start, phrase.end)));
        }
        return shown;
    }

    private static boolean overlapsAny(List<Candidate> kept, Candidate phrase) {
        for (Candidate other : kept) {
            if (overlaps(other, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** One phrase inside the other, word for word: "Khan" adds nothing next to "Imran Khan". */
    private static boolean overlaps(Candidate a, Candidate b) {
        return a.length() >= b.length() ? contains(a, b) : contains(b, a);
    }

    private static boolean contains(Candidate longer, Candidate shorter) {
        for (int at = longer.start; at + shorter.length() <= longer.end; at++) {
            if (Arrays.equals(longer.text, at, at + shorter.length(), shorter.text, shorter.start, shorter.end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A phrase, how often it occurs and its score. The phrase is where it was first met in the text's phrase words:
     * not copied out of them.
     */
    private static final class Candidate {
        final Word[] text;
        final int start;
        final int end;
        final int hash;
        int count;
        double score;

        Candidate(Word[] text, int start, int end, int hash) {
            this.text = text;
            this.start = start;
            this.end = end;
            this.hash = hash;
        }

        int length() {
            return end - start;
        }
    }

    /**
     * The phrases counted so far, found by their words (the same {@link Word} objects, so compared by identity
     * and hashed by {@link Word#id}) without a list per occurrence. Open addressing over one array; per call.
     */
    private static final class Candidates {
        final List<Candidate> inOrder = new ArrayList<>();
        private final Word[] words;
        private Candidate[] slots;

        /** @param words the text's phrase words, where every phrase counted is */
        Candidates(Word[] words, int phrases) {
            this.words = words;
            slots = new Candidate[Integer.highestOneBit(Math.max(16, phrases) * 2 - 1) * 2];
        }

        /** One more occurrence of the phrase at [from, to) of the words. */
        void count(int from, int to) {
            int hash = hash(from, to);
            int mask = slots.length - 1;
            int slot = hash & mask;
            for (Candidate candidate = slots[slot]; candidate != null; candidate = slots[slot]) {
                if (candidate.hash == hash && Arrays.equals(words, candidate.start, candidate.end, words, from, to)) {
                    candidate.count++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            Candidate added = new Candidate(words, from, to, hash);
            added.count = 1;
            slots[slot] = added;
            inOrder.add(added);
            if (2 * inOrder.size() > slots.length) {
                grow();
            }
        }

        private void grow() {
            slots = new Candidate[slots.length * 2];
            int mask = slots.length - 1;
            for (Candidate candidate : inOrder) {
                int slot = candidate.hash & mask;
                while (slots[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = candidate;
            }
        }

        /** Word ids mixed so that the low bits, which pick the slot, differ for phrases of the same words. */
        private int hash(int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = (hash + words[i].id) * 0x9E3779B1;
            }
            return hash ^ (hash >>> 15);
        }
    }
}
