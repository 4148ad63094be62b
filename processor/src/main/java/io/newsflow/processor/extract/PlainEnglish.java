package io.newsflow.processor.extract;

/**
 * Recognises plainly English text from its function words, at a tiny fraction of what the n-gram detector
 * costs: most articles are English, and for them the detector's answer is known in advance. The words below
 * are frequent in English and are not words of other Latin-script languages ("to", "in", "was", "die", "he",
 * "her" are left out: Polish, German, Dutch, Finnish and Danish use them), so they make 12-40% of the words
 * of an English text and next to none of another: on the dev pages, the seeds and the Wikigold documents at
 * most 0.8% of any non-English sample's words, and every sample that passes is English at 0.9995 or more
 * to the n-gram detector too.
 */
final class PlainEnglish {

    private static final AsciiWords FUNCTION_WORDS = AsciiWords.of("the", "and", "of", "that", "with", "for", "this",
            "have", "has", "are", "were", "been", "which", "from", "would", "their", "they", "there", "his", "it",
            "its", "not", "but", "said", "will", "who");
    /** Fewer words than this and a share says little; the detector decides. */
    static final int MIN_WORDS = 40;
    /** Percent of the words that must be function words: English samples give 12-40, others 0-1. */
    private static final int MIN_SHARE_PERCENT = 12;
    /** Percent of letters outside ASCII above which the text is not plain English (names aside, English has none). */
    private static final int MAX_NON_ASCII_PERCENT = 5;

    private PlainEnglish() {
    }

    static boolean is(String text) {
        int words = 0;
        int functionWords = 0;
        int letters = 0;
        int nonAscii = 0;
        int start = -1;
        boolean ascii = true;
        // One loop, the word's end found where a letter is not: a nested loop gave C2 two places to compile the
        // method on the stack (OSR) besides its normal compile, each recompiled after a deoptimization.
        // A copy of the characters: charAt tests the String's coder on every call.
        char[] chars = text.toCharArray();
        for (int i = 0; i <= chars.length; i++) {
            char c = i < chars.length ? chars[i] : ' ';
            if (c < 0x80 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' : Character.isLetter(c)) {
                start = start < 0 ? i : start;
                ascii &= c < 0x80;
            } else if (start >= 0) {
                words++;
                letters += i - start;
                if (!ascii) {
                    nonAscii += i - start;
                } else if (isFunctionWord(chars, start, i)) {
                    functionWords++;
                }
                start = -1;
                ascii = true;
            }
        }
        return words >= MIN_WORDS && functionWords * 100 >= words * MIN_SHARE_PERCENT
                && nonAscii * 100 <= letters * MAX_NON_ASCII_PERCENT;
    }

    /** @param start the first of ASCII letters that run to {@code end} */
    private static boolean isFunctionWord(char[] text, int start, int end) {
        return FUNCTION_WORDS.containsIgnoringCase(text, start, end);
    }
}
