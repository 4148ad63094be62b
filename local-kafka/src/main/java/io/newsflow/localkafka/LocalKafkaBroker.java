package io.newsflow.localkafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft mode, broker and controller roles in one node)
 * running in a child JVM, listening on loopback ports only.
 *
 * <p>The broker keeps its data, configuration and log in a temporary directory that {@link #close()}
 * deletes. {@link #stop()} and {@link #restart()} keep that directory, the cluster id and the ports,
 * so clients see the same broker come back with its data. If the JVM exits without {@code close()},
 * a shutdown hook kills the broker and deletes the directory; if it dies without running hooks, the
 * broker notices its parent is gone and halts.
 *
 * <pre>{@code
 * try (LocalKafkaBroker kafka = LocalKafkaBroker.start()) {
 *     String bootstrapServers = kafka.bootstrapServers();
 *     ...
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalKafkaBroker.class);
    private static final String HOST = "127.0.0.1";
    private static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FORCED_STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 40;

    /**
     * How to run the broker.
     *
     * @param verbose               when true the broker's stdout and stderr go to this JVM's; otherwise
     *                              to {@link #logFile()}
     * @param extraBrokerProperties broker settings added to, or replacing, the single-node defaults
     * @param startupTimeout        how long {@link #start(Options)} and {@link #restart()} wait for the
     *                              broker to answer
     */
    public record Options(boolean verbose, Map<String, String> extraBrokerProperties, Duration startupTimeout) {

        /** Validates and copies the arguments. */
        public Options {
            extraBrokerProperties = Map.copyOf(Objects.requireNonNull(extraBrokerProperties, "extraBrokerProperties"));
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            if (startupTimeout.isZero() || startupTimeout.isNegative()) {
                throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
            }
        }

        /** @return quiet, no extra broker properties, 60 s startup timeout */
        public static Options defaults() {
            return new Options(false, Map.of(), Duration.ofSeconds(60));
        }

        /** @return a copy with {@code verbose} replaced */
        public Options withVerbose(boolean newVerbose) {
            return new Options(newVerbose, extraBrokerProperties, startupTimeout);
        }

        /** @return a copy with one more broker property (replacing any earlier value for the key) */
        public Options withBrokerProperty(String key, String value) {
            Map<String, String> properties = new HashMap<>(extraBrokerProperties);
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return new Options(verbose, properties, startupTimeout);
        }

        /** @return a copy with {@code startupTimeout} replaced */
        public Options withStartupTimeout(Duration newStartupTimeout) {
            return new Options(verbose, extraBrokerProperties, newStartupTimeout);
        }
    }

    private final Options options;
    private final BrokerFiles files;
    private final String bootstrapServers;
    private final Thread shutdownHook;
    private String clusterIdToFormat = Uuid.randomUuid().toString();
    // volatile because the shutdown hook reads it without the lock: it must not wait for a thread
    // that may be the one calling System.exit.
    private volatile Process process;
    private boolean closed;

    private LocalKafkaBroker(Options options, BrokerFiles files, String bootstrapServers) {
        this.options = options;
        this.files = files;
        this.bootstrapServers = bootstrapServers;
        this.shutdownHook = new Thread(this::killOnJvmExit, "local-kafka-shutdown-hook");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a broker with {@link Options#defaults()}.
     *
     * @return the running broker, ready to serve clients
     * @throws LocalKafkaException if the broker does not come up within the startup timeout
     */
    public static LocalKafkaBroker start() {
        return start(Options.defaults());
    }

    /**
     * Formats fresh storage in a new temporary directory and starts a broker on free loopback ports,
     * returning once it answers a cluster description request.
     *
     * @param options how to run the broker
     * @return the running broker, ready to serve clients
     * @throws LocalKafkaException if the broker does not come up within the startup timeout; the
     *                             message ends with the last lines of the broker's log
     */
    public static LocalKafkaBroker start(Options options) {
        Objects.requireNonNull(options, "options");
        int[] ports = freeLoopbackPorts(2);
        BrokerFiles files = BrokerFiles.createTemporary();
        try {
            files.writeConfiguration(BrokerProperties.singleNode(HOST, ports[0], ports[1], files.dataDir(),
                    options.extraBrokerProperties()));
        } catch (RuntimeException e) {
            files.deleteQuietly();
            throw e;
        }
        LocalKafkaBroker broker = new LocalKafkaBroker(options, files, HOST + ":" + ports[0]);
        try {
            broker.launch();
            return broker;
        } catch (RuntimeException | Error e) {
            try {
                broker.close();
            } catch (RuntimeException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** @return the address for {@code bootstrap.servers}, {@code 127.0.0.1:<port>}; stable across restarts */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * @return the file receiving the broker's stdout and stderr (Kafka's log), inside the temporary
     *         directory; empty when {@link Options#verbose()} is set
     */
    public Path logFile() {
        return files.logFile();
    }

    /** @return whether the broker process is running (started and not stopped, closed or crashed) */
    public boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    /**
     * Stops the broker gracefully, keeping its data, ports and cluster id for {@link #restart()}.
     * Does nothing if it is already stopped.
     */
    public synchronized void stop() {
        ensureOpen();
        terminate();
    }

    /**
     * Stops the broker if it is running and starts it again on the same ports with the same data,
     * returning once it answers clients.
     *
     * @throws LocalKafkaException if the broker does not come back within the startup timeout
     */
    public synchronized void restart() {
        ensureOpen();
        terminate();
        launch();
    }

    /**
     * Stops the broker (gracefully, forcibly after a timeout) and deletes its temporary directory.
     * Idempotent.
     *
     * @throws UncheckedIOException if the directory cannot be deleted
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            terminate();
        } finally {
            removeShutdownHook();
            files.delete();
        }
    }

    @Override
    public String toString() {
        return "LocalKafkaBroker[" + bootstrapServers + (isRunning() ? ", running" : ", stopped") + "]";
    }

    private synchronized void launch() {
        long startNanos = System.nanoTime();
        // Formatting happens once; restarts find the storage already formatted.
        Process child = ChildJvm.launchBroker(files, options.verbose(), clusterIdToFormat);
        process = child;
        try {
            ReadinessProbe.awaitReady(bootstrapServers, child, options.startupTimeout());
        } catch (LocalKafkaException notReady) {
            terminate();
            throw new LocalKafkaException(notReady.getMessage() + describeLog(), notReady.getCause());
        }
        clusterIdToFormat = null;
        LOG.info("Kafka broker ready at {} in {} ms (pid {}, log {})", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), child.pid(),
                options.verbose() ? "on console" : files.logFile());
    }

    private String describeLog() {
        if (options.verbose()) {
            return "\n(broker output went to the console)";
        }
        return "\n--- last lines of " + files.logFile() + " ---\n" + files.logTail(LOG_TAIL_LINES);
    }

    /**
     * Graceful first: a broker killed outright stays registered until its session times out, which
     * makes the next start wait ~9 s, and it leaves logs that need recovery.
     */
    private void terminate() {
        Process current = process;
        if (current == null) {
            return;
        }
        boolean interrupted = false;
        try {
            // Through the handle: Process.destroy() also closes the child's stdin at once, which the
            // child takes for its parent's death and halts, cutting the graceful shutdown short.
            current.toHandle().destroy();
            if (!current.waitFor(GRACEFUL_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Kafka broker (pid {}) did not stop within {}; killing it", current.pid(), GRACEFUL_STOP_TIMEOUT);
                current.destroyForcibly();
                current.waitFor(FORCED_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
            current.destroyForcibly();
        } finally {
            closeQuietly(current);
            process = null;
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** No graceful stop here: the data is about to be deleted and the JVM is on its way out. */
    private void killOnJvmExit() {
        Process current = process;
        if (current != null) {
            ProcessHandle handle = current.toHandle();
            handle.destroyForcibly();
            try {
                handle.onExit().get(FORCED_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                // Best effort: the JVM is exiting and there is no one left to report to.
            }
        }
        files.deleteQuietly();
    }

    private void removeShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shutdownInProgress) {
            // The hook is running or about to run; it copes with an already closed broker.
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Local Kafka broker is closed");
        }
    }

    private static void closeQuietly(Process process) {
        // The stdin pipe is how the child notices a dead parent; once the child is gone, release it.
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // Nothing to do about a pipe to a dead process.
        }
    }

    /** Holds all sockets open until the end so the ports returned differ from each other. */
    private static int[] freeLoopbackPorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the local Kafka broker", e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // Closing an unused listening socket cannot fail in a way that matters.
                    }
                }
            }
        }
    }
}
