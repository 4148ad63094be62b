package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.KeywordTokens.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeywordTokensTest {

    @Test
    void shouldBreakPhrasesWhenAStopWordOrPunctuationComes() {
        KeywordTokens tokens = KeywordTokens.of("Joint force, and border security of Iran.", Set.of("and", "of"), "en");
        assertThat(phrases(tokens)).containsExactly(List.of("joint", "force"), List.of("border", "security"),
                List.of("iran"));
    }

    @Test
    void shouldTellProperNounsWhenTheyAreCapitalisedMidSentence() {
        KeywordTokens tokens = KeywordTokens.of("Trade grew. The trade with Iran grew, and Iran’s trade.", Set.of(), "en");
        assertThat(tokens.word("iran").isProper()).isTrue();
        assertThat(tokens.word("trade").isProper()).isFalse();
        assertThat(KeywordTokens.display(new Word[] {tokens.word("iran"), tokens.word("trade")})).isEqualTo("Iran trade");
    }

    @Test
    void shouldStripPossessivesAndElisionWhenTheLanguageUsesThem() {
        assertThat(lowerWords(KeywordTokens.of("Khan’s visit", Set.of(), "en"))).containsExactly("khan", "visit");
        assertThat(lowerWords(KeywordTokens.of("l'argent d'Europe", Set.of(), "fr"))).containsExactly("argent", "europe");
        assertThat(lowerWords(KeywordTokens.of("l'argent", Set.of(), "en"))).containsExactly("l'argent");
    }

    @Test
    void shouldLeaveTheCallersCharactersAsTheyAreWhenItStraightensApostrophes() {
        String text = "Iran’s trade and Iran's ties";
        char[] chars = text.toCharArray();
        KeywordTokens tokens = KeywordTokens.of(WordRuns.of(chars), Set.of("and"), "en");
        assertThat(lowerWords(tokens)).containsExactly("iran", "trade", "and", "ties");
        assertThat(new String(chars)).isEqualTo(text);
    }

    @Test
    void shouldSkipNumbersAndAddressesWhenFormingPhrases() {
        KeywordTokens tokens = KeywordTokens.of("The 74th session on example.com today", Set.of("the", "on"), "en");
        assertThat(phrases(tokens)).containsExactly(List.of("session"), List.of("example"), List.of("today"));
    }

    @Test
    void shouldKeepOneWordForEveryWayOfWritingIt() {
        KeywordTokens tokens = KeywordTokens.of("NATO met. Then Nato and nato, and NATO again", Set.of("and"), "en");
        assertThat(lowerWords(tokens)).containsExactly("nato", "met", "then", "and", "again");
        assertThat(tokens.word("nato").capitalisedForm).isEqualTo("NATO");
        assertThat(tokens.word("nato").isProper()).isTrue();
    }

    @Test
    void shouldMarkTheWordsTheHeadlineHasTooWhateverCaseOrApostropheItWritesThemIn() {
        KeywordTokens tokens = KeywordTokens.of("The deal with Iran and the well-known talks: don't.", Set.of("and"), "en");
        tokens.markTitleWords("IRAN’S Well-Known DEAL: DON’T talk");
        assertThat(tokens.word("iran").inTitle).isTrue();
        assertThat(tokens.word("well-known").inTitle).isTrue();
        assertThat(tokens.word("deal").inTitle).isTrue();
        assertThat(tokens.word("don't").inTitle).isTrue();
        assertThat(tokens.word("talks").inTitle).isFalse();
        assertThat(tokens.word("the").inTitle).isFalse();
    }

    private static List<List<String>> phrases(KeywordTokens tokens) {
        List<List<String>> phrases = new ArrayList<>();
        for (int p = 0; p < tokens.phraseCount(); p++) {
            List<String> phrase = new ArrayList<>();
            for (int w = tokens.phraseStart(p); w < tokens.phraseEnd(p); w++) {
                phrase.add(tokens.phraseWords()[w].lower);
            }
            phrases.add(phrase);
        }
        return phrases;
    }

    private static List<String> lowerWords(KeywordTokens tokens) {
        return tokens.words().stream().map(word -> word.lower).toList();
    }
}
