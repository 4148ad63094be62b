package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class UnitConvertersTest {

    @Test
    void shouldReadSizesInBytesAndPowersOf1024() {
        UnitConverters.Bytes bytes = new UnitConverters.Bytes();

        assertThat(bytes.convert("1048576")).isEqualTo(1_048_576L);
        assertThat(bytes.convert("512KiB")).isEqualTo(512L * 1024);
        assertThat(bytes.convert("64MiB")).isEqualTo(64L * 1024 * 1024);
        assertThat(bytes.convert("64mb")).isEqualTo(64L * 1024 * 1024);
        assertThat(bytes.convert("2G")).isEqualTo(2L * 1024 * 1024 * 1024);
        for (String bad : new String[] {"0", "-1", "1.5MiB", "MiB", "9999999999999999999", "8TiB"}) {
            assertThatThrownBy(() -> bytes.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
    }

    @Test
    void shouldReadDurationsWithAUnitOrInIso8601() {
        UnitConverters.Interval interval = new UnitConverters.Interval();

        assertThat(interval.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(interval.convert("10s")).isEqualTo(Duration.ofSeconds(10));
        assertThat(interval.convert("5m")).isEqualTo(Duration.ofMinutes(5));
        assertThat(interval.convert("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(interval.convert("PT30S")).isEqualTo(Duration.ofSeconds(30));
        for (String bad : new String[] {"0s", "10", "-5s", "soon", "PT-1S"}) {
            assertThatThrownBy(() -> interval.convert(bad)).as(bad).isInstanceOf(TypeConversionException.class);
        }
    }
}
