package io.newsflow.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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

    FingerprintBands(int maxDistance) {
        this.maxDistance = checkDistance(maxDistance);
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
        int bands = bandCount();
        int start = 0;
        for (int before = 0; before < band; before++) {
            start += width(before, bands);
        }
        int width = width(band, bands);
        return width == 64 ? fingerprint : (fingerprint >>> start) & ((1L << width) - 1);
    }

    /** Bands differ by at most one bit in width when 64 does not divide evenly. */
    private static int width(int band, int bands) {
        return 64 / bands + (band < 64 % bands ? 1 : 0);
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

    static String format(long fingerprint) {
        return String.format(Locale.ROOT, "%016x", fingerprint);
    }
}
