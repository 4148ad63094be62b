package io.newsflow.cli.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.cli.Newsflow;
import io.newsflow.cli.TopicContents;
import io.newsflow.cli.bench.ArticleGenerator.ArticleSet;
import io.newsflow.cli.status.PipelineStatus;
import io.newsflow.events.Json;
import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.ingest.FileIngester;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.sink.JsonLinesOutput;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The crash test of the whole pipeline: generated articles are ingested while {@code newsflow process},
 * {@code newsflow sink --out DIR} and (given a JDBC URL) {@code newsflow sink --to postgres} run in JVMs of their
 * own, each killed with SIGKILL at seeded random moments and restarted. At the end the topics, the files and the
 * table are read back and compared: every article must be in each exactly once.
 *
 * <p>Only the public surface is used: the commands as people run them and what is on the topics, in the files
 * and in the table. Restarted stages take their partitions back at once through static membership
 * ({@code group.instance.id}), as stages under a supervisor would be run.
 */
public final class ChaosRun {

    public static final String PROCESSOR = "processor";
    public static final String SINK_JSONL = "sink-jsonl";
    public static final String SINK_POSTGRES = "sink-postgres";
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(10);
    private static final int MAX_KILL_DELAY_MILLIS = 500;

    /**
     * @param jdbcUrl          PostgreSQL to run the PostgreSQL sink against, or null to leave that sink out
     * @param ingestPerSecond  the pace of ingest, so that articles keep arriving while stages are killed
     * @param timeout          for the whole run; what has not arrived by then is reported missing
     */
    public record Settings(int articles, int kills, int partitions, long seed, String jdbcUrl, int ingestPerSecond,
            Duration timeout) {
    }

    /**
     * The local broker for a chaos run. A killed processor leaves its transaction open, and read_committed readers
     * wait until the broker aborts it: after Kafka Streams' transaction.timeout.ms (10 s), at the broker's next
     * scan for timed-out transactions, every 10 s by default, every second here.
     */
    public static LocalKafkaBroker.Options brokerOptions() {
        return LocalKafkaBroker.Options.defaults()
                .withBrokerProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
    }

    private final String bootstrap;
    private final Settings settings;
    private final Path workDir;
    private final PrintStream log;
    private final long startNanos = System.nanoTime();
    private final TopicNames topics;

    private ChaosRun(String bootstrap, Settings settings, Path workDir, PrintStream log) {
        this.bootstrap = bootstrap;
        this.settings = settings;
        this.workDir = workDir;
        this.log = log;
        this.topics = new TopicNames("chaos-" + settings.seed() + ".raw", "chaos-" + settings.seed() + ".enriched",
                "chaos-" + settings.seed() + ".dlq");
    }

    /** Runs the scenario on the broker at {@code bootstrap}, writing articles, output and child logs into workDir. */
    public static ChaosReport run(String bootstrap, Settings settings, Path workDir, PrintStream log)
            throws Exception {
        return new ChaosRun(bootstrap, settings, workDir, log).run();
    }

    private ChaosReport run() throws Exception {
        try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
            TopicSetup.create(admin, topics, new TopicSetup.Layout(settings.partitions(), (short) 1));
        }
        ArticleSet set = new ArticleGenerator(settings.seed()).write(workDir.resolve("articles"), settings.articles());
        log("generated %d articles (%.1f MB)", settings.articles(), set.totalBytes() / Units.MB);
        Path out = workDir.resolve("out");
        Path logs = Files.createDirectories(workDir.resolve("logs"));
        Random random = new Random(settings.seed());

        List<ChildStage> stages = new ArrayList<>();
        try (OutputCounter outcomes = new OutputCounter(bootstrap, List.of(topics.enriched(), topics.deadLetter()));
                ArticleRows rows = new ArticleRows(settings.jdbcUrl())) {
            // One state folder for every run of the processor: a restart finds its stores (and its process id) again.
            ChildStage processor = stage(PROCESSOR, List.of("process", "--application-id", "chaos-processor",
                    "--dlq-topic", topics.deadLetter(), "--state-dir", workDir.resolve("processor-state").toString()),
                    outcomes::count, logs, random);
            ChildStage jsonLines = stage(SINK_JSONL, List.of("sink", "--out", out.toString(), "--roll-bytes", "256KiB",
                    "--roll-interval", "500ms"), new CommittedLines(out), logs, random);
            ChildStage postgres = settings.jdbcUrl() == null ? null : stage(SINK_POSTGRES,
                    List.of("sink", "--to", "postgres", "--jdbc-url", settings.jdbcUrl()), rows, logs, random);
            stages.add(processor);
            stages.add(jsonLines);
            if (postgres != null) {
                stages.add(postgres);
            }
            for (ChildStage stage : stages) {
                stage.start();
            }
            long ingestStart = System.nanoTime();
            Ingest ingest = new Ingest(set.files());
            ingest.allow(stages);
            ingest.start();
            long deadline = startNanos + settings.timeout().toNanos();
            long nextReport = System.nanoTime();
            while (stages.stream().anyMatch(ChildStage::killsLeft)) {
                if (System.nanoTime() - nextReport >= 0) {
                    log("progress: %d ingested; %s", ingest.count(), describe(stages));
                    nextReport += REPORT_EVERY.toNanos();
                }
                for (ChildStage stage : stages) {
                    if (stage.step()) {
                        log("%s killed (%d) at %d and restarted; processor at %d", stage.name(), stage.kills(),
                                stage.progress(), outcomes.count());
                    }
                }
                ingest.allow(stages);
                ingest.requireNoFailure();
                requireBefore(deadline, () -> "the planned kills: " + describe(stages));
                Thread.sleep(POLL.toMillis());
            }
            ingest.allow(stages);
            log("all kills done: %s", describe(stages));
            List<String> ingested = ingest.await(deadline);
            log("all %d articles ingested", ingested.size());

            awaitProgress(processor, ingested.size(), deadline);
            processor.stop(); // no transaction left open while the topics are read back
            Topics read = readTopics();
            ChaosReport.Accounting accounting = accounting(topics.raw());
            log("newsflow status: %s", accounting.verdict());
            log("topics read back: %d raw, %d enriched, %d dead-lettered", read.raw.size(), read.enrichedIds.size(),
                    read.deadLetterKeys.size());
            // A line per enriched record in the files; a row per article in the table.
            awaitProgress(jsonLines, read.enrichedIds.size(), deadline);
            if (postgres != null) {
                awaitProgress(postgres, new HashSet<>(read.enrichedIds).size(), deadline);
            }
            long pipelineNanos = System.nanoTime() - ingestStart;
            for (ChildStage stage : stages) {
                stage.stop();
            }
            stages.forEach(stage -> log("%s: %.1f s of CPU in %d runs", stage.name(), stage.cpu().toMillis() / 1e3,
                    stage.kills() + 1));

            Map<String, Integer> kills = new LinkedHashMap<>();
            stages.forEach(stage -> kills.put(stage.name(), stage.kills()));
            List<String> outcomeKeys = new ArrayList<>(read.enrichedKeys);
            outcomeKeys.addAll(read.deadLetterKeys);
            return new ChaosReport(settings, kills, pipelineNanos, System.nanoTime() - startNanos,
                    read.enrichedKeys.size(), read.deadLetterKeys.size(),
                    ChaosReport.Check.of("raw topic", read.raw, ingested),
                    ChaosReport.Check.of("enriched + dead-lettered", outcomeKeys, ingested),
                    ChaosReport.Check.of("JSON Lines files", jsonLinesIds(out), read.enrichedIds),
                    postgres == null ? null
                            : ChaosReport.Check.of("PostgreSQL articles", articleIds(settings.jdbcUrl()),
                                    read.enrichedIds),
                    accounting);
        } finally {
            stages.forEach(ChildStage::close);
        }
    }

    /** The processor's own accounts, as `newsflow status` reads and checks them. */
    private ChaosReport.Accounting accounting(String rawTopic) throws Exception {
        Map<String, Object> settings = Map.of("bootstrap.servers", bootstrap);
        try (Admin admin = Admin.create(settings)) {
            PipelineStatus.Processor status = PipelineStatus.processor(admin, settings, "chaos-processor", rawTopic);
            return new ChaosReport.Accounting(status.holds(), status.verdict());
        }
    }

    /** A stage with its own static member id and its kill plan: the n-th kill past a random share of the n-th slice. */
    private ChildStage stage(String name, List<String> args, LongSupplier progress, Path logs, Random random)
            throws IOException {
        StringBuilder config = new StringBuilder("group.instance.id=chaos-" + name + "\n");
        if (name.equals(PROCESSOR)) {
            // Kept across restarts, as on a real host, for whatever state stores the topology has.
            config.append("state.dir=").append(workDir.resolve("streams-state")).append('\n');
        }
        Path clientConfig = Files.writeString(workDir.resolve(name + ".properties"), config);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The serial collector for all, and C1 only for the sinks: JVMs restarted every few seconds on shared
        // cores start faster so; the processor keeps C2, which pays for itself on extraction within seconds.
        command.add("-XX:+UseSerialGC");
        if (!name.equals(PROCESSOR)) {
            command.add("-XX:TieredStopAtLevel=1");
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Newsflow.class.getName()));
        command.addAll(args);
        command.addAll(List.of("--bootstrap-server", bootstrap, "--command-config", clientConfig.toString(),
                "--raw-topic", topics.raw(), "--enriched-topic", topics.enriched()));
        List<ChildStage.PlannedKill> plan = new ArrayList<>();
        for (int kill = 0; kill < settings.kills(); kill++) {
            long at = (long) (settings.articles() * (kill + random.nextDouble()) / (settings.kills() + 1));
            plan.add(new ChildStage.PlannedKill(at, random.nextInt(MAX_KILL_DELAY_MILLIS)));
        }
        return new ChildStage(name, command, logs, progress, plan);
    }

    private void awaitProgress(ChildStage stage, long target, long deadline) throws InterruptedException {
        while (stage.progress() < target && System.nanoTime() - deadline < 0) {
            stage.requireAlive();
            Thread.sleep(POLL.toMillis());
        }
        log("%s: %d of %d", stage.name(), stage.progress(), target);
    }

    private void requireBefore(long deadline, Supplier<String> what) {
        if (System.nanoTime() - deadline > 0) {
            throw new IllegalStateException("not done within " + settings.timeout().toSeconds() + " s: " + what.get());
        }
    }

    private static String describe(List<ChildStage> stages) {
        return stages.stream().map(s -> s.name() + " at " + s.progress() + " (killed " + s.kills() + "x)")
                .reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** The topics as a read_committed consumer sees them: raw keys, outcome keys, and the ids of enriched articles. */
    private record Topics(List<String> raw, List<String> enrichedKeys, List<String> enrichedIds,
            List<String> deadLetterKeys) {
    }

    private Topics readTopics() throws IOException {
        List<String> enrichedKeys = new ArrayList<>();
        List<String> enrichedIds = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : TopicContents.readAll(bootstrap, topics.enriched())) {
            enrichedKeys.add(key(record));
            enrichedIds.add(Json.MAPPER.readTree(record.value()).path("id").asText());
        }
        return new Topics(keys(topics.raw()), enrichedKeys, enrichedIds, keys(topics.deadLetter()));
    }

    private List<String> keys(String topic) {
        return TopicContents.readAll(bootstrap, topic).stream().map(ChaosRun::key).toList();
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return record.key() == null ? "(no key)" : new String(record.key(), StandardCharsets.UTF_8);
    }

    private static List<String> jsonLinesIds(Path out) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : JsonLinesOutput.lines(out)) {
            JsonNode article = Json.MAPPER.readTree(line);
            ids.add(article.path("id").asText());
        }
        return ids;
    }

    private static List<String> articleIds(String jdbcUrl) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT id FROM articles")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private void log(String format, Object... args) {
        log.printf(Locale.ROOT, "[%6.1f s] %s%n", (System.nanoTime() - startNanos) / 1e9,
                String.format(Locale.ROOT, format, args));
    }

    /**
     * Publishes the files in slices at the set pace, in the background, as `newsflow ingest` does, but never more
     * than the stages' next planned kills allow ({@link ChildStage#ingestAllowance}): a stage only gets killed
     * once it has written since its last start, and a stage that had caught up with everything ingested before its
     * last planned kill would otherwise never be killed (the run timed out so when the processor committed
     * every second and caught up in one burst).
     */
    private final class Ingest {
        private final List<Path> files;
        private final List<String> ids = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong allowed = new AtomicLong();
        private final AtomicReference<Exception> failure = new AtomicReference<>();
        private final Thread thread;

        Ingest(List<Path> files) {
            this.files = files;
            this.thread = new Thread(this::ingestAll, "chaos-ingest");
        }

        void start() {
            thread.start();
        }

        private void ingestAll() {
            int slice = Math.max(1, settings.ingestPerSecond() / 10);
            IngestConfig config = new IngestConfig(topics.raw(), List.of(), List.of(),
                    Map.of("bootstrap.servers", bootstrap));
            try (FileIngester ingester = new FileIngester(config)) {
                for (int from = 0, to; from < files.size(); from = to) {
                    while (allowed.get() <= from) {
                        TimeUnit.MILLISECONDS.sleep(20);
                    }
                    long sliceStart = System.nanoTime();
                    to = (int) Math.min(Math.min(files.size(), from + slice), allowed.get());
                    IngestSummary summary = ingester.ingest(files.subList(from, to),
                            (file, id) -> {
                                if (id != null) {
                                    ids.add(id);
                                }
                            });
                    if (!summary.allPublished()) {
                        throw new IllegalStateException("ingest skipped " + summary.skipped().get(0));
                    }
                    long pause = TimeUnit.MILLISECONDS.toNanos(100) - (System.nanoTime() - sliceStart);
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, pause));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                failure.compareAndSet(null, e);
            }
        }

        int count() {
            return ids.size();
        }

        /** Half a slice between planned kills as margin: the n-th kill still comes before the n+1-th slice. */
        void allow(List<ChildStage> stages) {
            long margin = settings.articles() / (2L * (settings.kills() + 1));
            allowed.set(stages.stream().mapToLong(stage -> stage.ingestAllowance(margin)).min().orElse(Long.MAX_VALUE));
        }

        void requireNoFailure() {
            if (failure.get() != null) {
                throw new IllegalStateException("ingest failed: " + failure.get().getMessage(), failure.get());
            }
        }

        List<String> await(long deadline) throws InterruptedException {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            requireNoFailure();
            if (thread.isAlive()) {
                thread.interrupt();
                throw new IllegalStateException("ingest not done within " + settings.timeout().toSeconds() + " s");
            }
            synchronized (ids) {
                return List.copyOf(ids);
            }
        }
    }
}
