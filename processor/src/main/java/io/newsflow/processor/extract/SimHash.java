package io.newsflow.processor.extract;

/**
 * 64-bit SimHash of a text: near-duplicate texts get fingerprints a few bits apart. Features are word
 * 3-shingles, so a changed word moves only the three shingles that contain it, while a shared vocabulary
 * alone (two stories on the same topic) does not make texts look alike. A word is a run of letters and digits,
 * hashed in lower case ({@link WordRuns#lowerHashes}).
 */
final class SimHash {

    private static final int SHINGLE = 3;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** @return 16 lowercase hex digits, or null when the body has no words */
    String fingerprint(String body) {
        return body == null ? null : fingerprint(WordRuns.of(body.toCharArray()));
    }

    /** {@link #fingerprint(String)} of the text these are the words of. */
    String fingerprint(WordRuns runs) {
        long[] words = runs.lowerHashes;
        int count = runs.count;
        if (count == 0) {
            return null;
        }
        BitTally ones = new BitTally();
        int shingles = Math.max(1, count - SHINGLE + 1);
        for (int i = 0; i < shingles; i++) {
            long hash = FNV_OFFSET;
            for (int j = i; j < Math.min(count, i + SHINGLE); j++) {
                hash = (hash ^ words[j]) * FNV_PRIME;
            }
            // FNV alone leaves the high bits poorly mixed; every bit must be a fair coin for SimHash to work.
            ones.add(fmix64(hash));
        }
        // A bit is set when more shingles vote for it than against it.
        long fingerprint = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (2L * ones.count(bit) > shingles) {
                fingerprint |= 1L << bit;
            }
        }
        // What "%016x" gives, without a Formatter per article.
        String hex = Long.toHexString(fingerprint);
        return "0".repeat(16 - hex.length()) + hex;
    }

    /**
     * How many of the added values have each of the 64 bits set. Eight adds per value instead of 64: lane
     * {@code b} holds, in each of its bytes, the count of bit {@code b}, {@code b + 8}, ... {@code b + 56};
     * the bytes are emptied into the totals before they can overflow.
     */
    private static final class BitTally {
        private static final long LOW_BIT_OF_EACH_BYTE = 0x0101010101010101L;
        private static final int MAX_PER_BYTE = 255;

        private final long[] lanes = new long[8];
        private final long[] totals = new long[64];
        private int pending;

        void add(long value) {
            for (int b = 0; b < 8; b++) {
                lanes[b] += (value >>> b) & LOW_BIT_OF_EACH_BYTE;
            }
            if (++pending == MAX_PER_BYTE) {
                flush();
            }
        }

        long count(int bit) {
            if (pending > 0) {
                flush();
            }
            return totals[bit];
        }

        private void flush() {
            for (int b = 0; b < 8; b++) {
                for (int k = 0; k < 8; k++) {
                    totals[b + 8 * k] += (lanes[b] >>> (8 * k)) & 0xFF;
                }
                lanes[b] = 0;
            }
            pending = 0;
        }
    }

    /** Bits that differ between two fingerprints: a few for near-duplicates, around 32 for unrelated texts. */
    static int hammingDistance(String a, String b) {
        return Long.bitCount(Long.parseUnsignedLong(a, 16) ^ Long.parseUnsignedLong(b, 16));
    }

    /** MurmurHash3's 64-bit finaliser: full avalanche in five steps. */
    private static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
