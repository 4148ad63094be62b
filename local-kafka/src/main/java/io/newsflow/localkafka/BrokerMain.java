package io.newsflow.localkafka;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import kafka.tools.StorageTool;

/**
 * Entry point of the child JVM: formats the storage if asked, then runs {@code kafka.Kafka}.
 *
 * <p>Arguments: {@code <server.properties> [<cluster id to format with>]}.
 *
 * <p>It exists for two things {@code kafka.Kafka} cannot do alone. It halts the broker and
 * deletes its directory when the parent JVM dies without running its shutdown hooks (SIGKILL, a
 * killed Surefire fork), which would otherwise leave an orphan holding ports and CPU: the parent
 * never writes to the child's stdin, so end-of-stream there means the parent is gone. And it
 * formats the storage in the same JVM, saving a second JVM start: {@link StorageTool#execute}
 * returns an exit code where {@code StorageTool.main} calls {@code System.exit}.
 */
final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1 || args.length > 2) {
            System.err.println("Usage: BrokerMain <server.properties> [<cluster id to format with>]");
            System.exit(2);
        }
        String serverProperties = args[0];
        haltWhenParentDies(BrokerFiles.containing(Path.of(serverProperties)));
        if (args.length == 2) {
            int exitCode = StorageTool.execute(formatArguments(serverProperties, args[1]), System.out);
            if (exitCode != 0) {
                System.err.println("Formatting the Kafka storage failed with exit code " + exitCode);
                System.exit(exitCode);
            }
        }
        kafka.Kafka.main(new String[] {serverProperties});
    }

    /**
     * A single node bootstraps a dynamic quorum of itself ({@code --standalone}); the nodes of a cluster
     * list their voters in {@code controller.quorum.voters}, a static quorum that takes no such flag.
     */
    static String[] formatArguments(String serverProperties, String clusterId) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(serverProperties))) {
            properties.load(reader);
        }
        List<String> arguments = new ArrayList<>(List.of("format"));
        if (!properties.containsKey("controller.quorum.voters")) {
            arguments.add("--standalone");
        }
        arguments.addAll(List.of("-t", clusterId, "-c", serverProperties));
        arguments.addAll(ScramSecurity.formatArguments(scramUsers(Path.of(serverProperties))));
        return arguments.toArray(String[]::new);
    }

    /** The users a secured broker starts with; read from a file so their passwords stay off the command line. */
    private static Map<String, String> scramUsers(Path serverProperties) throws IOException {
        Path file = BrokerFiles.containing(serverProperties).scramUsers();
        Map<String, String> users = new LinkedHashMap<>();
        if (Files.exists(file)) {
            Properties lines = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                lines.load(reader);
            }
            lines.stringPropertyNames().stream().sorted().forEach(name -> users.put(name, lines.getProperty(name)));
        }
        return users;
    }

    private static void haltWhenParentDies(BrokerFiles files) {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // Nothing is ever sent; only end-of-stream matters.
                }
            } catch (IOException e) {
                // A broken pipe means the same as end-of-stream.
            }
            System.err.println("Parent JVM is gone; halting the Kafka broker and deleting " + files.root());
            // The parent's shutdown hook did not run, so its directory is left to us. Best effort:
            // Kafka is still writing, but halting first would leave nobody to delete anything.
            files.deleteQuietly();
            // halt, not exit: a graceful shutdown serves nobody now and could hang on a dead peer.
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
