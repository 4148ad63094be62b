package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = new LanguageDetector();

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "es", "ar", "fa", "ur"})
    void shouldTellTheLanguageWhenGivenTwoSentences(String code) {
        assertThat(detector.detect(LanguageSamples.BY_CODE.get(code))).isEqualTo(code);
    }

    @Test
    void shouldTellPersianFromArabicAndUrduWhenTheyShareAScript() {
        assertThat(List.of(detector.detect(LanguageSamples.ARABIC), detector.detect(LanguageSamples.PERSIAN),
                detector.detect(LanguageSamples.URDU))).containsExactly("ar", "fa", "ur");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de", "es", "ar", "fa", "ur"})
    void shouldGiveAConfidenceBetweenZeroAndOneWhenItKnowsTheLanguage(String code) {
        LanguageDetector.Language language = detector.detectWithConfidence(LanguageSamples.BY_CODE.get(code));
        assertThat(language.code()).isEqualTo(code);
        assertThat(language.confidence()).isBetween(0.9, 1.0);
    }

    @Test
    void shouldTellTheArticleLanguageWhenItsOpeningAndEndingAreInAnother() {
        String english = (LanguageSamples.ENGLISH + " ").repeat(4);
        String french = (LanguageSamples.FRENCH + "\n\n").repeat(12);
        assertThat(detector.detect(english + "\n\n" + french + english)).isEqualTo("fr");
    }

    @Test
    void shouldSampleWholeWordsFromTheMiddleWhenTheTextIsLong() {
        String text = "intro ".repeat(400) + "\n\n" + "middle words here ".repeat(200) + "outro ".repeat(400);
        String sample = LanguageDetector.sample(text);
        assertThat(sample.length()).isBetween(LanguageDetector.SAMPLE_CHARS - 20, LanguageDetector.SAMPLE_CHARS);
        assertThat(text).contains(sample);
        assertThat(text.charAt(text.indexOf(sample) - 1)).isEqualTo(' ');
        assertThat(sample).doesNotContain("intro", "outro").doesNotEndWith(" ").endsWith("here");
        String paragraphs = "intro ".repeat(300) + "\n\nmiddle " + "words here ".repeat(100) + "outro ".repeat(300);
        assertThat(LanguageDetector.sample(paragraphs)).startsWith("middle words");
        assertThat(LanguageDetector.sample(LanguageSamples.ENGLISH)).isEqualTo(LanguageSamples.ENGLISH);
    }

    @Test
    void shouldSkipTheTextFiltersWhenTheyCouldChangeNothing() {
        assertThat(LanguageDetector.needsFilters(LanguageSamples.ENGLISH)).isFalse();
        assertThat(LanguageDetector.needsFilters(LanguageSamples.PERSIAN)).isFalse();
        assertThat(LanguageDetector.needsFilters("Café déjà vu, naïve coöperation: 1,000 “quotes” — fine.")).isFalse();
        assertThat(LanguageDetector.needsFilters("See https://example.com/news for more.")).isTrue();
        assertThat(LanguageDetector.needsFilters("Write to desk@example.com today.")).isTrue();
        assertThat(LanguageDetector.needsFilters("Tehran (تهران) is the capital.")).isTrue();
    }

    @Test
    void shouldCountNoScriptForGeneralPunctuationWhichTheFiltersSkipWithoutALookUp() {
        for (char c = '\u2000'; c <= '\u206F'; c++) {
            assertThat(Character.UnicodeScript.of(c)).as("U+%04X", (int) c).isIn(Character.UnicodeScript.COMMON,
                    Character.UnicodeScript.INHERITED, Character.UnicodeScript.UNKNOWN);
            assertThat(LanguageDetector.needsFilters("Kabul " + c + " Kabul")).isFalse();
        }
        assertThat(LanguageDetector.needsFilters("Kabul \u2070\u0628")).isTrue();
    }

    @Test
    void shouldAnswerNullWhenTheTextIsTooShort() {
        assertThat(detector.detect("Hello world")).isNull();
        assertThat(detector.detect("")).isNull();
        assertThat(detector.detect(null)).isNull();
    }

    @Test
    void shouldAnswerNullWhenTheTextHasNoLetters() {
        assertThat(detector.detect("12 345 678 — 2019-11-19 12:00:00 | 42 % 17 % 99 % 3.14159 2.71828 1.41421 1.73205"))
                .isNull();
    }

    @Test
    void shouldGiveTheSameAnswersWhenCalledFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String code = List.of("en", "fr", "de", "es", "ar", "fa", "ur").get(i % 7);
                Callable<String> task = () -> code + "=" + detector.detect(LanguageSamples.BY_CODE.get(code));
                answers.add(pool.submit(task));
            }
            for (Future<String> answer : answers) {
                String[] pair = answer.get().split("=");
                assertThat(pair[1]).isEqualTo(pair[0]);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
