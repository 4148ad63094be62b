package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
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
        assertThat(counter.count((String) null)).isZero();
    }

    @Test
    void shouldCountAsAWalkOverCodePointsDoesWhenTextsMixJoinersMarksAndSurrogates() {
        String alphabet = "aZ9 '-’‐‑\u200C\u200D.é\u0301\u20DD字\uD835\uDC00\uD800\uDC00\uDFFF\uD801😀";
        Random random = new Random(15);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            int expected = walkOverCodePoints(text.toString());
            assertThat(counter.count(text.toString())).as(text.toString()).isEqualTo(expected);
            assertThat(counter.count(WordRuns.of(text.toString().toCharArray()))).as(text.toString()).isEqualTo(expected);
        }
    }

    /** The rule as the class comment states it, one code point at a time. */
    private static int walkOverCodePoints(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                words += inWord ? 0 : 1;
                inWord = true;
            } else {
                inWord = inWord && "'’-‐‑\u200C\u200D".indexOf(cp) >= 0 && next < text.length()
                        && isWordChar(text.codePointAt(next));
            }
            i = next;
        }
        return words;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
