package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LettersAndDigitsTest {

    @Test
    void shouldAnswerAsCharacterIsLetterOrDigitForEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(LettersAndDigits.is((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
        }
    }
}
