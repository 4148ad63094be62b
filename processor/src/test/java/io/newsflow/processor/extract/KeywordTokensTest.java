package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordTokensTest {

    @Test
    void shouldBreakPhrasesWhenAStopWordOrPunctuationComes() {
        KeywordTokens tokens = KeywordTokens.of("Joint force, and border security of Iran.", Set.of("and", "of"), "en");
        assertThat(tokens.phrases()).containsExactly(List.of("joint", "force"), List.of("border", "security"),
                List.of("iran"));
    }

    @Test
    void shouldTellProperNounsWhenTheyAreCapitalisedMidSentence() {
        KeywordTokens tokens = KeywordTokens.of("Trade grew. The trade with Iran grew, and Iran’s trade.", Set.of(), "en");
        assertThat(tokens.isProper("iran")).isTrue();
        assertThat(tokens.isProper("trade")).isFalse();
        assertThat(tokens.display(List.of("iran", "trade"))).isEqualTo("Iran trade");
    }

    @Test
    void shouldStripPossessivesAndElisionWhenTheLanguageUsesThem() {
        assertThat(KeywordTokens.of("Khan’s visit", Set.of(), "en").lowerWords()).containsExactly("khan", "visit");
        assertThat(KeywordTokens.of("l'argent d'Europe", Set.of(), "fr").lowerWords()).containsExactly("argent", "europe");
    }

    @Test
    void shouldSkipNumbersAndAddressesWhenFormingPhrases() {
        KeywordTokens tokens = KeywordTokens.of("The 74th session on example.com today", Set.of("the", "on"), "en");
        assertThat(tokens.phrases()).containsExactly(List.of("session"), List.of("example"), List.of("today"));
    }
}
