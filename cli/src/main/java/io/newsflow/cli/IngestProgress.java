package io.newsflow.cli;

import io.newsflow.ingest.FileIngester;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a person sees while ingest runs: each skipped file at once, with its reason, and for runs longer than a
 * few seconds a line every few seconds with the counts so far (the total is unknown: folders are streamed, not
 * listed first).
 */
final class IngestProgress implements FileIngester.Listener {

    private static final long EVERY_NANOS = 3_000_000_000L;

    private final PrintStream err;
    private final long startNanos = System.nanoTime();
    private final AtomicLong nextReport = new AtomicLong(startNanos + EVERY_NANOS);
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    IngestProgress(PrintStream err) {
        this.err = err;
    }

    static String skipLine(Path file, String reason) {
        return "skipped " + file + ": " + reason;
    }

    @Override
    public void fileSkipped(Path file, String reason) {
        skipped.incrementAndGet();
        err.println(skipLine(file, reason));
    }

    @Override
    public void fileDone(Path file, String articleId) {
        long count = done.incrementAndGet();
        long now = System.nanoTime();
        long next = nextReport.get();
        if (now >= next && nextReport.compareAndSet(next, now + EVERY_NANOS)) {
            double seconds = (now - startNanos) / 1e9;
            err.printf(Locale.ROOT, "ingest: %,d files done (%,d skipped) in %.0f s, %,.0f files/s%n",
                    count, skipped.get(), seconds, count / seconds);
        }
    }
}
