package io.newsflow.processor.extract;

/** 64-bit SimHash of a text: near-duplicate texts get fingerprints a few bits apart. */
final class SimHash {

    /** @return 16 lowercase hex digits */
    String fingerprint(String body) {
        return null;
    }
}
