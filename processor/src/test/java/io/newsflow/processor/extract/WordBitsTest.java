package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordBitsTest {

    @Test
    void shouldAnswerEveryListAWordIsOnInOneLookUp() {
        WordBits cues = new WordBits();
        int nouns = cues.list("band", "label");
        int staff = cues.list(Set.of("label", "coach"));

        assertThat(cues.of("label")).isEqualTo(nouns | staff);
        assertThat(cues.of("band")).isEqualTo(nouns);
        assertThat(cues.of("Band")).as("as written").isZero();
        assertThat(cues.of("")).isZero();
    }

    @Test
    void shouldRefuseAWordListedTwiceInOneList() {
        WordBits cues = new WordBits();

        assertThatThrownBy(() -> cues.list("band", "label", "band")).isInstanceOf(IllegalArgumentException.class);
    }
}
