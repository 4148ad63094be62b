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
        return body == null ? List.of() : top(title, body, body.toCharArray(), language);
    }

    /**
     * {@link #top(String, String, String)} given the body's characters too, which are only read. Each step is a
     * method of its own with its own loop, so that the JIT compiles small units once, not this whole method once
     * per loop on the stack and again as a whole.
     */
    List<String> top(String title, String body, char[] bodyChars, String language) {
        if (body.isBlank()) {
            return List.of();
        }
        KeywordTokens tokens = KeywordTokens.of(body, bodyChars, StopWords.of(language), language);
        if (title != null) {
            markTitleWords(KeywordTokens.of(title, Set.of(), language), tokens);
        }
        List<Candidate> candidates = candidates(tokens);
        score(candidates);
        List<Word[]> kept = kept(best(candidates, SHORTLIST));
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

    private static void markTitleWords(KeywordTokens title, KeywordTokens body) {
        for (Word titleWord : title.words()) {
            Word word = body.word(titleWord.lower);
            if (word != null) {
                word.inTitle = true;
            }
        }
    }

    /** Every phrase of up to {@value #MAX_WORDS} words, in order of first appearance, with its count. */
    private static List<Candidate> candidates(KeywordTokens tokens) {
        Candidates candidates = new Candidates(tokens.phraseCount());
        Word[] words = tokens.phraseWords();
        for (int p = 0; p < tokens.phraseCount(); p++) {
            int start = tokens.phraseStart(p);
            int end = tokens.phraseEnd(p);
            if (end - start <= MAX_WORDS) {
                candidates.count(words, start, end);
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
                    candidates.count(words, start, end);
                }
                start = end + 1;
            }
        }
    }

    private static void score(List<Candidate> candidates) {
        for (Candidate candidate : candidates) {
            double words = 0;
            for (Word word : candidate.words) {
                words += word.weight() * (word.inTitle ? TITLE_BOOST : 1);
            }
            // Damped by length, or every three-word run met once would outrank a name met ten times.
            candidate.score = candidate.count * words / Math.sqrt(candidate.words.length);
        }
    }

    /** The best {@value #TOP} phrases that do not overlap a better one. */
    private static List<Word[]> kept(Candidate[] ranked) {
        List<Word[]> kept = new ArrayList<>();
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

    private static List<String> shown(List<Word[]> kept) {
        List<String> shown = new ArrayList<>(kept.size());
        for (Word[] phrase : kept) {
            shown.add(KeywordTokens.display(phrase));
        }
        return shown;
    }

    private static boolean overlapsAny(List<Word[]> kept, Word[] phrase) {
        for (Word[] other : kept) {
            if (overlaps(other, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** One phrase inside the other, word for word: "Khan" adds nothing next to "Imran Khan". */
    private static boolean overlaps(Word[] a, Word[] b) {
        return a.length >= b.length ? contains(a, b) : contains(b, a);
    }

    private static boolean contains(Word[] longer, Word[] shorter) {
        for (int at = 0; at + shorter.length <= longer.length; at++) {
            if (Arrays.equals(longer, at, at + shorter.length, shorter, 0, shorter.length)) {
                return true;
            }
        }
        return false;
    }

    /** A phrase, how often it occurs and its score. */
    private static final class Candidate {
        final Word[] words;
        final int hash;
        int count;
        double score;

        Candidate(Word[] words, int hash) {
            this.words = words;
            this.hash = hash;
        }
    }

    /**
     * The phrases counted so far, found by their words (the same {@link Word} objects, so compared by identity
     * and hashed by {@link Word#id}) without a list per occurrence. Open addressing over one array; per call.
     */
    private static final class Candidates {
        final List<Candidate> inOrder = new ArrayList<>();
        private Candidate[] slots;

        Candidates(int phrases) {
            slots = new Candidate[Integer.highestOneBit(Math.max(16, phrases) * 2 - 1) * 2];
        }

        /** One more occurrence of the phrase at [from, to) of the words. */
        void count(Word[] words, int from, int to) {
            int hash = hash(words, from, to);
            int mask = slots.length - 1;
            int slot = hash & mask;
            for (Candidate candidate = slots[slot]; candidate != null; candidate = slots[slot]) {
                if (candidate.hash == hash && Arrays.equals(candidate.words, 0, candidate.words.length, words, from, to)) {
                    candidate.count++;
                    return;
                }
                slot = (slot + 1) & mask;
            }
            Candidate added = new Candidate(Arrays.copyOfRange(words, from, to), hash);
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
        private static int hash(Word[] words, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = (hash + words[i].id) * 0x9E3779B1;
            }
            return hash ^ (hash >>> 15);
        }
    }
}
