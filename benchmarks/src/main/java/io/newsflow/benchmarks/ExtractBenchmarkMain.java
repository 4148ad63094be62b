package io.newsflow.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/**
 * Runs {@link ExtractBenchmark} on the input sets that are present and prints median and mean
 * milliseconds per article. Options: {@code --long}, {@code --cpu} (thread CPU time per article instead of
 * JMH's wall time: see {@link CpuTimeRun}), {@code --cold N} (a fresh JVM's warm-up curve and JIT bill over N
 * articles: see {@link ColdStartRun}), {@code --root DIR}, {@code --dev-dir DIR}, {@code --dir DIR} (the articles
 * of a folder: input set {@value Inputs#DIR}), {@code --inputs a,b}.
 */
public final class ExtractBenchmarkMain {

    private ExtractBenchmarkMain() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean longRun = false;
        boolean cpu = false;
        int cold = 0;
        List<String> wanted = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--long" -> longRun = true;
                case "--cpu" -> cpu = true;
                case "--cold" -> cold = Integer.parseInt(args[++i]);
                case "--root" -> System.setProperty(Inputs.ROOT_PROPERTY, args[++i]);
                case "--dev-dir" -> System.setProperty(Inputs.DEV_PROPERTY, args[++i]);
                case "--dir" -> System.setProperty(Inputs.DIR_PROPERTY, args[++i]);
                case "--inputs" -> wanted = List.of(args[++i].split(","));
                default -> {
                    System.err.println("bench/extract: unknown option " + args[i]
                            + "; options: --long, --cpu, --cold N, --root DIR, --dev-dir DIR, --dir DIR, --inputs "
                            + String.join(",", Inputs.ALL) + "," + Inputs.DIR);
                    System.exit(2);
                }
            }
        }
        if (wanted == null) {
            wanted = System.getProperty(Inputs.DIR_PROPERTY) != null ? List.of(Inputs.DIR) : Inputs.ALL;
        }
        List<String> sets = new ArrayList<>();
        for (String set : wanted) {
            int count = Inputs.load(set).size();
            if (count == 0) {
                System.out.println("skipping " + set + ": no articles (looked in " + (set.equals(Inputs.DIR)
                        ? Inputs.dir() : set.startsWith("dev") ? Inputs.devDir() : Inputs.root()) + ")");
            } else {
                System.out.printf(Locale.ROOT, "%s: %d article(s)%n", set, count);
                sets.add(set);
            }
        }
        if (sets.isEmpty()) {
            System.exit(1);
        }
        if (cold > 0) {
            List<Inputs.Article> articles = new ArrayList<>();
            sets.forEach(set -> articles.addAll(Inputs.load(set)));
            new ColdStartRun(cold).run(articles);
            return;
        }
        if (cpu) {
            new CpuTimeRun(longRun).run(sets);
            return;
        }
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(ExtractBenchmark.class.getName() + ".extract")
                .param("inputs", sets.toArray(String[]::new))
                .threads(1)
                .forks(longRun ? 3 : 1)
                .warmupIterations(longRun ? 5 : 3).warmupTime(TimeValue.seconds(longRun ? 2 : 1))
                .measurementIterations(longRun ? 10 : 5).measurementTime(TimeValue.seconds(longRun ? 2 : 1))
                .jvmArgsAppend("-D" + Inputs.ROOT_PROPERTY + "=" + Inputs.root(),
                        "-D" + Inputs.DEV_PROPERTY + "=" + Inputs.devDir(),
                        "-D" + Inputs.DIR_PROPERTY + "=" + Inputs.dir());
        print(new Runner(options.build()).run());
    }

    private static void print(Collection<RunResult> results) {
        System.out.println();
        System.out.printf(Locale.ROOT, "%-14s %10s %10s %10s %10s%n", "input set", "median ms", "mean ms", "p90 ms",
                "samples");
        for (RunResult result : results) {
            Statistics statistics = result.getPrimaryResult().getStatistics();
            System.out.printf(Locale.ROOT, "%-14s %10.3f %10.3f %10.3f %10d%n", result.getParams().getParam("inputs"),
                    statistics.getPercentile(50), statistics.getMean(), statistics.getPercentile(90),
                    statistics.getN());
        }
    }
}
