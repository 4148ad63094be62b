package io.newsflow.cli;

import io.newsflow.cli.replay.ConsumerGroupOffsets;
import io.newsflow.cli.replay.ReplayPoint;
import io.newsflow.cli.replay.TopicOffsets;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.JsonLinesOutput;
import io.newsflow.sink.JsonLinesSink;
import io.newsflow.sink.ReadRange;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.postgres.PostgresSink;
import io.newsflow.sink.postgres.PostgresSinkConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Reprocess history: move a stage back so its next run reads again, or rebuild a fresh sink.",
                "  replay --stage processor --from earliest        the next `process` re-enriches the raw topic",
                "  replay --stage sink --jdbc-url URL --from 7d    the PostgreSQL sink re-reads the enriched topic",
                "  replay --new-table NAME --jdbc-url URL          rebuild into a new schema NAME, then exit",
                "  replay --new-output DIR                         rebuild JSON Lines files into DIR, then exit",
                "A stage is moved only while none of its instances runs. Re-read records are idempotent: the "
                        + "processor stamps its --processor-version, and the sinks keep the newest version of an "
                        + "article, never two rows for one version."})
final class ReplayCommand implements Callable<Integer> {

    enum Stage { processor, sink }

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Option(names = "--stage", paramLabel = "STAGE",
            description = "The stage to move back: ${COMPLETION-CANDIDATES}.")
    Stage stage;

    @Option(names = {"--new-table", "--new-schema"}, paramLabel = "NAME",
            description = "Rebuild the PostgreSQL tables from the enriched topic into a new schema NAME (needs "
                    + "--jdbc-url), leaving the running sink's tables alone; exits when --to is reached.")
    String newSchema;

    @Option(names = "--new-output", paramLabel = "DIR",
            description = "Rebuild the JSON Lines files from the enriched topic into DIR, which must be empty or "
                    + "absent, leaving the running sink's folder alone; exits when --to is reached.")
    Path newOutput;

    @Option(names = "--from", paramLabel = "WHEN", defaultValue = "earliest",
            description = "Where to start: earliest, an ISO-8601 time (2026-11-01T08:00:00Z, 2026-11-01) or a time "
                    + "ago (7d, 12h, 30m, P7D); a time means the first record at or after it (default: "
                    + "${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "WHEN",
            description = "Where a rebuild stops (exclusive), same forms as --from (default: the topic's end when "
                    + "the command starts). Moved stages run on, so --to applies to rebuilds only.")
    String to;

    @Option(names = "--application-id", defaultValue = ProcessorConfig.DEFAULT_APPLICATION_ID,
            description = "The processor's application id, i.e. its consumer group (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "The PostgreSQL sink's consumer group (default: " + PostgresSinkConfig.DEFAULT_GROUP_ID + ").")
    String group;

    @Mixin
    PostgresOptions postgres;

    @Option(names = "--dry-run", description = "Print what would move, change nothing.")
    boolean dryRun;

    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws Exception {
        int modes = (stage != null ? 1 : 0) + (newSchema != null ? 1 : 0) + (newOutput != null ? 1 : 0);
        if (modes != 1) {
            throw new UserError("give one of --stage processor|sink, --new-table NAME or --new-output DIR");
        }
        if (to != null && stage != null) {
            throw new UserError("--to applies to rebuilds (--new-table, --new-output): a moved stage runs on "
                    + "until stopped");
        }
        if (newOutput != null) {
            requireEmptyFolder(newOutput);
        }
        if (newSchema != null && !postgres.given()) {
            throw new UserError("--new-table needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE");
        }
        ReplayPoint start = point("--from", from);
        ReplayPoint end = to == null ? ReplayPoint.LATEST : point("--to", to);
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        try (Admin admin = Connectivity.admin(kafka.clientSettings())) {
            if (stage == null) {
                ReadRange range = new ReadRange(TopicOffsets.at(admin, topics.enriched, start),
                        TopicOffsets.at(admin, topics.enriched, end));
                printMove("rebuild into " + (newSchema != null ? "schema " + newSchema : newOutput), topics.enriched,
                        start, Map.of(), range.starts());
                if (dryRun) {
                    return Newsflow.EXIT_OK;
                }
                return newSchema != null ? rebuildPostgres(range, end) : rebuildJsonLines(range, end);
            }
            return stage == Stage.processor ? moveProcessor(admin, start) : moveSink(admin, start);
        }
    }

    private Integer moveProcessor(Admin admin, ReplayPoint start) throws ExecutionException, InterruptedException {
        ConsumerGroupOffsets.requireNoActiveMembers(admin, applicationId);
        Map<TopicPartition, Long> current = ConsumerGroupOffsets.committed(admin, applicationId, topics.raw);
        Map<TopicPartition, Long> target = TopicOffsets.at(admin, topics.raw, start);
        printMove("processor " + applicationId, topics.raw, start, current, target);
        if (!dryRun) {
            ConsumerGroupOffsets.reset(admin, applicationId, target);
            System.out.println("done: the next `newsflow process --application-id " + applicationId
                    + "` reprocesses from there");
        }
        return Newsflow.EXIT_OK;
    }

    private Integer moveSink(Admin admin, ReplayPoint start) throws Exception {
        if (!postgres.given()) {
            throw new UserError("the JSON Lines sink resumes from what its files hold, not from a consumer group: "
                    + "rebuild a fresh copy with --new-output DIR, or give --jdbc-url to move the PostgreSQL sink");
        }
        String sinkGroup = group != null ? group : PostgresSinkConfig.DEFAULT_GROUP_ID;
        ConsumerGroupOffsets.requireNoActiveMembers(admin, sinkGroup);
        PostgresSinkConfig config = postgres.sinkConfig(topics.enriched, sinkGroup, kafka.clientSettings());
        Map<TopicPartition, Long> current = PostgresSink.storedOffsets(config).entrySet().stream().collect(
                Collectors.toMap(entry -> new TopicPartition(topics.enriched, entry.getKey()), Map.Entry::getValue));
        Map<TopicPartition, Long> target = TopicOffsets.at(admin, topics.enriched, start);
        printMove("PostgreSQL sink at " + config.safeJdbcUrl(), topics.enriched, start, current, target);
        if (!dryRun) {
            PostgresSink.resetOffsets(config, target);
            // The group's offsets only show lag; keep them in step with the database's.
            ConsumerGroupOffsets.reset(admin, sinkGroup, target);
            System.out.println("done: the next `newsflow sink --to postgres` re-reads from there");
        }
        return Newsflow.EXIT_OK;
    }

    private Integer rebuildPostgres(ReadRange range, ReplayPoint end) throws Exception {
        String rebuildGroup = "newsflow-replay-" + newSchema;
        PostgresSinkConfig base = postgres.sinkConfig(topics.enriched, rebuildGroup, kafka.clientSettings());
        try {
            PostgresSink.createSchema(base, newSchema);
        } catch (IllegalArgumentException e) {
            throw new UserError("--new-table: " + e.getMessage());
        } catch (SQLException e) {
            throw new UserError("cannot create schema " + newSchema + " at " + base.safeJdbcUrl() + ": "
                    + e.getMessage(), e);
        }
        PostgresSinkConfig config = postgres.sinkConfig(inSchema(base.jdbcUrl(), newSchema), topics.enriched,
                rebuildGroup, kafka.clientSettings());
        try (PostgresSink sink = new PostgresSink(config)) {
            untilDoneOrInterrupted(sink::stop, () -> sink.run(range));
            System.out.printf("rebuilt schema %s up to %s: %d versions stored, %d older or repeated ignored, "
                    + "%d deleted, %d unreadable skipped%n", newSchema, end, sink.stored(), sink.stale(),
                    sink.deleted(), sink.skipped());
            return sink.skipped() == 0 ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
        }
    }

    private Integer rebuildJsonLines(ReadRange range, ReplayPoint end) throws Exception {
        SinkConfig config;
        try {
            config = new SinkConfig(topics.enriched, newOutput, "newsflow-replay-" + UUID.randomUUID(),
                    kafka.clientSettings());
        } catch (IllegalArgumentException e) {
            throw new UserError("--enriched-topic: " + e.getMessage());
        }
        try (JsonLinesSink sink = new JsonLinesSink(config)) {
            untilDoneOrInterrupted(sink::stop, () -> sink.run(id -> { }, range));
            System.out.printf("rebuilt %s up to %s: %d lines written, %d unreadable skipped%n",
                    JsonLinesOutput.topicDir(newOutput, topics.enriched), end, sink.written(), sink.skipped());
            return sink.skipped() == 0 ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
        }
    }

    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }

    /** Ctrl-C stops a rebuild between batches, keeping what it has written. */
    private static void untilDoneOrInterrupted(Runnable stop, Run run) throws Exception {
        Thread hook = new Thread(stop, "newsflow-replay-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            run.run();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shutdownInProgress) {
                // The hook is running: the sink is stopping as asked.
            }
        }
    }

    /** A rebuild never adds to files someone reads: the folder is new, or empty. */
    private static void requireEmptyFolder(Path dir) {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new UserError("--new-output " + dir + " is not empty: give a new folder");
                }
            } catch (IOException e) {
                throw new UserError("cannot read --new-output " + dir + ": " + e.getMessage());
            }
        }
    }

    static String inSchema(String jdbcUrl, String schema) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private ReplayPoint point(String option, String value) {
        try {
            return ReplayPoint.parse(value, clock);
        } catch (IllegalArgumentException e) {
            throw new UserError(option + ": " + e.getMessage());
        }
    }

    private void printMove(String what, String topic, ReplayPoint start, Map<TopicPartition, Long> current,
            Map<TopicPartition, Long> target) {
        System.out.printf("%s%s: %s from %s%n", dryRun ? "dry run, nothing changed: " : "", what, topic, start);
        System.out.printf("%-10s %14s %14s %12s%n", "PARTITION", "CURRENT", "NEW", "TO RE-READ");
        long total = 0;
        for (Map.Entry<TopicPartition, Long> entry : target.entrySet()) {
            Long now = current.get(entry.getKey());
            long back = now == null ? 0 : Math.max(0, now - entry.getValue());
            total += back;
            System.out.printf("%-10d %14s %14d %12d%n", entry.getKey().partition(), now == null ? "-" : now,
                    entry.getValue(), back);
        }
        System.out.printf("%d offsets to re-read%n", total);
    }
}
