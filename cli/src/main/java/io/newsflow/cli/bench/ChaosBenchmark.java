package io.newsflow.cli.bench;

import io.newsflow.localkafka.LocalKafkaBroker;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** bench/chaos: the pipeline crash test at scale, on a local broker, with a summary and a failing exit code. */
@Command(name = "bench/chaos",
        description = {"Crash test of the whole pipeline: ingest generated articles while the processor and the "
                + "sinks, each in its own JVM, are killed with SIGKILL at seeded random moments and restarted; "
                + "then check that every article is on the output topics, in the JSON Lines files and in "
                + "PostgreSQL exactly once.",
                "Exit code 0 when it holds, 1 when an article is missing or duplicated, 2 when the run broke."})
public final class ChaosBenchmark implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "20000",
            description = "Generated articles to ingest (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--kills", paramLabel = "K", defaultValue = "3",
            description = "SIGKILLs per stage (default: ${DEFAULT-VALUE}).")
    int kills;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "3",
            description = "Partitions of every topic (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the articles and the kill plan "
            + "(default: the clock; printed, so that a run can be repeated).")
    Long seed;

    @Option(names = "--ingest-rate", paramLabel = "ARTICLES/S", defaultValue = "500",
            description = "Pace of ingest (default: ${DEFAULT-VALUE}).")
    int ingestRate;

    @Option(names = "--jdbc-url", paramLabel = "URL", description = "PostgreSQL for the PostgreSQL sink, user and "
            + "password in the URL, e.g. jdbc:postgresql://localhost:5432/news?user=u&password=p; without it that "
            + "sink is left out. Its articles tables must not exist yet or be empty.")
    String jdbcUrl;

    @Option(names = "--keep", description = "Keep the articles, output files and stage logs; print where.")
    boolean keep;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new ChaosBenchmark());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("bench/chaos: the run broke: " + e.getMessage());
            return 2;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || kills < 0 || partitions < 1 || ingestRate < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles, --partitions and --ingest-rate must be >= 1, --kills >= 0");
        }
        long runSeed = seed != null ? seed : System.nanoTime();
        ChaosRun.Settings settings = new ChaosRun.Settings(articles, kills, partitions, runSeed, jdbcUrl, ingestRate,
                Duration.ofSeconds(120 + articles / 20));
        System.out.printf(Locale.ROOT, "newsflow crash test: %d articles, %d kills per stage, %d partitions, seed %d, "
                + "%s%n", articles, kills, partitions, runSeed, machine());
        Path workDir = Files.createTempDirectory("newsflow-chaos-");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(ChaosRun.brokerOptions())) {
            ChaosReport report = ChaosRun.run(broker.bootstrapServers(), settings, workDir, System.out);
            System.out.println();
            System.out.print(report.render());
            System.out.println("at the end: " + machine());
            return report.passed() ? 0 : 1;
        } finally {
            if (keep) {
                System.out.println("Kept the articles, output and stage logs in " + workDir);
            } else {
                PipelineBenchmark.deleteRecursively(workDir);
            }
        }
    }

    private static String machine() {
        return String.format(Locale.ROOT, "cores=%d, load average %.1f", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
