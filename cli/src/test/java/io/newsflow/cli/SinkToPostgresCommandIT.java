package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localkafka.LocalKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsflow sink --to postgres` as people run it: its own JVM, a real PostgreSQL, stopped by SIGTERM. */
class SinkToPostgresCommandIT {

    private static final String PASSWORD = "s3cret-never-printed";

    @TempDir
    Path tmp;

    @Test
    void shouldStoreTheEnrichedSamplesAndKeepThePasswordOutOfItsOutput() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start();
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String bootstrap = broker.bootstrapServers();
            try (Connection admin = postgres.getPostgresDatabase().getConnection();
                    Statement statement = admin.createStatement()) {
                statement.execute("CREATE ROLE newsflow LOGIN PASSWORD '" + PASSWORD + "'");
                statement.execute("CREATE DATABASE news OWNER newsflow");
                requirePasswords(statement);
            }
            String jdbcUrl = postgres.getJdbcUrl("newsflow", "news");
            Path passwordFile = Files.writeString(tmp.resolve("pg-password"), PASSWORD + "\n");

            // The enriched topic is filled by the demo pipeline (local broker given), then the sink reads it.
            PrintStream stdout = System.out;
            try {
                System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
                assertThat(Newsflow.commandLine().execute("demo", "--bootstrap-server", bootstrap, "--out",
                        tmp.resolve("out").toString(), PipelineScenarios.SAMPLES.toString())).isZero();
            } finally {
                System.setOut(stdout);
            }

            NewsflowJvm newsflow = new NewsflowJvm(Files.createDirectories(tmp.resolve("logs")));
            NewsflowJvm.Started sink = newsflow.start("sink", "--to", "postgres", "--bootstrap-server", bootstrap,
                    "--jdbc-url", jdbcUrl, "--jdbc-user", "newsflow", "--jdbc-password-file", passwordFile.toString());
            try {
                awaitArticles(jdbcUrl, 2, sink.process());
            } finally {
                sink.stop();
            }

            String output = sink.output();
            assertThat(output).doesNotContain(PASSWORD);
            assertThat(countArticles(jdbcUrl)).isEqualTo(2);

            // A wrong password: one line naming the user, never either password, exit 2.
            String wrong = "wr0ng-pg-password";
            Path wrongFile = Files.writeString(tmp.resolve("pg-wrong"), wrong + "\n");
            // run fails the test unless the command stops by itself within 30 s.
            NewsflowJvm.Result refused = newsflow.run(Duration.ofSeconds(30), "sink", "--to", "postgres",
                    "--bootstrap-server", bootstrap, "--jdbc-url",
                    jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "password=" + wrong, "--jdbc-user", "newsflow",
                    "--jdbc-password-file", wrongFile.toString());
            String refusal = refused.output();
            assertThat(refused.exitCode()).as(refusal).isEqualTo(2);
            assertThat(refusal).as(refusal).startsWith("newsflow: error: cannot use PostgreSQL at ")
                    .contains("password authentication failed for user").doesNotContain(wrong)
                    .doesNotContain(PASSWORD).doesNotContain("\tat ");
            assertThat(refusal.lines()).as(refusal).hasSize(1);
        }
    }

    /** The embedded server trusts every local login; from now on newsflow's must give its password. */
    private static void requirePasswords(Statement statement) throws Exception {
        Path hba;
        try (ResultSet rows = statement.executeQuery("SHOW hba_file")) {
            rows.next();
            hba = Path.of(rows.getString(1));
        }
        Files.writeString(hba, String.join("\n", "local all all trust",
                "host all postgres 127.0.0.1/32 trust", "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256", "host all all ::1/128 scram-sha-256", ""));
        statement.execute("SELECT pg_reload_conf()");
    }

    private static void awaitArticles(String jdbcUrl, int expected, Process sink) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            assertThat(sink.isAlive()).as("sink is running").isTrue();
            try {
                if (countArticles(jdbcUrl) >= expected) {
                    return;
                }
            } catch (java.sql.SQLException e) {
                // The schema does not exist until the sink's first start has migrated it.
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + expected + " articles in PostgreSQL after 90 s");
            }
            Thread.sleep(200);
        }
    }

    private static int countArticles(String jdbcUrl) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "newsflow", PASSWORD);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM articles")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
