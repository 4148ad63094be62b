package io.newsflow.cli;

import io.newsflow.sink.postgres.PostgresSinkConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** How to reach the PostgreSQL sink's database, shared by the commands that use it. */
final class PostgresOptions {

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "PostgreSQL to use, e.g. jdbc:postgresql://localhost:5432/newsflow.")
    String jdbcUrl;

    @Option(names = "--jdbc-user", paramLabel = "USER", description = "Database user.")
    String jdbcUser;

    @Option(names = "--jdbc-password-file", paramLabel = "FILE",
            description = "A file holding the database password (one line), so it is not on the command line. "
                    + "Without it the driver may use ~/.pgpass.")
    Path jdbcPasswordFile;

    boolean given() {
        return jdbcUrl != null;
    }

    PostgresSinkConfig sinkConfig(String topic, String group, Map<String, Object> kafka) {
        return sinkConfig(jdbcUrl, topic, group, kafka);
    }

    /** @param url the --jdbc-url or a variant of it (another schema) */
    PostgresSinkConfig sinkConfig(String url, String topic, String group, Map<String, Object> kafka) {
        try {
            return new PostgresSinkConfig(topic, url, jdbcUser, password(), group, kafka);
        } catch (IllegalArgumentException e) {
            throw new UserError("--jdbc-url: " + e.getMessage());
        }
    }

    private String password() {
        if (jdbcPasswordFile == null) {
            return null;
        }
        try {
            // Only the line end goes: spaces may be part of a password.
            String password = Files.readString(jdbcPasswordFile, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
            Secrets.remember(password);
            return password;
        } catch (IOException e) {
            throw new UserError("cannot read --jdbc-password-file " + jdbcPasswordFile + ": "
                    + e.getClass().getSimpleName());
        }
    }
}
