package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReadingTest {

    private static LineReading read(String line) {
        return LineReading.of(line.toCharArray());
    }

    @Test
    void shouldHaveNoMarksForPlainProseInLowerCase() {
        assertThat(read("the council voted on tuesday, and the plan was approved.").marks).isZero();
    }

    @Test
    void shouldMarkEachRareCharacterItHolds() {
        assertThat(read("write to jane@example.com | [ ] subscribe").marks)
                .isEqualTo(LineReading.AT_SIGN | LineReading.PIPE | LineReading.BRACKET);
        assertThat(read("© 2019 example news").marks).isEqualTo(LineReading.COPYRIGHT_SIGN);
        assertThat(read("\u0130stanbul").marks).isEqualTo(LineReading.DOTTED_CAPITAL_I);
        assertThat(read("\u03A3\u03C9").marks).isEqualTo(LineReading.CAPITAL_SIGMA);
        assertThat(read("(c) 2019").marks).isEqualTo(LineReading.OPENING_PARENTHESIS);
    }

    @Test
    void shouldMarkEachCapitalAndTheKelvinSignAsK() {
        assertThat(read("Vote").marks).isEqualTo(LineReading.CAPITAL_V);
        assertThat(read("Kiev").marks).isEqualTo(LineReading.CAPITAL_K);
        assertThat(read("Coo\u212Aie").marks).isEqualTo(LineReading.capital('c') | LineReading.CAPITAL_K);
        assertThat(read("vote kiev").marks).isZero();
    }

    @Test
    void shouldCountWordsAsTheWordCounterDoesAndRunsOfLettersAndDigitsApart() {
        LineReading reading = read("Iran’s rapid-response force isn't new");

        assertThat(reading.words).isEqualTo(5);
        assertThat(reading.runs).isEqualTo(8);
    }

    @Test
    void shouldCountRunsAsAWalkOverCharactersDoesWhenTextsMixJoinersMarksAndSurrogates() {
        String alphabet = "aZ9 '-’\u200C.é\u0301\u20DD字\uD835\uDC00\uDFFF\u0130\u03A3\u212A©@[|";
        Random random = new Random(19);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(read(text.toString()).runs).as(text.toString()).isEqualTo(runsOfLettersAndDigits(text.toString()));
        }
    }

    private static int runsOfLettersAndDigits(String text) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            runs += letterOrDigit && !inRun ? 1 : 0;
            inRun = letterOrDigit;
        }
        return runs;
    }
}
