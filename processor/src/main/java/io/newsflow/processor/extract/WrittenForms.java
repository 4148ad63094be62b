package io.newsflow.processor.extract;

import io.newsflow.processor.extract.KeywordTokens.Word;

/**
 * The ways a text writes its words ("Kashmir", "KASHMIR", "kashmir"), each with the word it stands for, found by
 * a range of the text's characters: a look-up per occurrence hashes and compares the characters in place, where
 * a map keyed by String needs a copy of each occurrence first. Open addressing over one array; per call.
 */
final class WrittenForms {

    /** A way of writing a word, first met at [start, start + length) of the text. */
    static final class Form {
        final int start;
        final int length;
        final int hash;
        /** The characters as a String, made once per form. */
        final String text;
        final Word word;
        /** The first character is upper case: asked of every occurrence, answered once per spelling. */
        final boolean capitalised;
        /** Whether an occurrence may be part of a key phrase, opening a sentence and not: answered once per form. */
        final boolean candidateOpeningSentence;
        final boolean candidateInSentence;

        Form(int start, int length, int hash, Spellings.Spelling spelling, Word word, boolean candidateOpeningSentence,
                boolean candidateInSentence) {
            this.start = start;
            this.length = length;
            this.hash = hash;
            this.text = spelling.text;
            this.word = word;
            capitalised = spelling.capitalised;
            this.candidateOpeningSentence = candidateOpeningSentence;
            this.candidateInSentence = candidateInSentence;
        }

        boolean isCandidate(boolean sentenceStart) {
            return sentenceStart ? candidateOpeningSentence : candidateInSentence;
        }
    }

    private final char[] text;
    private Form[] slots;
    private int size;

    WrittenForms(char[] text, int expected) {
        this.text = text;
        slots = new Form[Integer.highestOneBit(Math.max(16, expected) * 2 - 1) * 2];
    }

    /**
     * The form written at [from, to) of the text, whose characters hash to {@code hash} ({@link #hash}); null when
     * not added yet. The caller hashes: it can do so while it reads the word.
     */
    Form find(int from, int to, int hash) {
        int mask = slots.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            Form form = slots[slot];
            if (form == null || form.hash == hash && sameCharacters(form, from, to)) {
                return form;
            }
        }
    }

    /**
     * Adds the form written at [from, to), whose characters hash to {@code hash}, which {@link #find} does not know
     * yet: its spelling and word, and whether it may be part of a key phrase.
     */
    Form add(int from, int to, int hash, Spellings.Spelling spelling, Word word, boolean candidateOpeningSentence,
            boolean candidateInSentence) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        Form form = new Form(from, to - from, hash, spelling, word, candidateOpeningSentence, candidateInSentence);
        put(form);
        size++;
        return form;
    }

    private void put(Form form) {
        int mask = slots.length - 1;
        int slot = spread(form.hash) & mask;
        while (slots[slot] != null) {
            slot = (slot + 1) & mask;
        }
        slots[slot] = form;
    }

    private void grow() {
        Form[] old = slots;
        slots = new Form[old.length * 2];
        for (Form form : old) {
            if (form != null) {
                put(form);
            }
        }
    }

    /** A plain loop: words are a few characters long, too short for {@link java.util.Arrays#equals}' vector stub to pay. */
    private boolean sameCharacters(Form form, int from, int to) {
        if (form.length != to - from) {
            return false;
        }
        for (int i = 0; i < form.length; i++) {
            if (text[form.start + i] != text[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The hash of the form written at [from, to): {@link #hash(long, char, char)} of its characters. */
    int hash(int from, int to) {
        return hash(WordRuns.lowerHash(text, from, to), text[from], text[to - 1]);
    }

    /**
     * The hash of a form whose lower case hashes to {@code lowerHash} ({@link WordRuns#lowerHash}), which the scan
     * for runs made already, and which starts with {@code first} and ends with {@code last}: those set "the", "The"
     * and "THE" apart, as they share a lower case, so that they seldom share a slot here or in {@link Spellings}.
     */
    static int hash(long lowerHash, char first, char last) {
        // The multiply carries every bit into the high half: FNV's low bits depend on the characters' low bits only.
        return (int) ((lowerHash ^ first ^ (long) last << 16) * 0x9E3779B97F4A7C15L >>> 32);
    }

    /** The high bits mixed into the low ones, which pick the slot. */
    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
