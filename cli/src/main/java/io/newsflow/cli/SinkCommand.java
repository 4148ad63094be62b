package io.newsflow.cli;

import io.newsflow.sink.JsonLinesOutput;
import io.newsflow.sink.JsonLinesSink;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.postgres.PostgresSink;
import io.newsflow.sink.postgres.PostgresSinkConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Write enriched articles to JSON Lines files or to PostgreSQL, exactly once.",
                "jsonl: OUT/<topic>/partition=<p>/<topic>+<p>+<firstOffset>+<lastOffset>.jsonl, each file written"
                        + " to a temp file, fsynced and renamed when it holds --roll-bytes or has been open"
                        + " --roll-interval, and at shutdown; a restart resumes after the last file. All lines:"
                        + " cat OUT/*/partition=*/*.jsonl. A deleted article (tombstone) is a line {\"id\":...,"
                        + "\"deleted\":true}. One sink per folder.",
                "postgres: one row per article (the newest processedAt wins), rows and offsets in one transaction,"
                        + " schema created on first start; see docs/postgres.md.",
                "Runs until stopped."})
final class SinkCommand implements Callable<Integer> {

    enum Target { jsonl, postgres }

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Option(names = "--to", paramLabel = "TARGET", defaultValue = "jsonl",
            description = "Where to write: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Target to;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder to write into (--to jsonl).")
    Path out;

    @Option(names = "--group", paramLabel = "GROUP",
            description = "Consumer group (default: " + SinkConfig.DEFAULT_GROUP_ID + ", or "
                    + PostgresSinkConfig.DEFAULT_GROUP_ID + " with --to postgres). Its offsets only show lag: "
                    + "the files (jsonl) or the database (postgres) say what is written.")
    String group;

    @Option(names = "--roll-bytes", paramLabel = "SIZE", defaultValue = "64MiB",
            converter = UnitConverters.Bytes.class,
            description = "Commit a partition's file once it holds this much, e.g. 512KiB (default: ${DEFAULT-VALUE}).")
    long rollBytes;

    @Option(names = "--roll-interval", paramLabel = "DURATION", defaultValue = "10s",
            converter = UnitConverters.Interval.class,
            description = "Commit a partition's file once it has been open this long, e.g. 500ms or 5m "
                    + "(default: ${DEFAULT-VALUE}): the most a line waits to appear.")
    Duration rollInterval;

    @Mixin
    PostgresOptions postgres;

    @Override
    public Integer call() throws SQLException {
        return to == Target.postgres ? runPostgres() : runJsonLines();
    }

    private Integer runJsonLines() {
        if (out == null) {
            throw new UserError("--to jsonl needs --out DIR");
        }
        SinkConfig config;
        try {
            config = new SinkConfig(topics.enriched, out, group != null ? group : SinkConfig.DEFAULT_GROUP_ID,
                    kafka.clientSettings(), rollBytes, rollInterval);
        } catch (IllegalArgumentException e) {
            throw new UserError("--enriched-topic: " + e.getMessage());
        }
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        CountDownLatch done = new CountDownLatch(1);
        try (JsonLinesSink sink = new JsonLinesSink(config)) {
            stopOnShutdown(sink::stop, done);
            System.err.println("sink running: " + topics.enriched + " -> " + JsonLinesOutput.topicDir(out, topics.enriched));
            sink.run(id -> { });
        } finally {
            done.countDown();
        }
        return Newsflow.EXIT_OK;
    }

    private Integer runPostgres() throws SQLException {
        if (!postgres.given()) {
            throw new UserError("--to postgres needs --jdbc-url jdbc:postgresql://HOST:PORT/DATABASE");
        }
        PostgresSinkConfig config = postgres.sinkConfig(topics.enriched,
                group != null ? group : PostgresSinkConfig.DEFAULT_GROUP_ID, kafka.clientSettings());
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        PostgresSink opened;
        try {
            opened = new PostgresSink(config);
        } catch (SQLException e) {
            // The driver's messages name the host and user, never the password.
            throw new UserError("cannot use PostgreSQL at " + config.safeJdbcUrl() + ": " + e.getMessage(), e);
        }
        CountDownLatch done = new CountDownLatch(1);
        try (PostgresSink sink = opened) {
            stopOnShutdown(sink::stop, done);
            System.err.println("sink running: " + topics.enriched + " -> " + config.safeJdbcUrl());
            sink.run();
        } finally {
            done.countDown();
        }
        return Newsflow.EXIT_OK;
    }

    /** Lets Ctrl-C finish the batch in hand: the JVM waits for run() to return before it exits. */
    private static void stopOnShutdown(Runnable stop, CountDownLatch done) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stop.run();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-sink-shutdown"));
    }
}
