package io.newsflow.cli.bench;

import io.newsflow.processor.Extractor;
import io.newsflow.processor.extract.Extraction;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the thread CPU that extraction takes inside the stream threads, so a run can tell the stage threads'
 * time apart into extraction and everything else Kafka Streams does. Two clock reads per article (about a
 * microsecond) are the price.
 */
final class MeteredExtractor implements Extractor {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Extractor extractor;
    private final LongAdder nanos = new LongAdder();
    private final LongAdder calls = new LongAdder();

    MeteredExtractor(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Extraction extract(String content, String contentType, Instant ingestedAt) {
        long start = THREADS.getCurrentThreadCpuTime();
        try {
            return extractor.extract(content, contentType, ingestedAt);
        } finally {
            nanos.add(THREADS.getCurrentThreadCpuTime() - start);
            calls.increment();
        }
    }

    /** Mean thread CPU per call so far, in milliseconds; 0 before the first call. */
    double millisPerCall() {
        long n = calls.sum();
        return n == 0 ? 0 : nanos.sum() / 1e6 / n;
    }
}
