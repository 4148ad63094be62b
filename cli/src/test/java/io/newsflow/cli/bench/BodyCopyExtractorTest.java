package io.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.NearDuplicateSettings;
import io.newsflow.processor.extract.Extraction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyCopyExtractorTest {

    @Test
    void shouldCopyTheContentIntoTheBodyAndExtractNothingElse() {
        Extraction extraction = new BodyCopyExtractor().extract("Headline\n\nA paragraph.", "text/plain", Instant.EPOCH);

        assertThat(extraction.body()).isEqualTo("Headline\n\nA paragraph.");
        assertThat(extraction.title()).isNull();
        assertThat(extraction.entities()).isEmpty();
        assertThat(extraction.fingerprint()).matches("[0-9a-f]{16}");
    }

    @Test
    void shouldGiveArticlesThatDifferByOneCharacterFingerprintsFarApart() {
        List<Long> fingerprints = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            fingerprints.add(HexFormat.fromHexDigitsToLong(BodyCopyExtractor.fingerprint("Article number " + i)));
        }

        int closest = 64;
        for (int i = 0; i < fingerprints.size(); i++) {
            for (int j = i + 1; j < fingerprints.size(); j++) {
                closest = Math.min(closest, Long.bitCount(fingerprints.get(i) ^ fingerprints.get(j)));
            }
        }
        assertThat(closest).isGreaterThan(NearDuplicateSettings.DEFAULT_MAX_DISTANCE);
    }
}
