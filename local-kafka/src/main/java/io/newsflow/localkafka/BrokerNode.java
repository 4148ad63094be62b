package io.newsflow.localkafka;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka node in a child JVM: its directory, its client address and its process. Stopping and launching
 * again keep the directory, so the node comes back with its data; the owner deletes the directory.
 */
final class BrokerNode {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerNode.class);
    private static final Duration GRACEFUL_STOP_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration FORCED_STOP_TIMEOUT = Duration.ofSeconds(10);
    private static final int LOG_TAIL_LINES = 40;

    private final BrokerFiles files;
    private final String bootstrapServers;
    private final Map<String, Object> clientSecurity;
    private final ChildJvm.Sizing sizing;
    private final boolean verbose;
    private String clusterIdToFormat;
    // volatile because shutdown hooks read it without the lock: they must not wait for a thread that may
    // be the one calling System.exit.
    private volatile Process process;
    private long launchNanos;

    /**
     * @param clusterId      the cluster id the storage is formatted with on the first launch
     * @param clientSecurity the settings that log in to this node as a super user; empty when it is plaintext
     */
    BrokerNode(BrokerFiles files, String bootstrapServers, Map<String, Object> clientSecurity, String clusterId,
               ChildJvm.Sizing sizing, boolean verbose) {
        this.files = files;
        this.bootstrapServers = bootstrapServers;
        this.clientSecurity = Map.copyOf(clientSecurity);
        this.sizing = sizing;
        this.clusterIdToFormat = clusterId;
        this.verbose = verbose;
    }

    static String newClusterId() {
        return Uuid.randomUuid().toString();
    }

    BrokerFiles files() {
        return files;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    Map<String, Object> clientSecurity() {
        return clientSecurity;
    }

    boolean isRunning() {
        Process current = process;
        return current != null && current.isAlive();
    }

    Optional<ProcessHandle> process() {
        return Optional.ofNullable(process).map(Process::toHandle);
    }

    /** Starts the child JVM without waiting for it: the nodes of a cluster need each other to come up. */
    synchronized void launch() {
        if (isRunning()) {
            return;
        }
        launchNanos = System.nanoTime();
        process = ChildJvm.launchBroker(files, sizing, verbose, clusterIdToFormat);
    }

    /**
     * Returns once this node answers clients and its cluster description lists {@code expectedNodes}
     * nodes; stops it and reports its log otherwise.
     *
     * @throws LocalKafkaException if the node exits or the timeout passes first
     */
    void awaitReady(Duration timeout, int expectedNodes) {
        Process child = process;
        if (child == null) {
            throw new IllegalStateException("Kafka node at " + bootstrapServers + " was not launched");
        }
        try {
            ReadinessProbe.awaitReady(bootstrapServers, clientSecurity, child, timeout, expectedNodes);
        } catch (LocalKafkaException notReady) {
            terminate();
            throw new LocalKafkaException(notReady.getMessage() + describeLog(), notReady.getCause());
        }
        synchronized (this) {
            // Formatting happens once; later launches find the storage already formatted.
            clusterIdToFormat = null;
        }
        LOG.info("Kafka node ready at {} in {} ms (pid {}, log {})", bootstrapServers,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - launchNanos), child.pid(),
                verbose ? "on console" : files.logFile());
    }

    /**
     * Stops the node, gracefully first: a node killed outright stays registered until its session times
     * out, which makes the next start wait ~9 s, and it leaves logs that need recovery.
     */
    synchronized void terminate() {
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
                LOG.warn("Kafka node (pid {}) did not stop within {}; killing it", current.pid(), GRACEFUL_STOP_TIMEOUT);
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

    /** Stops the node at once, for when its data is about to be deleted anyway. */
    void kill() {
        Process current = process;
        if (current != null) {
            ProcessHandle handle = current.toHandle();
            handle.destroyForcibly();
            try {
                handle.onExit().get(FORCED_STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // Best effort: callers delete the directory next, and a shutdown hook has no one to tell.
            }
            closeQuietly(current);
            process = null;
        }
    }

    /** For shutdown hooks: no graceful stop, the JVM is on its way out. */
    void killAndDeleteQuietly() {
        kill();
        files.deleteQuietly();
    }

    private String describeLog() {
        if (verbose) {
            return "\n(broker output went to the console)";
        }
        return "\n--- last lines of " + files.logFile() + " ---\n" + files.logTail(LOG_TAIL_LINES);
    }

    private static void closeQuietly(Process process) {
        // The stdin pipe is how the child notices a dead parent; once the child is gone, release it.
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // Nothing to do about a pipe to a dead process.
        }
    }
}
