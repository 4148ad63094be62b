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
