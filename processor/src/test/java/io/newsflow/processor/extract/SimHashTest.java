package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SimHashTest {

    private final SimHash simHash = new SimHash();

    static String seed(String name) {
        try (InputStream in = SimHashTest.class.getResourceAsStream("/seeds/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldGiveSixteenHexDigitsWhenTheBodyHasWords() {
        assertThat(simHash.fingerprint("Iran and Pakistan agreed to form a joint force.")).matches("[0-9a-f]{16}");
        assertThat(simHash.fingerprint("two words")).matches("[0-9a-f]{16}");
        // one text in 16 has a leading zero digit: the padding must keep all sixteen
        for (int i = 0; i < 200; i++) {
            assertThat(simHash.fingerprint("article number " + i + " of the set")).matches("[0-9a-f]{16}");
        }
    }

    @Test
    void shouldGiveNullWhenTheBodyIsEmpty() {
        assertThat(simHash.fingerprint((String) null)).isNull();
        assertThat(simHash.fingerprint("")).isNull();
        assertThat(simHash.fingerprint(" \n—, ")).isNull();
    }

    @Test
    void shouldGiveTheSameFingerprintWhenOnlyCaseAndPunctuationDiffer() {
        assertThat(simHash.fingerprint("Rouhani met Khan in New York on Monday."))
                .isEqualTo(simHash.fingerprint("rouhani met khan, in NEW YORK on monday"));
    }

    @Test
    void shouldStayWithinAFewBitsWhenAFewWordsChange() {
        String original = seed("rouhani-khan-new-york.txt");
        String edited = original.replace("Monday meeting", "Tuesday meeting")
                .replace("ten-fold", "twofold").replace("three wars", "several wars");
        assertThat(edited).isNotEqualTo(original);
        assertThat(SimHash.hammingDistance(simHash.fingerprint(original), simHash.fingerprint(edited))).isLessThanOrEqualTo(12);
    }

    @Test
    void shouldBeFarApartWhenTextsAreUnrelated() {
        String a = simHash.fingerprint(seed("rouhani-khan-new-york.txt"));
        String b = simHash.fingerprint(seed("tehran-islamabad-ties.txt"));
        String c = simHash.fingerprint(LanguageSamples.ENGLISH);
        assertThat(SimHash.hammingDistance(a, b)).isGreaterThanOrEqualTo(16);
        assertThat(SimHash.hammingDistance(a, c)).isGreaterThanOrEqualTo(16);
    }

    @Test
    void shouldCountDifferingBitsWhenGivenTwoFingerprints() {
        assertThat(SimHash.hammingDistance("0000000000000000", "0000000000000000")).isZero();
        assertThat(SimHash.hammingDistance("0000000000000000", "ffffffffffffffff")).isEqualTo(64);
        assertThat(SimHash.hammingDistance("8000000000000001", "0000000000000000")).isEqualTo(2);
    }

    @Test
    void shouldFingerprintQuicklyWhenTheBodyIsLong() {
        String body = "word ".repeat(200_000) + seed("tehran-islamabad-ties.txt");
        long start = System.nanoTime();
        assertThat(simHash.fingerprint(body)).hasSize(16);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
