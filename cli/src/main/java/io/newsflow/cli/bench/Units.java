package io.newsflow.cli.bench;

/** Shared units, so every MB/s in the report means the same thing as ProducerPerformance's. */
final class Units {

    /** ProducerPerformance divides by 1024 * 1024 and calls it MB; the report follows it. */
    static final double MB = 1024.0 * 1024.0;

    private Units() {
    }
}
