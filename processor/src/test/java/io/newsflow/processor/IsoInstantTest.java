package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoInstantTest {

    @Test
    void shouldReadWhatInstantToStringWritesAsInstantParseDoes() {
        Random random = new Random(20261130L);
        long lastSecondOf9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_167_219_200L, lastSecondOf9999 + 1),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1_000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(IsoInstant.parse(instant.toString())).isEqualTo(instant);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T18:21:44Z", "2026-11-30T18:21:44.1Z", "2026-11-30T18:21:44.12Z",
            "2026-11-30T18:21:44.1234Z", "2026-11-30T18:21:44.12345678Z", "2024-02-29T00:00:00Z",
            "0000-01-01T00:00:00Z", "2026-11-30T18:21:44.Z", "2026-11-30T18:21:44.1234567890Z",
            "2023-02-29T00:00:00Z", "2026-04-31T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-10T00:00:00Z",
            "2026-11-00T00:00:00Z", "2026-11-30T24:00:00Z", "2026-12-31T23:59:60Z", "2026-11-30T23:60:00Z",
            "2026-11-30t18:21:44z", "2026-11-30T18:21:44+01:00", "2026-11-30T18:21:44.5-05:30",
            "+12026-11-30T18:21:44Z", "-0001-11-30T18:21:44Z", "2026-11-30 18:21:44Z", "2026-11-30T18:21Z",
            "2026-1-30T18:21:44Z", "2026-11-30T18:21:4aZ", "2026-11-30T18:21:44", "", "yesterday",
            "2026-11-30T18:21:44.123456789Z", "2026-11-30T18:21:44,5Z", "２０２６-11-30T18:21:44Z"})
    void shouldAcceptRejectAndReadEveryOtherFormAsInstantParseDoes(String text) {
        assertThat(outcome(() -> IsoInstant.parse(text))).isEqualTo(outcome(() -> Instant.parse(text)));
    }

    private static String outcome(Supplier<Instant> parse) {
        try {
            return parse.get().toString();
        } catch (DateTimeParseException e) {
            return "rejected";
        }
    }
}
