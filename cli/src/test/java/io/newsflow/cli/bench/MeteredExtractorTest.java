package io.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.Extraction;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeteredExtractorTest {

    @Test
    void shouldPassTheExtractionThroughAndCountItsCpu() {
        MeteredExtractor metered = new MeteredExtractor((content, type, at) -> {
            busyFor(20_000_000L);
            return new BodyCopyExtractor().extract(content, type, at);
        });
        assertThat(metered.millisPerCall()).isZero();

        Extraction first = metered.extract("A paragraph.", "text/plain", Instant.EPOCH);
        metered.extract("Another paragraph.", "text/plain", Instant.EPOCH);

        assertThat(first.body()).isEqualTo("A paragraph.");
        // Each call spun for 20 ms of wall time on this thread; CPU is at most that and, unless the machine
        // starved the thread, most of it.
        assertThat(metered.millisPerCall()).isBetween(1.0, 40.0);
    }

    private static void busyFor(long nanos) {
        long end = System.nanoTime() + nanos;
        long spins = 0;
        while (System.nanoTime() < end) {
            spins++;
        }
        assertThat(spins).isPositive();
    }
}
