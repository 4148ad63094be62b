package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamThreadsTest {

    @Test
    void shouldRunOneThreadPerCoreWhenPartitionsAreUnknownOrFew() {
        assertThat(StreamThreads.balanced(0, 2)).isEqualTo(2);
        assertThat(StreamThreads.balanced(1, 2)).isEqualTo(2);
        assertThat(StreamThreads.balanced(2, 2)).isEqualTo(2);
    }

    @Test
    void shouldKeepOneThreadPerCoreWhenPartitionsDivideEvenly() {
        assertThat(StreamThreads.balanced(4, 2)).isEqualTo(2);
        assertThat(StreamThreads.balanced(12, 4)).isEqualTo(4);
    }

    @Test
    void shouldAddThreadsUntilEveryThreadOwnsAsManyPartitions() {
        assertThat(StreamThreads.balanced(3, 2)).isEqualTo(3);
        assertThat(StreamThreads.balanced(6, 4)).isEqualTo(6);
        assertThat(StreamThreads.balanced(60, 8)).isEqualTo(10);
        assertThat(StreamThreads.balanced(7, 2)).isEqualTo(7);
    }
}
