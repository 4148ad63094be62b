package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SpellingsTest {

    private static Spellings.Spelling spellingIn(String text, int from, int to) {
        return spellingIn(text, from, to, Set.of());
    }

    private static Spellings.Spelling spellingIn(String text, int from, int to, Set<String> stopWords) {
        char[] chars = text.toCharArray();
        int hash = new WrittenForms(chars, 16).hash(from, to);
        return Spellings.of(chars, from, to, hash, stopWords);
    }

    @Test
    void shouldGiveTheSpellingMetBeforeWhenTheSameCharactersComeAgain() {
        Spellings.Spelling first = spellingIn("Kashmir talks", 0, 7);
        Spellings.Spelling again = spellingIn("talks in Kashmir", 9, 16);
        assertThat(again).isSameAs(first);
        assertThat(again.text).isEqualTo("Kashmir");
        assertThat(again.lower).isEqualTo("kashmir");
    }

    @Test
    void shouldGiveTheCharactersAskedForWhenAnotherSpellingHasTheSameHash() {
        // "Aa" and "BB" have the same String hash, so the same slot.
        assertThat(spellingIn("Aa", 0, 2).text).isEqualTo("Aa");
        Spellings.Spelling other = spellingIn("BB", 0, 2);
        assertThat(other.text).isEqualTo("BB");
        assertThat(other.lower).isEqualTo("bb");
        assertThat(spellingIn("Aa", 0, 2).lower).isEqualTo("aa");
    }

    @Test
    void shouldTellAStopWordOfAnySetWhenAskedOfAnotherThanTheOneItWasMadeWith() {
        Set<String> english = WordSets.of("the", "of");
        Spellings.Spelling the = spellingIn("The talks", 0, 3, english);
        assertThat(the.capitalised).isTrue();
        assertThat(the.isStopWordIn(english)).isTrue();
        assertThat(the.isStopWordIn(Set.of())).isFalse();
        assertThat(the.isStopWordIn(Set.of("the"))).isTrue();
        assertThat(spellingIn("talks", 0, 5, english).isStopWordIn(english)).isFalse();
    }
}
