package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineMarksTest {

    @Test
    void shouldHaveNoMarksForPlainProse() {
        assertThat(LineMarks.of("The council voted on Tuesday, and the plan was approved.".toCharArray())).isZero();
    }

    @Test
    void shouldMarkEachRareCharacterItHolds() {
        assertThat(LineMarks.of("Write to jane@example.com | [ ] Subscribe".toCharArray()))
                .isEqualTo(LineMarks.AT_SIGN | LineMarks.PIPE | LineMarks.BRACKET);
        assertThat(LineMarks.of("© 2019 Example News".toCharArray())).isEqualTo(LineMarks.COPYRIGHT_SIGN);
        assertThat(LineMarks.of("\u0130stanbul".toCharArray())).isEqualTo(LineMarks.DOTTED_CAPITAL_I);
    }

    @Test
    void shouldMarkTheCapitalsThatAnchorTheVocabularysSearchesAndTheKelvinSignAsK() {
        assertThat(LineMarks.of("Vote".toCharArray())).isEqualTo(LineMarks.CAPITAL_V);
        assertThat(LineMarks.of("Kiev".toCharArray())).isEqualTo(LineMarks.CAPITAL_K);
        assertThat(LineMarks.of("Coo\u212Aie".toCharArray())).isEqualTo(LineMarks.CAPITAL_K);
        assertThat(LineMarks.of("vote kiev".toCharArray())).isZero();
    }
}
