package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListTest {

    private final WordList list = WordList.of("share", "read more", "tweet");

    @Test
    void shouldAnswerForListedEntriesOnly() {
        assertThat(list.contains("read more")).isTrue();
        assertThat(list.contains("tweet")).isTrue();
        assertThat(list.contains("Tweet")).isFalse();
        assertThat(list.contains("sha")).isFalse();
        assertThat(list.contains("")).isFalse();
    }

    @Test
    void shouldAnswerNoForATextLongerThanEveryEntry() {
        assertThat(list.longest()).isEqualTo("read more".length());
        assertThat(list.contains("read more of the story")).isFalse();
    }

    @Test
    void shouldRefuseARepeatedEntryWrittenByHandButMergeACopiedOne() {
        assertThatThrownBy(() -> WordList.of("share", "share")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WordList.copyOf(List.of("share", "share")).contains("share")).isTrue();
    }

    @Test
    void shouldHoldNothingWhenEmpty() {
        assertThat(WordList.of().longest()).isZero();
        assertThat(WordList.of().contains("")).isFalse();
    }
}
