package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void shouldAnswerAsCharacterIsLetterOrDigitForEveryChar() {
        for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
            assertThat(Text.isLetterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
        }
    }

    @Test
    void shouldSeeAListItemWhenABulletAndASpaceOpenTheLine() {
        assertThat(Text.isListItem("• National")).isTrue();
        assertThat(Text.isListItem("□ Archives")).isTrue();
        assertThat(Text.isListItem("- item")).isTrue();
        assertThat(Text.isListItem("-5 degrees")).isFalse();
        assertThat(Text.isListItem("National")).isFalse();
    }

    @Test
    void shouldSeeASentenceEndWhenClosingQuotesFollowTheStop() {
        assertThat(Text.endsSentence("to stop “terrorism.”")).isTrue();
        assertThat(Text.endsSentence("Is there still a pulse?")).isTrue();
        assertThat(Text.endsSentence("کی جائے گی۔")).isTrue();
        assertThat(Text.endsSentence("Stronger Tehran-Islamabad Ties Underscored")).isFalse();
    }

    @Test
    void shouldNotSeeASentenceEndWhenTheLineIsCutShortWithAnEllipsis() {
        assertThat(Text.endsSentence("its chief Rafael Grossi…")).isFalse();
        assertThat(Text.endsSentence("its chief Rafael Grossi...")).isFalse();
        assertThat(Text.endsTruncated("its chief Rafael Grossi…")).isTrue();
    }

    @Test
    void shouldCountLettersOnlyUpToTheNumberWanted() {
        assertThat(Text.hasLetters("ab 12 cd", 4)).isTrue();
        assertThat(Text.hasLetters("ab 12 c", 4)).isFalse();
        assertThat(Text.hasLetters("", 1)).isFalse();
        assertThat(Text.hasLetters("تهران", 5)).isTrue();
    }

    @Test
    void shouldReadDigitsInARangeAsIntegerParseIntReadsThem() {
        assertThat(Text.digitsValue("11/19/2019", 6, 10)).isEqualTo(2019);
        assertThat(Text.digitsValue("11/19/2019", 3, 5)).isEqualTo(19);
        assertThat(Text.digitsValue("05", 0, 2)).isEqualTo(5);
        assertThat(Text.digitsValue("١٩/١١", 0, 2)).isEqualTo(Integer.parseInt("١٩"));
        assertThat(Text.digitsValue("12", 1, 1)).isZero();
    }
}
