package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.KeywordTokens.Word;
import org.junit.jupiter.api.Test;

class WordsByLowerTest {

    @Test
    void shouldFindEveryWordByItsLowerCaseWhenTheTableGrows() {
        WordsByLower words = new WordsByLower(1);
        for (int i = 0; i < 100; i++) {
            String lower = "w" + i;
            words.add(new Word(lower, lower.hashCode(), i));
        }
        for (int i = 0; i < 100; i++) {
            // An equal String, not the one added: words are found by their characters.
            String lower = new String("w" + i);
            assertThat(words.find(lower, lower.hashCode()).id).isEqualTo(i);
        }
        assertThat(words.find("w100", "w100".hashCode())).isNull();
    }
}
