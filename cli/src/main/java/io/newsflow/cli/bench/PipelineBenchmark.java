package io.newsflow.cli.bench;

import io.newsflow.cli.bench.ArticleGenerator.ArticleSet;
import io.newsflow.processor.Extractor;
import io.newsflow.processor.extract.ArticleExtractor;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures the pipeline against two references on one local broker: Kafka's ProducerPerformance (what the
 * broker can take in) and a pass-through Streams app (what exactly-once Kafka Streams costs doing no work).
 *
 * <p>Order: generate, ProducerPerformance (in its own JVM), an unmeasured warm-up of both the pipeline and the
 * pass-through (class loading and JIT would otherwise be charged to whichever runs first), then the pipeline,
 * then the pass-through. Running the pass-through last gives it the hotter JIT, so the pipeline/pass-through
 * ratio errs low rather than flattering the pipeline. With {@code --rounds R} the measured pair is repeated, each
 * round on fresh topics, and the median round is the result: the host's speed drifts over minutes, and a pair
 * measured in the same minute says more than one invocation's single pair.
 */
@Command(name = "bench/run",
        description = "Benchmark the newsflow pipeline end to end against Kafka's ProducerPerformance and a "
                + "pass-through Kafka Streams app, on a local broker.")
public final class PipelineBenchmark implements Callable<Integer> {

    static final long SEED = 20261123L;
    private static final int ALONE_ARTICLES = 2000;
    private static final int ALONE_ROUNDS = 3;

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
            description = "Synthetic articles to generate and send (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "3",
            description = "Partitions of every topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--warmup", paramLabel = "W", defaultValue = "1000",
            description = "Articles sent through each stage before the measured runs (at most N; default: "
                    + "${DEFAULT-VALUE}). Extraction methods reach C2 only after thousands of calls, so the JIT "
                    + "compilers stay busy well after 1000; the CPU lines show how much of a run they took.")
    int warmupArticles;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "1",
            description = "Measured rounds, each the pipeline then the pass-through on fresh topics (default: "
                    + "${DEFAULT-VALUE}). Every round's ratio is printed; the summary is the round with the median "
                    + "ratio.")
    int rounds;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--streams-setting", paramLabel = "KEY=VALUE",
            description = "A Kafka Streams setting for both the pipeline and the pass-through, over the processor's "
                    + "own (e.g. commit.interval.ms=1000); repeatable. To measure a setting before making it the "
                    + "default.")
    Map<String, String> streamsSettings = new LinkedHashMap<>();

    @Option(names = "--without-extraction",
            description = "Also run the pipeline with an extraction step that copies the content into the body and "
                    + "extracts nothing (after the pass-through): what the rest of the topology costs, so the "
                    + "highest rate any extraction speed could reach.")
    boolean withoutExtraction;

    @Option(names = "--keep", description = "Keep the generated articles and the sink's output; print where.")
    boolean keep;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PipelineBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || partitions < 1 || warmupArticles < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles, --partitions, --warmup and --rounds must be >= 1");
        }
        long started = System.nanoTime();
        Path workDir = Files.createTempDirectory("newsflow-bench-");
        try {
            System.out.printf(Locale.ROOT, "newsflow benchmark: N=%d articles, P=%d partitions, %s%n%n",
                    articles, partitions, machine());
            long t = System.nanoTime();
            ArticleSet set = new ArticleGenerator(SEED).write(workDir.resolve("articles"), articles);
            System.out.printf(Locale.ROOT, "1. Generated %d articles in %.1f s: %.1f MB, %d-%d bytes, avg %.0f%n",
                    articles, seconds(System.nanoTime() - t), set.totalBytes() / Units.MB, set.minBytes(),
                    set.maxBytes(), set.averageBytes());
            SummaryTable table = measure(set, workDir);
            System.out.println();
            System.out.print(table.note(String.format(Locale.ROOT, "N=%d, P=%d, %s, total wall time %.0f s",
                    articles, partitions, machine(), seconds(System.nanoTime() - started))).render());
            return 0;
        } finally {
            if (keep) {
                System.out.println("Kept the generated articles and the sink's output in " + workDir);
            } else {
                deleteRecursively(workDir);
            }
        }
    }

    private SummaryTable measure(ArticleSet set, Path workDir) throws Exception {
        long t = System.nanoTime();
        try (BenchSession session = BenchSession.start(workDir, partitions, Duration.ofSeconds(60 + articles / 50),
                streamsSettings)) {
            System.out.printf(Locale.ROOT, "   Local broker at %s ready in %.1f s%s%n", session.bootstrapServers(),
                    seconds(System.nanoTime() - t), streamsSettings.isEmpty() ? "" : "; streams settings " + streamsSettings);
            int warmup = Math.min(articles, warmupArticles);
            int recordSize = (int) Math.round(set.averageBytes());
            ProducerPerfRun.Result ceiling = session.producerPerformance(articles, warmup, recordSize);
            System.out.printf(Locale.ROOT, "2. ProducerPerformance, %d records of %d bytes (after %d warm-up), %s: "
                    + "%,.0f records/s, %.2f MB/s, avg latency %.0f ms, p99 %d ms%n", ceiling.records(), recordSize,
                    warmup, String.join(" ", ProducerPerfRun.PRODUCER_PROPS), ceiling.recordsPerSecond(),
                    ceiling.megabytesPerSecond(), ceiling.avgLatencyMs(), ceiling.p99LatencyMs());

            t = System.nanoTime();
            List<Path> warmupFiles = set.files().subList(0, warmup);
            // The warm-up runs the measured run's classes: the same metering wrapper around the same extractor
            // object. Each `::extract` expression is a class of its own, and one the warm-up never showed the
            // stream threads makes the JIT drop the code that called it at the measured run's first article
            // (a class_check deoptimization of MeteredExtractor.extract, seen in JFR).
            Extractor articleExtraction = new ArticleExtractor()::extract;
            session.pipeline("warmup-pipeline", warmupFiles, warmup, 0, new MeteredExtractor(articleExtraction));
            session.passThrough("warmup-pass", warmupFiles, warmup, 0);
            System.out.printf(Locale.ROOT, "   Warm-up: %d articles through each, %.1f s (not measured)%n", warmup,
                    seconds(System.nanoTime() - t));

            List<Round> measured = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                measured.add(measureRound(session, set, articleExtraction, round));
            }
            Round median = Round.median(measured);
            EndToEndRun.Result pass = median.pass();
            SummaryTable table = SummaryTable.of(ceiling, median.pipeline(), pass, set.averageBytes())
                    .note(median.extractionNote());
            if (rounds > 1) {
                table.note(String.format(Locale.ROOT, "pipeline / pass-through by round: %s; above: round %d, the "
                        + "median", Round.ratios(measured), median.number()));
            }
            if (withoutExtraction) {
                EndToEndRun.Result floor = session.pipeline("no-extraction", List.of(set.dir()), articles,
                        set.totalBytes(), new BodyCopyExtractor());
                print("5. Pipeline without extraction", floor);
                table.withoutExtraction(floor, pass, ceiling);
            }
            List<Path> sample = set.files().subList(0, Math.min(set.files().size(), ALONE_ARTICLES));
            String alone = String.format(Locale.ROOT, "extraction alone on one thread of this JVM, after the runs: "
                    + "%.2f ms per article (%d articles, warm)", extractionAlone(sample), sample.size());
            System.out.println("6. " + alone);
            return table.note(alone);
        }
    }

    /** One measured pair: the pipeline, then the pass-through, each on topics of its own. */
    private Round measureRound(BenchSession session, ArticleSet set, Extractor articleExtraction, int round)
            throws Exception {
        String suffix = rounds == 1 ? "" : "-" + round;
        String of = rounds == 1 ? "" : String.format(Locale.ROOT, " (round %d of %d)", round, rounds);
        MeteredExtractor extraction = new MeteredExtractor(articleExtraction);
        EndToEndRun.Result pipeline = session.pipeline("pipeline" + suffix, List.of(set.dir()), articles,
                set.totalBytes(), extraction);
        print("3. Pipeline" + of, pipeline);
        String extractionNote = String.format(Locale.ROOT, "extraction in the stream threads %.2f ms per article",
                extraction.millisPerCall());
        System.out.println("   " + extractionNote);
        EndToEndRun.Result pass = session.passThrough("pass" + suffix, List.of(set.dir()), articles,
                set.totalBytes());
        print("4. Pass-through" + of, pass);
        Round measured = new Round(round, pipeline, pass, extractionNote);
        System.out.printf(Locale.ROOT, "   pipeline/pass-through %.2f%n", measured.ratio());
        return measured;
    }

    record Round(int number, EndToEndRun.Result pipeline, EndToEndRun.Result pass, String extractionNote) {
        double ratio() {
            return pipeline.articlesPerSecond() / pass.articlesPerSecond();
        }

        /** The round with the median ratio; of an even count, the lower of the two middle ones. */
        static Round median(List<Round> rounds) {
            List<Round> byRatio = new ArrayList<>(rounds);
            byRatio.sort(Comparator.comparingDouble(Round::ratio));
            return byRatio.get((byRatio.size() - 1) / 2);
        }

        static String ratios(List<Round> rounds) {
            StringBuilder out = new StringBuilder();
            for (Round round : rounds) {
                out.append(out.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.2f", round.ratio()));
            }
            return out.toString();
        }
    }

    /**
     * The same extraction without Kafka beside it, in the JVM whose compiled code the pipeline ran: against the
     * stream threads' figure it shows what sharing two cores with the broker and the clients adds.
     */
    private static double extractionAlone(List<Path> files) throws IOException {
        List<String> texts = new ArrayList<>(files.size());
        for (Path file : files) {
            texts.add(Files.readString(file));
        }
        ArticleExtractor extractor = new ArticleExtractor();
        MeteredExtractor lastRound = null;
        for (int round = 0; round < ALONE_ROUNDS; round++) {
            lastRound = new MeteredExtractor(extractor::extract);
            for (String text : texts) {
                lastRound.extract(text, "text/plain", Instant.EPOCH);
            }
        }
        return lastRound.millisPerCall();
    }

    private static void print(String stage, EndToEndRun.Result result) {
        System.out.printf(Locale.ROOT, "%s: ingest %.1f s (%,.0f files/s), end to end %.1f s (%,.0f articles/s, "
                + "%.2f MB/s)%n   %s%n", stage, seconds(result.ingestNanos()), result.ingestPerSecond(),
                seconds(result.totalNanos()), result.articlesPerSecond(), result.megabytesPerSecond(),
                result.cpu().perArticle(result.articles()));
    }

    /** The load average is there because other work on a 2-core machine moves every figure. */
    private static String machine() {
        Runtime runtime = Runtime.getRuntime();
        return String.format(Locale.ROOT, "cores=%d, JVM max heap=%d MB, Java %s, load average %.1f",
                runtime.availableProcessors(), runtime.maxMemory() >> 20, System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
