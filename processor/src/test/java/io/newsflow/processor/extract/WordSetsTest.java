package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordSetsTest {

    @Test
    void shouldHoldExactlyTheWordsAsWritten() {
        Set<String> words = WordSets.of("coach", "spokesman", "&");
        assertThat(words).containsExactlyInAnyOrder("coach", "spokesman", "&");
        assertThat(words.contains("Coach")).isFalse();
        assertThat(words.contains("")).isFalse();
    }

    @Test
    void shouldRefuseARepeatedWordWrittenByHandButMergeACopiedOne() {
        assertThatThrownBy(() -> WordSets.of("coach", "coach")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WordSets.copyOf(List.of("coach", "coach"))).containsExactly("coach");
    }

    @Test
    void shouldNotBeChangedByItsUsers() {
        assertThatThrownBy(() -> WordSets.of("coach").add("striker")).isInstanceOf(UnsupportedOperationException.class);
    }
}
