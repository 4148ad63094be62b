package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameWordsTest {

    @Test
    void shouldHoldExactlyTheWordsAsWritten() {
        Set<String> words = NameWords.of("coach", "spokesman", "&");
        assertThat(words).containsExactlyInAnyOrder("coach", "spokesman", "&");
        assertThat(words.contains("Coach")).isFalse();
        assertThat(words.contains("")).isFalse();
    }

    @Test
    void shouldRefuseARepeatedWordWrittenByHandButMergeACopiedOne() {
        assertThatThrownBy(() -> NameWords.of("coach", "coach")).isInstanceOf(IllegalArgumentException.class);
        assertThat(NameWords.copyOf(List.of("coach", "coach"))).containsExactly("coach");
    }

    @Test
    void shouldNotBeChangedByItsUsers() {
        assertThatThrownBy(() -> NameWords.of("coach").add("striker")).isInstanceOf(UnsupportedOperationException.class);
    }
}
