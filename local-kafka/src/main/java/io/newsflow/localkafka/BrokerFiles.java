package io.newsflow.localkafka;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The broker's temporary directory: data, configuration and log, all removed together. */
final class BrokerFiles {

    /**
     * Kafka's INFO output stays, minus the parts that bury it: full config dumps (the config is in
     * server.properties next to the log) and per-partition chatter from log loading and state changes.
     */
    private static final String LOG4J2_PROPERTIES = """
            status = warn
            appender.out.type = Console
            appender.out.name = out
            appender.out.layout.type = PatternLayout
            appender.out.layout.pattern = [%d{HH:mm:ss.SSS}] %-5level %c{1} - %msg%n
            rootLogger.level = INFO
            rootLogger.appenderRef.out.ref = out
            logger.config.name = org.apache.kafka.common.config.AbstractConfig
            logger.config.level = WARN
            logger.stateChange.name = state.change.logger
            logger.stateChange.level = WARN
            logger.unifiedLog.name = org.apache.kafka.storage.internals.log
            logger.unifiedLog.level = WARN
            logger.scalaLog.name = kafka.log
            logger.scalaLog.level = WARN
            """;

    private static final String PREFIX = "newsflow-kafka-";

    private final Path root;

    private BrokerFiles(Path root) {
        this.root = root;
    }

    /** @return the files of an existing directory, for the child JVM that knows only the config path */
    static BrokerFiles containing(Path serverProperties) {
        Path root = serverProperties.toAbsolutePath().getParent();
        if (root == null || !root.getFileName().toString().startsWith(PREFIX)) {
            throw new IllegalArgumentException("Not in a local Kafka broker directory: " + serverProperties);
        }
        return new BrokerFiles(root);
    }

    static BrokerFiles createTemporary() {
        try {
            return new BrokerFiles(Files.createTempDirectory(PREFIX).toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary directory for the local Kafka broker", e);
        }
    }

    Path root() {
        return root;
    }

    Path dataDir() {
        return root.resolve("data");
    }

    Path serverProperties() {
        return root.resolve("server.properties");
    }

    Path log4jConfig() {
        return root.resolve("log4j2.properties");
    }

    Path classpathArgFile() {
        return root.resolve("classpath.args");
    }

    Path logFile() {
        return root.resolve("broker.log");
    }

    /** SCRAM users to create when formatting (secured mode only): {@code name=password} lines, owner-only. */
    Path scramUsers() {
        return root.resolve("scram-users.properties");
    }

    void writeScramUsers(Map<String, String> users) {
        StringBuilder text = new StringBuilder();
        users.forEach((name, password) -> text.append(name).append('=').append(password).append('\n'));
        try {
            Files.writeString(scramUsers(), "");
            Files.setPosixFilePermissions(scramUsers(), PosixFilePermissions.fromString("rw-------"));
            Files.writeString(scramUsers(), text);
        } catch (UnsupportedOperationException notPosix) {
            throw new IllegalStateException("A secured local broker needs a POSIX file system", notPosix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local Kafka broker's SCRAM users in " + root, e);
        }
    }

    void writeConfiguration(Map<String, String> brokerProperties) {
        StringBuilder text = new StringBuilder("# Written by newsflow's LocalKafkaBroker\n");
        brokerProperties.forEach((key, value) ->
                text.append(escape(key, true)).append('=').append(escape(value, false)).append('\n'));
        try {
            Files.createDirectories(dataDir());
            Files.writeString(serverProperties(), text);
            Files.writeString(log4jConfig(), LOG4J2_PROPERTIES);
            Files.writeString(logFile(), "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the local Kafka broker's configuration in " + root, e);
        }
    }

    /** @return up to {@code maxLines} last lines of the log, or a note saying why there are none */
    String logTail(int maxLines) {
        try (RandomAccessFile file = new RandomAccessFile(logFile().toFile(), "r")) {
            // Reading only the end keeps this cheap however long the log grew.
            long start = Math.max(0, file.length() - 64 * 1024);
            byte[] bytes = new byte[(int) (file.length() - start)];
            file.seek(start);
            file.readFully(bytes);
            List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\\R"));
            String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - maxLines), lines.size()));
            return tail.isBlank() ? "(log is empty)" : tail;
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    void delete() {
        if (!Files.exists(root)) {
            return;
        }
        List<IOException> failures = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            // Deepest first, so directories are empty when their turn comes.
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    failures.add(e);
                }
            });
        } catch (NoSuchFileException alreadyGone) {
            return;
        } catch (IOException e) {
            failures.add(e);
        }
        if (!failures.isEmpty()) {
            UncheckedIOException failure = new UncheckedIOException(
                    "Cannot delete the local Kafka broker's directory " + root, failures.get(0));
            failures.stream().skip(1).forEach(failure::addSuppressed);
            throw failure;
        }
    }

    void deleteQuietly() {
        try {
            delete();
        } catch (UncheckedIOException ignored) {
            // Only used where nobody could act on the failure; a leftover temp dir is harmless.
        }
    }

    private static String escape(String text, boolean isKey) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '=', ':', ' ', '#', '!' -> escaped.append(isKey ? "\\" : "").append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
