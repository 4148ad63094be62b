package io.newsflow.cli;

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
        description = {"Write enriched articles to a JSON Lines file (OUT/" + SinkConfig.FILE_NAME + ") or to PostgreSQL.",
                "jsonl: offsets are committed only after the lines are flushed and fsynced.",
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
                    + PostgresSinkConfig.DEFAULT_GROUP_ID + " with --to postgres). For jsonl its committed offsets "
                    + "say what is written; for postgres the database's own offsets do.")
    String group;

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
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        SinkConfig config = new SinkConfig(topics.enriched, out, group != null ? group : SinkConfig.DEFAULT_GROUP_ID,
                kafka.clientSettings());
        CountDownLatch done = new CountDownLatch(1);
        try (JsonLinesSink sink = new JsonLinesSink(config)) {
            stopOnShutdown(sink::stop, done);
            System.err.println("sink running: " + topics.enriched + " -> " + config.outFile());
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
