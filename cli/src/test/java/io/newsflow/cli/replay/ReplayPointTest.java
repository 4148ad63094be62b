package io.newsflow.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReplayPointTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void shouldReadTheNamedEnds() {
        assertThat(ReplayPoint.parse("earliest", CLOCK)).isEqualTo(ReplayPoint.EARLIEST);
        assertThat(ReplayPoint.parse(" Latest ", CLOCK)).isEqualTo(ReplayPoint.LATEST);
    }

    @Test
    void shouldReadTimesAgoInEachUnit() {
        assertThat(ReplayPoint.parse("7d", CLOCK).time()).isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(ReplayPoint.parse("12h", CLOCK).time()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(ReplayPoint.parse("30m", CLOCK).time()).isEqualTo(Instant.parse("2026-11-30T11:30:00Z"));
        assertThat(ReplayPoint.parse("2w", CLOCK).time()).isEqualTo(Instant.parse("2026-11-16T12:00:00Z"));
        assertThat(ReplayPoint.parse("P1DT1H", CLOCK).time()).isEqualTo(Instant.parse("2026-11-29T11:00:00Z"));
    }

    @Test
    void shouldReadIsoTimesAndDatesAsUtc() {
        assertThat(ReplayPoint.parse("2026-11-01T08:15:00Z", CLOCK).time())
                .isEqualTo(Instant.parse("2026-11-01T08:15:00Z"));
        assertThat(ReplayPoint.parse("2026-11-01", CLOCK).time()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
    }

    @Test
    void shouldRefuseAnythingElseSayingWhatIsAccepted() {
        for (String bad : new String[] {"yesterday", "7 days", "-3d", "2026-13-01", "P", ""}) {
            assertThatThrownBy(() -> ReplayPoint.parse(bad, CLOCK)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("earliest").hasMessageContaining("7d");
        }
    }
}
