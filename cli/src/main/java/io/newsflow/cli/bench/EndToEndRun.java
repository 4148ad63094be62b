package io.newsflow.cli.bench;

import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.ingest.FileIngester;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * One timed end-to-end run: fresh topics, the stage under test started and running, then the clock starts,
 * the files are ingested, and the clock stops when the stage's reader has seen one output record per file.
 */
final class EndToEndRun {

    /** A streams app and the reader of its output topic. */
    interface Stage extends AutoCloseable {
        /** Starts both; {@code onOutput} runs once per output record the reader has consumed. */
        void start(TopicNames topics, Runnable onOutput);

        void awaitRunning(Duration timeout) throws InterruptedException;

        /** @return why the app or the reader stopped, or null while both are fine */
        Throwable failure();

        @Override
        void close();
    }

    /**
     * @param ingestNanos until {@code FileIngester.ingest} returned; {@code totalNanos} until the last output
     * @param cpu         CPU used from the first article ingested to the last output
     */
    record Result(int articles, long bytes, long ingestNanos, long totalNanos, CpuMeter.Usage cpu) {
        double ingestPerSecond() {
            return articles * 1e9 / ingestNanos;
        }

        double articlesPerSecond() {
            return articles * 1e9 / totalNanos;
        }

        double megabytesPerSecond() {
            return bytes * 1e9 / totalNanos / Units.MB;
        }
    }

    private EndToEndRun() {
    }

    /**
     * @param inputs     folders or files to ingest, {@code articles} files with {@code bytes} bytes in all
     * @param stageName  part of the name of every thread of the stage's streams app
     * @param broker     the broker process, whose CPU time is measured too
     */
    static Result measure(Admin admin, Map<String, Object> kafka, TopicNames topics, int partitions,
            List<Path> inputs, int articles, long bytes, Stage stage, String stageName, Supplier<ProcessHandle> broker,
            Duration timeout) throws Exception {
        TopicSetup.create(admin, topics, new TopicSetup.Layout(partitions, (short) 1));
        CountDownLatch outputs = new CountDownLatch(articles);
        IngestConfig ingest = new IngestConfig(topics.raw(), List.of(), List.of(), kafka);
        try (stage; FileIngester ingester = new FileIngester(ingest)) {
            stage.start(topics, outputs::countDown);
            stage.awaitRunning(timeout);

            CpuMeter cpu = new CpuMeter(stageName, broker);
            long start = System.nanoTime();
            IngestSummary summary = ingester.ingest(inputs);
            long ingested = System.nanoTime();
            if (!summary.allPublished() || summary.published() != articles) {
                throw new IllegalStateException("ingest published " + summary.published() + " of " + articles
                        + " files; first problem: " + summary.skipped().stream().findFirst()
                                .map(s -> s.file() + ": " + s.reason()).orElse("none"));
            }
            awaitOutputs(outputs, stage, start + timeout.toNanos());
            long end = System.nanoTime();
            return new Result(articles, bytes, ingested - start, end - start, cpu.stop());
        }
    }

    private static void awaitOutputs(CountDownLatch outputs, Stage stage, long deadline) throws InterruptedException {
        // Wakes at once on the last record; the slices only bound how late a failure or the deadline is noticed.
        while (!outputs.await(200, TimeUnit.MILLISECONDS)) {
            if (stage.failure() != null) {
                throw new IllegalStateException("the stage failed: " + stage.failure(), stage.failure());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException(outputs.getCount() + " records did not come out before the deadline");
            }
        }
    }
}
