package io.newsflow.sink.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A real PostgreSQL for tests: the server at {@code NEWSFLOW_TEST_JDBC_URL} when set (user and password as URL
 * parameters), else one embedded server started once per JVM (~3 s). Each caller gets its own schema, so test
 * classes never see each other's rows.
 */
final class TestDatabase {

    private static String serverUrl;

    private TestDatabase() {
    }

    /** A JDBC URL whose default schema is new and empty. */
    static synchronized String freshSchemaUrl() throws SQLException {
        if (serverUrl == null) {
            serverUrl = System.getenv("NEWSFLOW_TEST_JDBC_URL");
            if (serverUrl == null || serverUrl.isBlank()) {
                serverUrl = startEmbedded();
            }
        }
        String schema = "test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        return serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String startEmbedded() {
        try {
            // Closed by the shutdown hook zonky registers; the data directory is a temp dir it removes.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    static Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }
}
