package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One pass over a text for {@link KeywordExtractor}: the candidate phrases (runs of words between breaks) and
 * how each word is written in mid-sentence, which tells proper nouns ("Kashmir", "UN") from words capitalised
 * only because a sentence starts with them. A word is found by its characters in the text, hashed in place: no
 * String is made for an occurrence, only for each new way of writing a word.
 */
final class KeywordTokens {

    /** Without a stop-word list, words of caseless scripts this long are taken as content words. */
    private static final int LONG_CASELESS_WORD = 5;
    /** Without a stop-word list, lower-case words this long are taken as content words. */
    private static final int LONG_WORD = 8;

    /** What the text says of one lower-case word: one object per word, so phrases compare words by identity. */
    static final class Word {
        final String lower;
        /** {@link #lower}'s {@link String#hashCode}. */
        final int lowerHash;
        /** Numbers the text's words in order of first appearance: a phrase's hash is made of them. */
        final int id;
        /** Mid-sentence occurrences capitalised, and not. */
        int capitalisedMidSentence;
        int lowerMidSentence;
        /** How the word is written mid-sentence, else as first met opening a sentence; null when never capitalised. */
        String capitalisedForm;
        /** Occurrences inside candidate phrases. */
        int inPhrases;
        /** Also a word of the headline: set by {@link KeywordExtractor}. */
        boolean inTitle;
        /** 1 + ln({@link #inPhrases}), once all phrases are read; 0 until asked for. */
        private double weight;

        Word(String lower, int lowerHash, int id) {
            this.lower = lower;
            this.lowerHash = lowerHash;
            this.id = id;
        }

        /**
         * What the word adds to the score of a phrase it is in: more for a word of many phrases, but slowly.
         * Computed once per word, not once per phrase it is in; ask only once all phrases are read.
         */
        double weight() {
            if (weight == 0) {
                weight = 1 + Math.log(inPhrases);
            }
            return weight;
        }

        /** Capitalised in mid-sentence more often than not, or an acronym ("NATO", "UN"). */
        boolean isProper() {
            String capitalised = capitalisedForm;
            return capitalisedMidSentence > lowerMidSentence || capitalised != null && capitalised.length() > 1
                    && capitalised.equals(capitalised.toUpperCase(Locale.ROOT));
        }
    }

    /**
     * The text's characters, curly apostrophes made straight: "Iran’s" and "Iran's" are one word, and nothing
     * else in the scan tells the two apart.
     */
    private final char[] chars;
    private final Set<String> stopWords;
    private final boolean elision;
    private final WrittenForms forms;
    private final WordsByLower byLower;
    private final List<Word> words = new ArrayList<>();
    /** The words of every candidate phrase, one phrase after the other; phrase {@code p} ends at phraseEnds[p]. */
    private Word[] phraseWords;
    private int phraseWordCount;
    private int[] phraseEnds = new int[16];
    private int phraseCount;

    private KeywordTokens(WordRuns runs, Set<String> stopWords, String language) {
        chars = straightened(runs);
        this.stopWords = stopWords;
        elision = language != null && !language.equals("en");
        // About one word in six characters, and half as many ways of writing them: sized so that the tables seldom grow.
        forms = new WrittenForms(chars, chars.length / 12);
        byLower = new WordsByLower(chars.length / 12);
        phraseWords = new Word[Math.max(16, chars.length / 6)];
    }

    /**
     * The text's characters with straight apostrophes: those of the runs when it has no curly one, as most texts,
     * else a copy, as the caller's characters are only read.
     */
    private static char[] straightened(WordRuns runs) {
        if (!runs.hasCurlyApostrophe) {
            return runs.chars;
        }
        char[] chars = runs.chars.clone();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '’') {
                chars[i] = '\'';
            }
        }
        return chars;
    }

    static KeywordTokens of(String text, Set<String> stopWords, String language) {
        return of(WordRuns.of(text.toCharArray()), stopWords, language);
    }

    /**
     * {@link #of(String, Set, String)} given the text's runs of letters and digits too: a word is a run, or runs
     * joined by a hyphen or an apostrophe. The loop keeps to the runs; each word is handled in {@link #word}, so
     * that the JIT compiles this loop (on-stack, within the first articles) and the word's handling as small units,
     * once each.
     */
    static KeywordTokens of(WordRuns runs, Set<String> stopWords, String language) {
        KeywordTokens tokens = new KeywordTokens(runs, stopWords, language);
        boolean sentenceStart = true;
        int gapStart = 0;
        for (int r = 0; r < runs.count; ) {
            if (tokens.gapBreaksPhrase(gapStart, runs.starts[r])) {
                tokens.closePhrase();
                sentenceStart |= tokens.gapEndsSentence(gapStart, runs.starts[r]);
            }
            int last = lastJoined(tokens.chars, runs, r);
            int hash = last == r
                    ? WrittenForms.hash(runs.lowerHashes[r], tokens.chars[runs.starts[r]],
                            tokens.chars[runs.ends[r] - 1])
                    : tokens.forms.hash(runs.starts[r], runs.ends[last]);
            tokens.word(runs.starts[r], runs.ends[last], hash, sentenceStart);
            sentenceStart = false;
            gapStart = runs.ends[last];
            r = last + 1;
        }
        tokens.closePhrase();
        return tokens;
    }

    /** Anything but spaces between two words: punctuation, a line break, a symbol. */
    private boolean gapBreaksPhrase(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != ' ') {
                return true;
            }
        }
        return false;
    }

    private boolean gapEndsSentence(int from, int to) {
        for (int i = from; i < to; i++) {
            if (endsSentence(chars[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsSentence(char c) {
        return switch (c) {
            case '.', '!', '?', '\n', '…', '。', '！', '？', '؟', '۔' -> true;
            default -> false;
        };
    }

    /**
     * The last run of the word that starts with run {@code first}: runs go on a word while a hyphen or an apostrophe
     * alone stands between them, "well-known", "don't".
     */
    private static int lastJoined(char[] chars, WordRuns runs, int first) {
        int last = first;
        while (last + 1 < runs.count && runs.starts[last + 1] == runs.ends[last] + 1
                && (chars[runs.ends[last]] == '-' || chars[runs.ends[last]] == '\'')) {
            last++;
        }
        return last;
    }

    /**
     * Notes the word at [start, end), whose characters hash to {@code hash} ({@link WrittenForms#hash}), and adds it
     * to the phrase or closes the phrase.
     */
    private void word(int start, int end, int hash, boolean sentenceStart) {
        // Glued to a dot or slash before it, a word is part of an address: "example.com", "/news".
        boolean address = start > 0 && isAddressMark(chars[start - 1]);
        // "Iran’s" counts as "Iran"; in French and the like, "l'argent" as "argent".
        int from = start;
        int to = end;
        if (isPossessive(chars, from, to)) {
            to -= 2;
        } else if (elision) {
            from = afterElision(chars, from, to);
        }
        WrittenForms.Form form = note(from, to, from == start && to == end ? hash : forms.hash(from, to), sentenceStart);
        if (form.isCandidate(sentenceStart) && !address) {
            addToPhrase(form.word);
        } else {
            closePhrase();
        }
    }

    private static boolean isAddressMark(char c) {
        return c == '.' || c == '@' || c == '/';
    }

    /** The word at [from, to) ends in "'s". */
    private static boolean isPossessive(char[] chars, int from, int to) {
        return to - from > 2 && chars[to - 2] == '\'' && (chars[to - 1] == 's' || chars[to - 1] == 'S');
    }

    /** Where the word starts after an elided article or pronoun of one or two letters: "l'", "qu'". */
    private static int afterElision(char[] chars, int from, int to) {
        for (int i = from + 1; i < to && i <= from + 2; i++) {
            if (chars[i] == '\'') {
                return i + 1;
            }
        }
        return from;
    }

    /**
     * Records how the word at [from, to), whose characters hash to {@code hash}, is written here; returns the
     * written form and what the text says of the word.
     */
    private WrittenForms.Form note(int from, int to, int hash, boolean sentenceStart) {
        WrittenForms.Form form = forms.find(from, to, hash);
        if (form == null) {
            form = added(from, to, hash);
        }
        Word info = form.word;
        boolean capitalised = form.capitalised;
        if (!sentenceStart) {
            if (capitalised) {
                info.capitalisedMidSentence++;
            } else {
                info.lowerMidSentence++;
            }
        }
        if (capitalised && (!sentenceStart || info.capitalisedForm == null)) {
            info.capitalisedForm = form.text;
        }
        return form;
    }

    /** The form written at [from, to), met for the first time, with its spelling and word, and what it may be. */
    private WrittenForms.Form added(int from, int to, int hash) {
        Spellings.Spelling spelling = Spellings.of(chars, from, to, hash, stopWords);
        Word info = wordOf(spelling);
        return forms.add(from, to, hash, spelling, info, spelling.isCandidateIn(stopWords, true),
                spelling.isCandidateIn(stopWords, false));
    }

    /** The word of a new way of writing it; made on its first appearance. */
    private Word wordOf(Spellings.Spelling spelling) {
        Word info = byLower.find(spelling.lower, spelling.lowerHash);
        if (info == null) {
            info = new Word(spelling.lower, spelling.lowerHash, words.size());
            byLower.add(info);
            words.add(info);
        }
        return info;
    }

    /** Whether the word written so may be part of a key phrase in a text of these stop words. */
    static boolean isCandidate(Spellings.Spelling spelling, Set<String> stopWords, boolean sentenceStart) {
        String text = spelling.text;
        char first = text.charAt(0);
        if (spelling.isStopWordIn(stopWords) || text.length() < 2 || Character.isDigit(first)) {
            return false;
        }
        if (!stopWords.isEmpty()) {
            return true;
        }
        boolean capitalised = spelling.capitalised;
        boolean caseless = !capitalised && !Character.isLowerCase(first);
        return caseless ? text.length() >= LONG_CASELESS_WORD
                : capitalised && !sentenceStart || text.length() >= LONG_WORD;
    }

    private void addToPhrase(Word info) {
        if (phraseWordCount == phraseWords.length) {
            phraseWords = Arrays.copyOf(phraseWords, phraseWordCount * 2);
        }
        phraseWords[phraseWordCount++] = info;
        info.inPhrases++;
    }

    /** Keeps the phrase built so far, if any: the next word starts another. */
    private void closePhrase() {
        if (phraseWordCount > (phraseCount == 0 ? 0 : phraseEnds[phraseCount - 1])) {
            if (phraseCount == phraseEnds.length) {
                phraseEnds = Arrays.copyOf(phraseEnds, phraseCount * 2);
            }
            phraseEnds[phraseCount++] = phraseWordCount;
        }
    }

    int phraseCount() {
        return phraseCount;
    }

    int phraseStart(int phrase) {
        return phrase == 0 ? 0 : phraseEnds[phrase - 1];
    }

    int phraseEnd(int phrase) {
        return phraseEnds[phrase];
    }

    /** The words of the phrases, one after the other: phrase {@code p} is [{@link #phraseStart}, {@link #phraseEnd}). */
    Word[] phraseWords() {
        return phraseWords;
    }

    /** The text's words, each once, in order of first appearance. */
    List<Word> words() {
        return words;
    }

    /**
     * Marks the text's words that the headline has too ({@link Word#inTitle}): the headline's words read as
     * {@link #of} reads the text's, and each looked up by its lower case, without tokens of the headline's own.
     */
    void markTitleWords(String title) {
        WordRuns runs = WordRuns.of(title.toCharArray());
        char[] titleChars = straightened(runs);
        for (int r = 0; r < runs.count; ) {
            int last = lastJoined(titleChars, runs, r);
            int from = runs.starts[r];
            int to = runs.ends[last];
            if (isPossessive(titleChars, from, to)) {
                to -= 2;
            } else if (elision) {
                from = afterElision(titleChars, from, to);
            }
            int hash = WrittenForms.hash(WordRuns.lowerHash(titleChars, from, to), titleChars[from], titleChars[to - 1]);
            // With the text's stop words: a spelling the headline is the first to meet, kept for later texts, then
            // answers for the stop words those ask about.
            Spellings.Spelling spelling = Spellings.of(titleChars, from, to, hash, stopWords);
            Word word = byLower.find(spelling.lower, spelling.lowerHash);
            if (word != null) {
                word.inTitle = true;
            }
            r = last + 1;
        }
    }

    /** The word of the text written so in lower case; null when the text does not have it. */
    Word word(String lower) {
        return byLower.find(lower, lower.hashCode());
    }

    /**
     * Proper nouns as written, every other word in lower case. A capitalised word never met mid-sentence
     * is a proper noun when the next or previous word of its phrase is one: "Kristi Noem".
     */
    static String display(Word[] phrase) {
        String[] shown = new String[phrase.length];
        boolean[] proper = new boolean[shown.length];
        for (int w = 0; w < shown.length; w++) {
            proper[w] = phrase[w].isProper();
        }
        for (int w = 0; w < shown.length; w++) {
            Word info = phrase[w];
            boolean byNeighbour = info.capitalisedMidSentence + info.lowerMidSentence == 0
                    && (w > 0 && proper[w - 1] || w + 1 < shown.length && proper[w + 1]);
            shown[w] = (proper[w] || byNeighbour) && info.capitalisedForm != null ? info.capitalisedForm : info.lower;
        }
        return String.join(" ", shown);
    }
}
