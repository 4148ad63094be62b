package io.newsflow.benchmarks;

import io.newsflow.processor.extract.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Thread CPU time per article instead of JMH's wall-clock time ({@code bench/extract --cpu}): on a shared machine
 * a busy neighbour stretches wall time several-fold, while the CPU an extraction takes barely moves. Each set is
 * warmed for a fixed amount of this thread's CPU (so warm-up means the same under any load), then every call is
 * timed with the thread's CPU clock, round robin over the set's articles.
 */
final class CpuTimeRun {

    private static final Instant INGESTED = Instant.parse("2019-09-24T12:00:00Z");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final long warmupNanos;
    private final long measureNanos;

    CpuTimeRun(boolean longRun) {
        warmupNanos = (longRun ? 30 : 10) * 1_000_000_000L;
        measureNanos = (longRun ? 30 : 10) * 1_000_000_000L;
    }

    void run(List<String> sets) {
        System.out.printf(Locale.ROOT, "%-14s %10s %10s %10s %10s %10s   (thread CPU)%n", "input set", "median ms",
                "mean ms", "p90 ms", "samples", "alloc KB");
        for (String set : sets) {
            List<Inputs.Article> articles = Inputs.load(set);
            int next = 0;
            long start = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - start < warmupNanos) {
                extract(articles.get(next++ % articles.size()));
            }
            long[] times = new long[1024];
            int count = 0;
            start = threads.getCurrentThreadCpuTime();
            while (threads.getCurrentThreadCpuTime() - start < measureNanos || count < articles.size()) {
                long before = threads.getCurrentThreadCpuTime();
                extract(articles.get(count % articles.size()));
                if (count == times.length) {
                    times = Arrays.copyOf(times, 2 * count);
                }
                times[count++] = threads.getCurrentThreadCpuTime() - before;
            }
            print(set, Arrays.copyOf(times, count), allocatedPerArticle(articles));
        }
    }

    /**
     * Bytes allocated per article, over one pass of the set: unlike CPU time, a neighbour's load does not move it,
     * so it shows work removed or added between two builds on a noisy machine.
     */
    private long allocatedPerArticle(List<Inputs.Article> articles) {
        if (!(threads instanceof com.sun.management.ThreadMXBean counting)) {
            return -1;
        }
        long before = counting.getCurrentThreadAllocatedBytes();
        for (Inputs.Article article : articles) {
            extract(article);
        }
        return (counting.getCurrentThreadAllocatedBytes() - before) / articles.size();
    }

    private void extract(Inputs.Article article) {
        extractor.extract(article.content(), article.contentType(), INGESTED);
    }

    private static void print(String set, long[] times, long allocated) {
        Arrays.sort(times);
        double mean = Arrays.stream(times).average().orElse(0);
        System.out.printf(Locale.ROOT, "%-14s %10.3f %10.3f %10.3f %10d %10.1f%n", set, times[times.length / 2] / 1e6,
                mean / 1e6, times[times.length * 9 / 10] / 1e6, times.length, allocated / 1024.0);
    }
}
