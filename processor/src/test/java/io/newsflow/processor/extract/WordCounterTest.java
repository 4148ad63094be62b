package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCounterTest {

    private final WordCounter counter = new WordCounter();

    @Test
    void shouldCountRunsOfLettersAndDigitsWhenSeparatedBySpacesAndPunctuation() {
        assertThat(counter.count("The two sides met on Monday, 23 September (in New York).")).isEqualTo(11);
    }

    @Test
    void shouldCountOneWordWhenAnApostropheOrHyphenSitsInsideIt() {
        assertThat(counter.count("Iran’s rapid-response force isn't new")).isEqualTo(5);
    }

    @Test
    void shouldNotCountPunctuationWhenItStandsAlone() {
        assertThat(counter.count("— “ ” … - ' • 12")).isEqualTo(1);
    }

    @Test
    void shouldCountPersianWordsWhenAZeroWidthNonJoinerSitsInsideThem() {
        assertThat(counter.count("روز سه\u200Cشنبه")).isEqualTo(2);
    }

    @Test
    void shouldKeepCombiningMarksInTheWordWhenTheScriptUsesThem() {
        assertThat(counter.count("नमस्ते दुनिया")).isEqualTo(2);
    }

    @Test
    void shouldEndAWordAtAHyphenOrApostropheWhenNoWordCharacterFollows() {
        assertThat(counter.count("well- known rock'n' roll e-mail é-e a-\u0301")).isEqualTo(7);
    }

    @Test
    void shouldKeepAnEnclosingMarkInTheWord() {
        assertThat(counter.count("a\u20DD b")).isEqualTo(2);
        assertThat(counter.count("\u20DD")).isEqualTo(1);
    }

    @Test
    void shouldCountZeroWhenTheTextIsEmptyOrNull() {
        assertThat(counter.count("")).isZero();
        assertThat(counter.count(null)).isZero();
    }
}
