package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

    @TempDir
    Path out;

    @Test
    void shouldLetOneSinkAtATimeWriteToAFolder() throws Exception {
        try (OutputLock first = OutputLock.acquire(out)) {
            assertThatThrownBy(() -> OutputLock.acquire(out)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another sink is writing to");
        }
        try (OutputLock again = OutputLock.acquire(out)) {
            assertThat(again).isNotNull();
        }
    }
}
