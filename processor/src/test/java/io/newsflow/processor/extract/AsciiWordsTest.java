package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AsciiWordsTest {

    private final AsciiWords words = AsciiWords.of("the", "of", "which");

    @Test
    void shouldFindAWordInAnyCaseWhereverTheTextHasIt() {
        char[] text = "Of THE Which".toCharArray();
        assertThat(words.containsIgnoringCase(text, 0, 2)).isTrue();
        assertThat(words.containsIgnoringCase(text, 3, 6)).isTrue();
        assertThat(words.containsIgnoringCase(text, 7, 12)).isTrue();
    }

    @Test
    void shouldNotFindAPartOrAnExtensionOfAWord() {
        char[] text = "th thee whichever o".toCharArray();
        assertThat(words.containsIgnoringCase(text, 0, 2)).isFalse();
        assertThat(words.containsIgnoringCase(text, 3, 7)).isFalse();
        assertThat(words.containsIgnoringCase(text, 8, 17)).isFalse();
        assertThat(words.containsIgnoringCase(text, 18, 19)).isFalse();
    }

    @Test
    void shouldRefuseAWordItCannotNumber() {
        assertThatThrownBy(() -> AsciiWords.of("Café")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsciiWords.of("The")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsciiWords.of("abcdefghijklm")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AsciiWords.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldFindEveryWordOfAFullSetAndNoOtherWhateverSlotsTheirKeysShare() {
        String[] listed = new String[200];
        for (int i = 0; i < listed.length; i++) {
            listed[i] = "w" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
        }
        AsciiWords set = AsciiWords.of(listed);
        for (String word : listed) {
            char[] upper = word.toUpperCase().toCharArray();
            assertThat(set.containsIgnoringCase(upper, 0, upper.length)).as(word).isTrue();
            char[] other = ("x" + word.substring(1)).toCharArray();
            assertThat(set.containsIgnoringCase(other, 0, other.length)).as(word).isFalse();
        }
        assertThat(AsciiWords.of().containsIgnoringCase("a".toCharArray(), 0, 1)).isFalse();
        assertThat(words.containsIgnoringCase("the".toCharArray(), 1, 1)).isFalse();
    }
}
