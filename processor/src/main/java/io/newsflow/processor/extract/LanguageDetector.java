package io.newsflow.processor.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import com.optimaize.langdetect.text.UrlTextFilter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Tells the language of a text (ISO 639-1) with the n-gram profiles of optimaize language-detector, which
 * cover 70 languages including Arabic, Persian and Urdu. Too little text gives no answer rather than a
 * guess. Plainly English text ({@link PlainEnglish}) is answered without them: it is most of the input, and
 * the n-gram trials were the largest single cost of an article.
 */
final class LanguageDetector {

    /** Two short sentences; below that, n-gram statistics are noise. */
    static final int MIN_LETTERS = 40;
    /**
     * About 1,000 characters decide as the whole page does (same answer on every dev page but two Indonesian
     * ones, where Malay at 0.9 became no answer), at a fifth of the cost: optimaize's text filters run over
     * all the text it is handed before its own length cap applies, so the sample is cut here.
     */
    static final int SAMPLE_CHARS = 1_000;
    private static final double MIN_PROBABILITY = 0.9;
    /** The General Punctuation block, all of it common, inherited (the zero-width joiners) or unassigned. */
    private static final char GENERAL_PUNCTUATION = '\u2000';
    private static final char GENERAL_PUNCTUATION_END = '\u206F';

    /** A language and how sure the detector is of it, 0 to 1. */
    record Language(String code, double confidence) {
        static final Language UNKNOWN = new Language(null, 0);
        /** What the n-gram detector answers, rounded as below, for every sample {@link PlainEnglish} accepts. */
        static final Language ENGLISH = new Language("en", 1.0);
    }

    String detect(String text) {
        return detectWithConfidence(text).code();
    }

    Language detectWithConfidence(String text) {
        if (text == null || !Text.hasLetters(text, MIN_LETTERS)) {
            return Language.UNKNOWN;
        }
        String sample = sample(text);
        boolean filtered = needsFilters(sample);
        return !filtered && PlainEnglish.is(sample) ? Language.ENGLISH : byNgrams(sample, filtered);
    }

    /** The n-gram detector's answer for a sample; {@code filtered} when {@link #needsFilters} says so. */
    static Language byNgrams(String sample, boolean filtered) {
        TextObjectFactory texts = filtered ? Profiles.FILTERED_TEXTS : Profiles.TEXTS;
        List<DetectedLanguage> candidates = Profiles.DETECTOR.getProbabilities(texts.forText(sample));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < MIN_PROBABILITY) {
            return Language.UNKNOWN;
        }
        // Profiles name Chinese zh-CN and zh-TW; the language alone is the ISO 639-1 code.
        DetectedLanguage best = candidates.get(0);
        return new Language(best.getLocale().getLanguage(), Math.round(best.getProbability() * 1000) / 1000.0);
    }

    /**
     * Whole words from the middle of the text, starting at a paragraph when one is near: openings carry
     * datelines, bylines and captions, endings carry sign-offs, and both are often in another language.
     */
    static String sample(String text) {
        if (text.length() <= SAMPLE_CHARS) {
            return text;
        }
        int middle = (text.length() - SAMPLE_CHARS) / 2;
        int paragraph = paragraphBefore(text, middle);
        int start = paragraph >= 0 ? paragraph + 2 : afterSpace(text, middle);
        int end = Math.min(text.length(), start + SAMPLE_CHARS);
        int lastSpace = text.lastIndexOf(' ', end);
        return text.substring(start, end < text.length() && lastSpace > start ? lastSpace : end);
    }

    /**
     * Whether optimaize's URL and minority-script filters could change the text: only with "http" or an "@" in
     * it, or letters of two scripts. They cost more than the detection itself and change nothing on most
     * articles, so plain one-script text skips them; the answer is the same either way.
     */
    static boolean needsFilters(String text) {
        if (text.contains("http") || text.indexOf('@') >= 0) {
            return true;
        }
        // Two scripts are met wherever they stand; ASCII, most of the text, is only asked whether it has a letter,
        // and only until one is found.
        boolean latin = false;
        Character.UnicodeScript other = null;
        for (char c : text.toCharArray()) {
            if (c >= 0x80) {
                Character.UnicodeScript script = scriptOf(c);
                if (script == Character.UnicodeScript.LATIN) {
                    latin = true;
                } else if (script != null && other != null && other != script) {
                    return true;
                } else if (script != null) {
                    other = script;
                }
            } else if (!latin) {
                latin = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            }
        }
        return latin && other != null;
    }

    /**
     * The script a character outside ASCII counts for, null for none: the filter counts no script for common,
     * inherited (marks count towards the letter they follow) and unassigned characters. Most such characters are
     * the general punctuation of quotes and dashes, answered without {@link Character.UnicodeScript#of}'s search.
     */
    private static Character.UnicodeScript scriptOf(char c) {
        if (c >= GENERAL_PUNCTUATION && c <= GENERAL_PUNCTUATION_END) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.UNKNOWN
                || script == Character.UnicodeScript.INHERITED ? null : script;
    }

    /**
     * The last blank line ("\n\n") starting at most {@code from} and less than half a sample before it; -1 for
     * none. Searched within that reach only: a text without paragraphs is not read back to its start.
     */
    private static int paragraphBefore(String text, int from) {
        for (int i = from; i >= 0 && from - i < SAMPLE_CHARS / 2; i--) {
            if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static int afterSpace(String text, int from) {
        int space = text.indexOf(' ', from);
        return space < 0 || space - from > 50 ? from : space + 1;
    }

    /** Loading the profiles takes about a second and tens of MB: once per JVM, on first use, shared. */
    private static final class Profiles {
        static final com.optimaize.langdetect.LanguageDetector DETECTOR = load();
        static final TextObjectFactory TEXTS = new TextObjectFactoryBuilder().maxTextLength(SAMPLE_CHARS).build();
        static final TextObjectFactory FILTERED_TEXTS = new TextObjectFactoryBuilder()
                .maxTextLength(SAMPLE_CHARS)
                .withTextFilter(UrlTextFilter.getInstance())
                .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3))
                .build();

        private static com.optimaize.langdetect.LanguageDetector load() {
            try {
                return LanguageDetectorBuilder.create(NgramExtractors.standard())
                        .withProfiles(new LanguageProfileReader().readAllBuiltIn())
                        .build();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the built-in language profiles", e);
            }
        }
    }
}
