package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FingerprintBandsTest {

    @Test
    void shouldMakeOneKeyPerBandAndCoverEveryBitOnce() {
        for (int distance = 0; distance <= FingerprintBands.MAX_DISTANCE; distance++) {
            FingerprintBands bands = new FingerprintBands(distance);
            long fingerprint = 0x0123456789abcdefL;
            List<String> keys = bands.keys(fingerprint);
            assertThat(keys).hasSize(distance + 1).doesNotHaveDuplicates();
            for (int bit = 0; bit < 64; bit++) {
                List<String> flipped = bands.keys(fingerprint ^ (1L << bit));
                long changed = keys.stream().filter(key -> !flipped.contains(key)).count();
                assertThat(changed).as("bit %d of distance %d", bit, distance).isEqualTo(1);
            }
        }
    }

    @Test
    void shouldShareABandKeyWithEveryFingerprintWithinTheDistance() {
        Random random = new Random(42);
        for (int distance = 0; distance <= FingerprintBands.MAX_DISTANCE; distance++) {
            FingerprintBands bands = new FingerprintBands(distance);
            for (int trial = 0; trial < 2_000; trial++) {
                long a = random.nextLong();
                long b = flipRandomBits(a, random.nextInt(distance + 1), random);
                assertThat(FingerprintBands.distance(a, b)).isLessThanOrEqualTo(distance);
                assertThat(bands.near(a, b)).isTrue();
                assertThat(shared(bands.keys(a), bands.keys(b))).as("%016x %016x", a, b).isNotEmpty();
            }
        }
    }

    @Test
    void shouldMissAFingerprintWithOneChangedBitInEveryBandSoTheDistanceIsTheLimit() {
        FingerprintBands bands = new FingerprintBands(3);
        long a = 0L;
        long b = 1L | 1L << 16 | 1L << 32 | 1L << 48; // one bit in each 16-bit band: distance 4
        assertThat(shared(bands.keys(a), bands.keys(b))).isEmpty();
        assertThat(bands.near(a, b)).isFalse();
    }

    @Test
    void shouldFindUnrelatedFingerprintsFarApart() {
        Random random = new Random(7);
        FingerprintBands bands = new FingerprintBands(3);
        int near = 0;
        for (int i = 0; i < 10_000; i++) {
            near += bands.near(random.nextLong(), random.nextLong()) ? 1 : 0;
        }
        assertThat(near).as("P(distance <= 3) for random 64-bit values is about 2.3e-15").isZero();
    }

    @Test
    void shouldReadAndWriteTheContractsHexForm() {
        assertThat(FingerprintBands.parse("ffffffffffffffff")).isEqualTo(-1L);
        assertThat(FingerprintBands.format(FingerprintBands.parse("00ab00cd00ef0012"))).isEqualTo("00ab00cd00ef0012");
    }

    @Test
    void shouldRefuseADistanceOutsideZeroToSeven() {
        assertThatThrownBy(() -> new FingerprintBands(-1)).hasMessageContaining("0 to 7");
        assertThatThrownBy(() -> new FingerprintBands(8)).hasMessageContaining("0 to 7");
    }

    private static long flipRandomBits(long value, int count, Random random) {
        Set<Integer> bits = new HashSet<>();
        while (bits.size() < count) {
            bits.add(random.nextInt(64));
        }
        for (int bit : bits) {
            value ^= 1L << bit;
        }
        return value;
    }

    private static Set<String> shared(List<String> a, List<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }
}
