package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void shouldKeepAbbreviationsAndInitialsWholeWhenTheyCarryADot() {
        assertThat(Tokens.of("Mr. George F. Hauser of the U.S. left.")).extracting(Token::text)
                .containsExactly("Mr.", "George", "F.", "Hauser", "of", "the", "U.S.", "left", ".");
        assertThat(Tokens.of("It ran on Wired.com. A Ph.D. left.")).extracting(Token::text)
                .containsExactly("It", "ran", "on", "Wired.com", ".", "A", "Ph.D.", "left", ".");
        // The longest listed abbreviations keep their dot; a longer word keeps it only after a dot of its own.
        assertThat(Tokens.of("Capt. Cmdr. Bros. Doctors. U.S.A. Stephens.")).extracting(Token::text)
                .containsExactly("Capt.", "Cmdr.", "Bros.", "Doctors", ".", "U.S.A.", "Stephens", ".");
    }

    @Test
    void shouldSplitPossessivesAndMarkSentenceStartsWhenAfterFullStopsQuotesAndNewlines() {
        Tokens tokens = Tokens.of("Iran’s Leader spoke. “We agreed,” he said\nKhan left");
        assertThat(tokens).extracting(Token::text).startsWith("Iran", "’s", "Leader");
        assertThat(tokens.get(1).isPossessive()).isTrue();
        assertThat(Tokens.of("Macy's")).extracting(Token::isPossessive).containsExactly(false, true);
        assertThat(tokens).filteredOn(Token::sentenceStart).extracting(Token::text)
                .containsExactly("Iran", "“", "We", "Khan");
        assertThat(tokens.get(0).end()).isEqualTo(4);
    }

    @Test
    void shouldJoinHyphensAndApostrophesInsideWords() {
        assertThat(Tokens.of("O'Neil met al-Qaeda in Tehran-Islamabad talks")).extracting(Token::text)
                .containsExactly("O'Neil", "met", "al-Qaeda", "in", "Tehran-Islamabad", "talks");
    }

    @Test
    void shouldTellEachTokensShapeWithoutItsText() {
        Tokens tokens = Tokens.of("The London-based 23andMe (Ⓐ) met al-Qaeda.");
        assertThat(tokens).extracting(Token::isWord)
                .containsExactly(true, true, true, false, false, false, true, true, false);
        assertThat(tokens).extracting(Token::isCapitalised)
                .containsExactly(true, true, false, false, true, false, false, false, false);
        assertThat(tokens).extracting(Token::isHyphenated)
                .containsExactly(false, true, false, false, false, false, false, true, false);
        assertThat(tokens).extracting(Token::opensWithDigit)
                .containsExactly(false, false, true, false, false, false, false, false, false);
        assertThat(tokens).extracting(Token::first).containsExactly('T', 'L', '2', '(', 'Ⓐ', ')', 'm', 'a', '.');
        assertThat(tokens.get(1).text()).isEqualTo("London-based");
    }

    @Test
    void shouldSplitTheCallersCopyOfTheTextAlikeWithoutWritingToIt() {
        String text = "Khan’s aides met U.S. officials.\n“We agreed,” he said";
        char[] chars = text.toCharArray();
        assertThat(Tokens.of(text, chars)).extracting(Token::text)
                .containsExactlyElementsOf(Tokens.of(text).stream().map(Token::text).toList());
        assertThat(chars).containsExactly(text.toCharArray());
    }

    @Test
    void shouldAnswerTheScansFromTheSplitAsTheTokensDo() {
        Tokens tokens = Tokens.of("The London-based 23andMe (Ⓐ) met al-Qaeda.\nKhan’s firm");
        for (int k = 0; k < tokens.size(); k++) {
            Token token = tokens.get(k);
            assertThat(tokens.start(k)).isEqualTo(token.start());
            assertThat(tokens.first(k)).isEqualTo(token.first());
            assertThat(tokens.sentenceStart(k)).isEqualTo(token.sentenceStart());
            assertThat(tokens.isCapitalised(k)).isEqualTo(token.isCapitalised());
            assertThat(tokens.isHyphenated(k)).isEqualTo(token.isHyphenated());
            assertThat(tokens.isCapitalisedWord(k)).isEqualTo(token.isWord() && token.isCapitalised());
            assertThat(tokens.isPlainWordOrMark(k)).isEqualTo(!token.opensWithDigit() && !token.isHyphenated());
            assertThat(tokens.get(k)).isSameAs(token); // made once: its looked-up facts are kept
            assertThat(tokens.length(k)).isEqualTo(token.text().length());
        }
    }

    @Test
    void shouldListTheCapitalisedTokensAndTheWordsThatMayBeANamesWord() {
        // the capitalised mark (Ⓐ) counts; a lower-case word with a hyphen or a digit first may still be a name's
        Tokens tokens = Tokens.of("the London-based 23andMe (Ⓐ) met al-Qaeda.");
        assertThat(nameLike(tokens)).containsExactly(1, 2, 4, 7);
    }

    @Test
    void shouldListNameLikeTokensPastTheFirstGrowthOfItsArrays() {
        // the list starts with room for a name-like token per twenty characters, the tokens' arrays for one per five:
        // one-letter words, every other one capitalised, outgrow both
        Tokens tokens = Tokens.of("a B c D e F g H i J k L m N o P q R s T");
        assertThat(nameLike(tokens)).containsExactly(1, 3, 5, 7, 9, 11, 13, 15, 17, 19);
    }

    private static List<Integer> nameLike(Tokens tokens) {
        List<Integer> listed = new ArrayList<>();
        for (int c = 0; c < tokens.nameLikeCount(); c++) {
            listed.add(tokens.nameLike(c));
        }
        return listed;
    }
}
