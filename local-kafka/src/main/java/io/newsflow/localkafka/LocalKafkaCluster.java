package io.newsflow.localkafka;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * A real Apache Kafka cluster of several KRaft nodes, each a child JVM acting as broker and controller,
 * on loopback ports, for tests that stop a broker mid-run.
 *
 * <p>Every node is a voter of the metadata quorum, so the cluster keeps a controller while a majority of
 * nodes runs. Topics created without a replication factor, and Kafka's internal topics, get one replica per
 * node and {@code min.insync.replicas} of one less, so producers with {@code acks=all} keep writing while
 * one node is down. Nodes are numbered from 1; {@link #stop(int)} and {@link #restart(int)} keep a node's
 * data and ports. Each node keeps its files in its own temporary directory; {@link #close()} deletes them
 * all, as do a shutdown hook and, if this JVM dies without running hooks, the nodes themselves.
 *
 * <pre>{@code
 * try (LocalKafkaCluster kafka = LocalKafkaCluster.start(3)) {
 *     String bootstrapServers = kafka.bootstrapServers();
 *     kafka.stop(2);
 *     ...
 *     kafka.restart(2);
 * }
 * }</pre>
 *
 * <p>Instances are thread-safe.
 */
public final class LocalKafkaCluster implements AutoCloseable {

    private final LocalKafkaBroker.Options options;
    private final List<BrokerNode> nodes;
    private final Thread shutdownHook;
    private boolean closed;

    private LocalKafkaCluster(LocalKafkaBroker.Options options, List<BrokerNode> nodes) {
        this.options = options;
        this.nodes = List.copyOf(nodes);
        this.shutdownHook = new Thread(() -> this.nodes.forEach(BrokerNode::killAndDeleteQuietly),
                "local-kafka-cluster-shutdown-hook");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts a cluster of {@code size} nodes with {@link LocalKafkaBroker.Options#defaults()}.
     *
     * @throws LocalKafkaException if a node does not come up within the startup timeout
     */
    public static LocalKafkaCluster start(int size) {
        return start(size, LocalKafkaBroker.Options.defaults());
    }

    /**
     * Formats fresh storage for every node and starts them all, returning once every node answers clients
     * and lists all the nodes as registered brokers.
     *
     * @param size    number of nodes, at least 1
     * @param options how to run each node; its extra broker properties apply to every node; not secured, no TLS
     * @throws LocalKafkaException if a node does not come up within the startup timeout; the message ends
     *                             with the last lines of that node's log
     */
    public static LocalKafkaCluster start(int size, LocalKafkaBroker.Options options) {
        Objects.requireNonNull(options, "options");
        if (size < 1) {
            throw new IllegalArgumentException("A cluster needs at least one node, got " + size);
        }
        if (options.secured() || options.tls()) {
            throw new IllegalArgumentException("SCRAM users and TLS are for a single LocalKafkaBroker; clusters are plaintext");
        }
        int[] ports = LoopbackPorts.free(2 * size);
        String voters = IntStream.range(0, size)
                .mapToObj(i -> (i + 1) + "@" + LoopbackPorts.address(ports[2 * i + 1]))
                .collect(Collectors.joining(","));
        String clusterId = BrokerNode.newClusterId();
        List<BrokerNode> nodes = new ArrayList<>();
        try {
            for (int i = 0; i < size; i++) {
                BrokerFiles files = BrokerFiles.createTemporary();
                nodes.add(new BrokerNode(files, LoopbackPorts.address(ports[2 * i]), Map.of(), clusterId,
                        ChildJvm.Sizing.CLUSTER_NODE, options.verbose()));
                files.writeConfiguration(BrokerProperties.clusterNode(i + 1, LoopbackPorts.HOST, ports[2 * i],
                        ports[2 * i + 1], files.dataDir(), voters, size, options.extraBrokerProperties()));
            }
        } catch (RuntimeException e) {
            nodes.forEach(node -> node.files().deleteQuietly());
            throw e;
        }
        return Lifecycle.startOrClose(new LocalKafkaCluster(options, nodes), () -> {
            // All first: no node's broker starts before a majority of controllers elects a leader.
            nodes.forEach(BrokerNode::launch);
            nodes.forEach(node -> node.awaitReady(options.startupTimeout(), size));
        });
    }

    /** @return the addresses of every node, comma-separated, for {@code bootstrap.servers}; stable across restarts */
    public String bootstrapServers() {
        return nodes.stream().map(BrokerNode::bootstrapServers).collect(Collectors.joining(","));
    }

    /** @return the node ids, 1 to the cluster's size */
    public List<Integer> nodeIds() {
        return IntStream.rangeClosed(1, nodes.size()).boxed().toList();
    }

    /** @return the client address of one node */
    public String bootstrapServers(int nodeId) {
        return node(nodeId).bootstrapServers();
    }

    /** @return the file receiving one node's output (empty when {@link LocalKafkaBroker.Options#verbose()}) */
    public Path logFile(int nodeId) {
        return node(nodeId).files().logFile();
    }

    /** @return whether that node's process is running */
    public boolean isRunning(int nodeId) {
        return node(nodeId).isRunning();
    }

    /**
     * Stops one node gracefully (its partitions' leadership moves to the others first), keeping its data
     * and ports. Does nothing if it is already stopped.
     */
    public synchronized void stop(int nodeId) {
        ensureOpen();
        node(nodeId).terminate();
    }

    /**
     * Stops one node if it runs and starts it again with the same data and ports, returning once it answers
     * clients and lists every node as registered. Its replicas catch up afterwards, in the background.
     *
     * @throws LocalKafkaException if the node does not come back within the startup timeout
     */
    public synchronized void restart(int nodeId) {
        ensureOpen();
        BrokerNode node = node(nodeId);
        node.terminate();
        node.launch();
        node.awaitReady(options.startupTimeout(), nodes.size());
    }

    /**
     * Returns once every node is registered and every partition of every topic, internal ones included, has
     * all its replicas in sync: after a restart, the node's replicas catch up in the background.
     *
     * @throws LocalKafkaException with what was still missing if the timeout passes first
     */
    public void awaitFullyReplicated(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String missing = "no answer yet";
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            while (true) {
                try {
                    int registered = admin.describeCluster().nodes().get().size();
                    Set<String> names = admin.listTopics(new ListTopicsOptions().listInternal(true)).names().get();
                    List<String> lagging = new ArrayList<>();
                    for (TopicDescription topic : admin.describeTopics(names).allTopicNames().get().values()) {
                        for (TopicPartitionInfo partition : topic.partitions()) {
                            if (partition.isr().size() < partition.replicas().size()) {
                                lagging.add(topic.name() + "-" + partition.partition());
                            }
                        }
                    }
                    if (registered == nodes.size() && lagging.isEmpty()) {
                        return;
                    }
                    missing = registered + " of " + nodes.size() + " nodes registered, replicas out of sync in "
                            + lagging;
                } catch (ExecutionException e) {
                    // A topic just created or deleted, or a node just gone: ask again.
                    missing = String.valueOf(e.getCause());
                }
                if (System.nanoTime() > deadline) {
                    throw new LocalKafkaException("Kafka cluster not fully replicated within " + timeout + ": " + missing);
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LocalKafkaException("Interrupted while waiting for the Kafka cluster to replicate", e);
        }
    }

    /**
     * Kills every node and deletes their directories. Idempotent.
     *
     * @throws UncheckedIOException if a directory cannot be deleted
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Killed, not stopped: the data is about to go, and the last nodes of a graceful stop would wait
            // for a controller quorum that has already gone.
            nodes.forEach(BrokerNode::kill);
        } finally {
            Lifecycle.removeShutdownHook(shutdownHook);
            UncheckedIOException failure = null;
            for (BrokerNode node : nodes) {
                try {
                    node.files().delete();
                } catch (UncheckedIOException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    @Override
    public String toString() {
        return "LocalKafkaCluster[" + nodeIds().stream()
                .map(id -> id + "=" + bootstrapServers(id) + (isRunning(id) ? " running" : " stopped"))
                .collect(Collectors.joining(", ")) + "]";
    }

    private BrokerNode node(int nodeId) {
        if (nodeId < 1 || nodeId > nodes.size()) {
            throw new IllegalArgumentException("No node " + nodeId + " in a cluster of " + nodes.size());
        }
        return nodes.get(nodeId - 1);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Local Kafka cluster is closed");
        }
    }
}
