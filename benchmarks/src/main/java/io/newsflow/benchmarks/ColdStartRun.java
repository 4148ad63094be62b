package io.newsflow.benchmarks;

import io.newsflow.processor.extract.ArticleExtractor;
import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The warm-up curve and the JIT bill of a fresh JVM ({@code bench/extract --cold N}): N articles extracted once
 * each, in order, as a pipeline that has just started sees them. Per block of {@value #BLOCK} articles it prints
 * the extraction thread's CPU per article and what the JIT compilers spent meanwhile: the JVM's compilation time
 * (C1 and C2 together, as {@link CompilationMXBean} counts it: elapsed time, which a loaded machine stretches) and,
 * on Linux, the CPU of the C1 and C2 compiler threads, which the JVM hides from {@link ThreadMXBean}; compare
 * builds by the CPU. The first block includes loading the language profiles and every class, as a fresh
 * pipeline's does.
 */
final class ColdStartRun {

    private static final int BLOCK = 1000;
    private static final Instant INGESTED = Instant.parse("2019-09-24T12:00:00Z");

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final CompilationMXBean compilation = ManagementFactory.getCompilationMXBean();
    private final ArticleExtractor extractor = new ArticleExtractor();
    private final int count;

    ColdStartRun(int count) {
        this.count = count;
    }

    void run(List<Inputs.Article> articles) {
        if (articles.size() < count) {
            System.out.printf(Locale.ROOT, "note: %d articles, so each comes back every %d%n", articles.size(),
                    articles.size());
        }
        System.out.printf(Locale.ROOT, "%8s %14s %12s %12s %12s%n", "articles", "CPU ms/article", "compile ms",
                "C1 CPU ms", "C2 CPU ms");
        Sample start = sample();
        Sample blockStart = start;
        for (int first = 0; first < count; first += BLOCK) {
            int end = Math.min(count, first + BLOCK);
            for (int i = first; i < end; i++) {
                Inputs.Article article = articles.get(i % articles.size());
                extractor.extract(article.content(), article.contentType(), INGESTED);
            }
            Sample now = sample();
            print(String.valueOf(end), now.minus(blockStart), end - first);
            blockStart = now;
        }
        System.out.println();
        print("total", blockStart.minus(start), count);
    }

    private void print(String label, Sample spent, int articles) {
        System.out.printf(Locale.ROOT, "%8s %14.3f %12d %12s %12s%n", label, spent.extractionNanos / 1e6 / articles,
                spent.compileMillis, millis(spent.c1Nanos), millis(spent.c2Nanos));
    }

    private static String millis(long nanos) {
        return nanos < 0 ? "-" : String.valueOf(nanos / 1_000_000);
    }

    private Sample sample() {
        return new Sample(threads.getCurrentThreadCpuTime(), compilation.getTotalCompilationTime(),
                compilerCpuNanos("C1 CompilerThre"), compilerCpuNanos("C2 CompilerThre"));
    }

    /**
     * CPU of the JVM's threads whose name starts with {@code prefix} (Linux cuts thread names to 15 characters),
     * from /proc in clock ticks of 10 ms (USER_HZ is 100 on Linux); -1 where /proc is not there. On a few cores
     * the JVM keeps one thread per compiler for its whole life, so the sum does not lose exited threads.
     */
    private static long compilerCpuNanos(String prefix) {
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return -1;
        }
        try (Stream<Path> all = Files.list(tasks)) {
            long ticks = 0;
            for (Path task : all.toList()) {
                if (Files.readString(task.resolve("comm")).startsWith(prefix)) {
                    String stat = Files.readString(task.resolve("stat"));
                    // Fields after the parenthesised name: state is field 3, utime 14 and stime 15.
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                }
            }
            return ticks * 10_000_000L;
        } catch (IOException e) {
            return -1;
        }
    }

    private record Sample(long extractionNanos, long compileMillis, long c1Nanos, long c2Nanos) {

        Sample minus(Sample earlier) {
            return new Sample(extractionNanos - earlier.extractionNanos, compileMillis - earlier.compileMillis,
                    difference(c1Nanos, earlier.c1Nanos), difference(c2Nanos, earlier.c2Nanos));
        }

        private static long difference(long now, long before) {
            return now < 0 || before < 0 ? -1 : now - before;
        }
    }
}
