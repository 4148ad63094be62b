package io.newsflow.sink.postgres;

import io.newsflow.events.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the versioned SQL files under {@code db/migration/} that a database does not have yet.
 *
 * <p>A few lines instead of Flyway: one schema, plain SQL, and no second Jackson to converge with Kafka's. The
 * rules are Flyway's: each migration runs once, in order, in its own transaction, and an applied file whose
 * checksum changed is an error, not something to re-run. An advisory lock makes two sinks starting against the
 * same empty database take turns instead of both creating the tables.
 */
final class SchemaMigrator {

    /** In order; a new migration is appended here and added as {@code V<n>__<name>.sql}. */
    static final List<String> MIGRATIONS = List.of("V1__articles.sql", "V2__stories.sql");

    private static final long LOCK_KEY = 0x6e657773666c6f77L; // "newsflow"

    private SchemaMigrator() {
    }

    /** Brings the schema up to date and returns the versions it applied (empty when it already was). */
    static List<Integer> migrate(Connection connection) throws SQLException {
        return migrate(connection, MIGRATIONS);
    }

    /** Brings the schema up to the last of {@code migrations}: a prefix of {@link #MIGRATIONS}, to test upgrades. */
    static List<Integer> migrate(Connection connection, List<String> migrations) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                // Session lock, held across the per-migration transactions below.
                statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
                statement.execute("""
                        CREATE TABLE IF NOT EXISTS newsflow_schema_history (
                            version    integer     PRIMARY KEY,
                            name       text        NOT NULL,
                            checksum   text        NOT NULL,
                            applied_at timestamptz NOT NULL DEFAULT now())""");
            }
            connection.commit();
            return applyMissing(connection, migrations);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static List<Integer> applyMissing(Connection connection, List<String> migrations) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, checksum FROM newsflow_schema_history")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        List<Integer> done = new ArrayList<>();
        for (String name : migrations) {
            int version = version(name);
            String sql = read(name);
            String checksum = Sha256.hex(sql.getBytes(StandardCharsets.UTF_8));
            String known = applied.get(version);
            if (known != null) {
                if (!known.equals(checksum)) {
                    throw new IllegalStateException("Migration " + name + " was changed after it was applied to "
                            + "this database; add a new migration instead");
                }
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO newsflow_schema_history (version, name, checksum) VALUES (?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, name);
                insert.setString(3, checksum);
                insert.executeUpdate();
            }
            connection.commit();
            done.add(version);
        }
        return done;
    }

    static int version(String fileName) {
        int end = fileName.indexOf("__");
        if (!fileName.startsWith("V") || end < 2 || !fileName.endsWith(".sql")) {
            throw new IllegalArgumentException("Not a migration file name (V<n>__<name>.sql): " + fileName);
        }
        return Integer.parseInt(fileName.substring(1, end));
    }

    private static String read(String name) {
        try (InputStream in = SchemaMigrator.class.getResourceAsStream("/db/migration/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Migration " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
