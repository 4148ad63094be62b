package io.newsflow.processor;

import java.util.ArrayList;
import java.util.List;

/**
 * The band index of 64-bit SimHash fingerprints: exact-match keys that find every fingerprint within a Hamming
 * distance without comparing against all of them.
 *
 * <p>The 64 bits are cut into {@code maxDistance + 1} contiguous bands. Two fingerprints that differ in at most
 * {@code maxDistance} bits cannot have a differing bit in every band (pigeonhole), so they agree exactly on at
 * least one band: looking up each band's key finds every candidate, and the Hamming distance then filters out
 * those that agreed on a band by chance.
 */
final class FingerprintBands {

    static final int MAX_DISTANCE = 7;

    private final int maxDistance;
    /** Each band's first bit and its mask once shifted down, computed once: {@link #bits} runs per article. */
    private final int[] starts;
    private final long[] masks;

    FingerprintBands(int maxDistance) {
        this.maxDistance = checkDistance(maxDistance);
        int bands = maxDistance + 1;
        starts = new int[bands];
        masks = new long[bands];
        int start = 0;
        for (int band = 0; band < bands; band++) {
            // Bands differ by at most one bit in width when 64 does not divide evenly.
            int width = 64 / bands + (band < 64 % bands ? 1 : 0);
            starts[band] = start;
            masks[band] = width == 64 ? -1L : (1L << width) - 1;
            start += width;
        }
    }

    static int checkDistance(int maxDistance) {
        if (maxDistance < 0 || maxDistance > MAX_DISTANCE) {
            // More bands means narrower ones; below 8 bits a band matches 1 in 256 unrelated articles and lookups
            // stop being cheap.
            throw new IllegalArgumentException("the near-duplicate distance must be 0 to " + MAX_DISTANCE
                    + " bits, not " + maxDistance);
        }
        return maxDistance;
    }

    int maxDistance() {
        return maxDistance;
    }

    int bandCount() {
        return maxDistance + 1;
    }

    /** One key per band: band number and the band's bits, e.g. {@code 2:3f0a}. */
    List<String> keys(long fingerprint) {
        List<String> keys = new ArrayList<>(bandCount());
        for (int band = 0; band < bandCount(); band++) {
            keys.add(band + ":" + Long.toHexString(bits(fingerprint, band)));
        }
        return keys;
    }

    /** The bits of one band, shifted down. */
    long bits(long fingerprint, int band) {
        return (fingerprint >>> starts[band]) & masks[band];
    }

    boolean near(long a, long b) {
        return distance(a, b) <= maxDistance;
    }

    static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** The contract's 16-hex-digit form. */
    static long parse(String fingerprint) {
        return Long.parseUnsignedLong(fingerprint, 16);
    }

    /** Without a Formatter: the linker's record reader formats every article's fingerprint. */
    static String format(long fingerprint) {
        String hex = Long.toHexString(fingerprint);
        return "0".repeat(16 - hex.length()) + hex;
    }
}
