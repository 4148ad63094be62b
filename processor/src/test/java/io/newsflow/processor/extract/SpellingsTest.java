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
        int sameHash = 0x5eed;
        assertThat(Spellings.of("Aa".toCharArray(), 0, 2, sameHash, Set.of()).text).isEqualTo("Aa");
        Spellings.Spelling other = Spellings.of("BB".toCharArray(), 0, 2, sameHash, Set.of());
        assertThat(other.text).isEqualTo("BB");
        assertThat(other.lower).isEqualTo("bb");
        assertThat(Spellings.of("Aa".toCharArray(), 0, 2, sameHash, Set.of()).lower).isEqualTo("aa");
    }

    @Test
    void shouldTellSpellingsWithTheSameHashApartWhereverTheirCharactersDiffer() {
        int sameHash = 0xc0de;
        for (String other : new String[] {"Xashmiriat", "KashmXriat", "KashmiriXt", "Kashmiria", "Kashmiriats"}) {
            Spellings.of("Kashmiriat".toCharArray(), 0, 10, sameHash, Set.of());
            assertThat(Spellings.of(other.toCharArray(), 0, other.length(), sameHash, Set.of()).text).isEqualTo(other);
        }
        Spellings.Spelling first = Spellings.of("the Kashmiriyat".toCharArray(), 4, 15, sameHash, Set.of());
        assertThat(Spellings.of("Kashmiriyat".toCharArray(), 0, 11, sameHash, Set.of())).isSameAs(first);
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
