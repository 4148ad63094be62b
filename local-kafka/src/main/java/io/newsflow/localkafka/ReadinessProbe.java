package io.newsflow.localkafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Waits until a starting broker serves clients, or says why it never will. */
final class ReadinessProbe {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessProbe.class);

    private static final long POLL_MILLIS = 100;
    private static final long ATTEMPT_MILLIS = 1_000;

    private final String bootstrapServers;
    private final Map<String, Object> clientSecurity;
    private final Process broker;
    private final long deadlineNanos;
    private final Duration timeout;
    private final int expectedNodes;

    private ReadinessProbe(String bootstrapServers, Map<String, Object> clientSecurity, Process broker,
                           Duration timeout, int expectedNodes) {
        this.bootstrapServers = bootstrapServers;
        this.clientSecurity = clientSecurity;
        this.broker = broker;
        this.timeout = timeout;
        this.expectedNodes = expectedNodes;
        this.deadlineNanos = System.nanoTime() + timeout.toNanos();
    }

    /**
     * Returns once a cluster description asked of {@code bootstrapServers} lists {@code expectedNodes}
     * brokers: a node of a cluster serves clients before the others have registered.
     *
     * @param clientSecurity the settings that log in to a secured broker; empty for a plaintext one
     * @throws LocalKafkaException if the process exits first or the timeout passes
     */
    static void awaitReady(String bootstrapServers, Map<String, Object> clientSecurity, Process broker,
                           Duration timeout, int expectedNodes) {
        new ReadinessProbe(bootstrapServers, clientSecurity, broker, timeout, expectedNodes).await();
    }

    private void await() {
        // An admin client pointed at a closed port logs a warning per reconnect; waiting for the
        // port first keeps the caller's console clean during the JVM's start.
        Exception lastError = null;
        while (!portAccepts()) {
            pause("the broker port to open", null);
        }
        LOG.debug("Port of {} open, {} ms left", bootstrapServers, remainingMillis());
        Map<String, Object> settings = new HashMap<>(clientSecurity);
        settings.putAll(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "local-kafka-readiness",
                AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "50",
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "250",
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, "50",
                AdminClientConfig.RETRY_BACKOFF_MAX_MS_CONFIG, "250"));
        Admin admin = Admin.create(settings);
        try {
            while (true) {
                int attemptMillis = (int) Math.max(1, Math.min(ATTEMPT_MILLIS, remainingMillis()));
                try {
                    Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(attemptMillis))
                            .nodes().get(attemptMillis + POLL_MILLIS, TimeUnit.MILLISECONDS);
                    if (nodes.size() >= expectedNodes) {
                        LOG.debug("{} described, {} ms left", bootstrapServers, remainingMillis());
                        return;
                    }
                    lastError = new IllegalStateException(nodes.size() + " of " + expectedNodes + " nodes registered");
                } catch (ExecutionException e) {
                    lastError = e.getCause() instanceof Exception cause ? cause : e;
                } catch (TimeoutException e) {
                    lastError = e;
                }
                pause("a cluster description listing " + expectedNodes + " node(s)", lastError);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalKafkaException("Interrupted while waiting for the Kafka broker at " + bootstrapServers, e);
        } finally {
            admin.close(Duration.ofSeconds(1));
        }
    }

    private boolean portAccepts() {
        int colon = bootstrapServers.lastIndexOf(':');
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(bootstrapServers.substring(0, colon),
                    Integer.parseInt(bootstrapServers.substring(colon + 1))), (int) POLL_MILLIS);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /**
     * Waits a poll interval on the process's exit rather than sleeping, so a crash ends the wait at
     * once; then fails if the process is gone or the deadline has passed.
     */
    private void pause(String awaited, Exception lastError) {
        try {
            broker.onExit().get(Math.max(1, Math.min(POLL_MILLIS, remainingMillis())), TimeUnit.MILLISECONDS);
        } catch (TimeoutException stillRunning) {
            // The normal case: poll again.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalKafkaException("Interrupted while waiting for the Kafka broker at " + bootstrapServers, e);
        } catch (ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
        if (!broker.isAlive()) {
            throw new LocalKafkaException("Kafka broker process (pid " + broker.pid() + ") exited with code "
                    + broker.exitValue() + " before it was ready", lastError);
        }
        if (remainingMillis() <= 0) {
            throw new LocalKafkaException("Kafka broker at " + bootstrapServers + " not ready within " + timeout
                    + " (waiting for " + awaited + ")" + (lastError == null ? "" : "; last error: " + lastError), lastError);
        }
    }

    private long remainingMillis() {
        return TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
    }
}
