package io.newsflow.localkafka;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

    /**
     * How to run the broker.
     *
     * @param verbose               when true the broker's stdout and stderr go to this JVM's; otherwise
     *                              to {@link #logFile()}
     * @param extraBrokerProperties broker settings added to, or replacing, the single-node defaults
     * @param startupTimeout        how long {@link #start(Options)} and {@link #restart()} wait for the
     *                              broker to answer
     * @param scramUsers            user name to password; when not empty the broker is secured: SASL/SCRAM
     *                              on the client port, ACLs enforced, see {@link ScramSecurity}
     * @param tls                   when true the client port speaks TLS ({@code SSL}, or {@code SASL_SSL} with
     *                              SCRAM users) with a certificate made for this broker, see {@link TlsSecurity}
     */
    public record Options(boolean verbose, Map<String, String> extraBrokerProperties, Duration startupTimeout,
                          Map<String, String> scramUsers, boolean tls) {

        /** Validates and copies the arguments. */
        public Options {
            extraBrokerProperties = Map.copyOf(Objects.requireNonNull(extraBrokerProperties, "extraBrokerProperties"));
            scramUsers = Map.copyOf(Objects.requireNonNull(scramUsers, "scramUsers"));
            scramUsers.forEach((name, password) -> {
                ScramSecurity.requireSafe("user names", name);
                ScramSecurity.requireSafe("passwords", password);
            });
            if (scramUsers.containsKey(ScramSecurity.SUPER_USER)) {
                throw new IllegalArgumentException(ScramSecurity.SUPER_USER + " is the broker's own super user");
            }
            Objects.requireNonNull(startupTimeout, "startupTimeout");
            if (startupTimeout.isZero() || startupTimeout.isNegative()) {
                throw new IllegalArgumentException("startupTimeout must be positive: " + startupTimeout);
            }
        }

        /** A plaintext broker. */
        public Options(boolean verbose, Map<String, String> extraBrokerProperties, Duration startupTimeout) {
            this(verbose, extraBrokerProperties, startupTimeout, Map.of(), false);
        }

        /** @return quiet, no extra broker properties, 60 s startup timeout, plaintext */
        public static Options defaults() {
            return new Options(false, Map.of(), Duration.ofSeconds(60));
        }

        /** @return whether the broker authenticates clients and enforces ACLs */
        public boolean secured() {
            return !scramUsers.isEmpty();
        }

        /** @return a copy with {@code verbose} replaced */
        public Options withVerbose(boolean newVerbose) {
            return new Options(newVerbose, extraBrokerProperties, startupTimeout, scramUsers, tls);
        }

        /**
         * @return a secured copy (SASL/SCRAM-SHA-512, ACLs) with one more user; names and passwords are letters,
         *         digits and {@code ._~-}
         */
        public Options withScramUser(String name, String password) {
            Map<String, String> users = new HashMap<>(scramUsers);
            users.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(password, "password"));
            return new Options(verbose, extraBrokerProperties, startupTimeout, users, tls);
        }

        /** @return a copy with one more broker property (replacing any earlier value for the key) */
        public Options withBrokerProperty(String key, String value) {
            Map<String, String> properties = new HashMap<>(extraBrokerProperties);
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return new Options(verbose, properties, startupTimeout, scramUsers, tls);
        }

        /** @return a copy with {@code startupTimeout} replaced */
        public Options withStartupTimeout(Duration newStartupTimeout) {
            return new Options(verbose, extraBrokerProperties, newStartupTimeout, scramUsers, tls);
        }

        /**
         * @return a copy whose client port speaks TLS: {@code SSL}, or {@code SASL_SSL} with SCRAM users; clients
         *         trust it through {@link LocalKafkaBroker#adminClientSettings()}'s {@code ssl.truststore.*}
         */
        public Options withTls() {
            return new Options(verbose, extraBrokerProperties, startupTimeout, scramUsers, true);
        }

        /** @return the client listener's protocol: PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL */
        String clientProtocol() {
            if (secured()) {
                return tls ? "SASL_SSL" : ScramSecurity.LISTENER;
            }
            return tls ? "SSL" : "PLAINTEXT";
        }
    }

    private final Options options;
    private final Map<String, Object> transportSettings;
    private final BrokerNode node;
    private final Thread shutdownHook;
    private boolean closed;

    private LocalKafkaBroker(Options options, Map<String, Object> transportSettings, BrokerNode node) {
        this.options = options;
        this.transportSettings = Map.copyOf(transportSettings);
        this.node = node;
        this.shutdownHook = new Thread(node::killAndDeleteQuietly, "local-kafka-shutdown-hook");
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
        int[] ports = LoopbackPorts.free(2);
        BrokerFiles files = BrokerFiles.createTemporary();
        Map<String, String> extra = new HashMap<>();
        // What every client of this broker needs besides a login: the protocol, and with TLS the truststore.
        Map<String, Object> transport = new HashMap<>();
        Map<String, Object> superUser = new HashMap<>();
        String protocol = options.clientProtocol();
        try {
            if (!protocol.equals("PLAINTEXT")) {
                extra.putAll(BrokerProperties.clientListener(protocol, LoopbackPorts.HOST, ports[0], ports[1]));
                transport.put("security.protocol", protocol);
            }
            if (options.tls()) {
                TlsSecurity tls = TlsSecurity.create(files.root());
                extra.putAll(tls.brokerProperties());
                transport.putAll(tls.trustSettings());
            }
            if (options.secured()) {
                String superUserPassword = ScramSecurity.newPassword();
                extra.putAll(ScramSecurity.brokerProperties(protocol, superUserPassword));
                Map<String, String> users = new HashMap<>(options.scramUsers());
                users.put(ScramSecurity.SUPER_USER, superUserPassword);
                files.writeScramUsers(users);
                superUser.putAll(ScramSecurity.clientSettings(ScramSecurity.SUPER_USER, superUserPassword));
            }
            superUser.putAll(transport);
            extra.putAll(options.extraBrokerProperties());
            files.writeConfiguration(BrokerProperties.singleNode(LoopbackPorts.HOST, ports[0], ports[1],
                    files.dataDir(), extra));
        } catch (RuntimeException e) {
            files.deleteQuietly();
            throw e;
        }
        LocalKafkaBroker broker = new LocalKafkaBroker(options, transport, new BrokerNode(files,
                LoopbackPorts.address(ports[0]), superUser, BrokerNode.newClusterId(),
                ChildJvm.Sizing.SINGLE_BROKER, options.verbose()));
        return Lifecycle.startOrClose(broker, broker::launch);
    }

    /** @return the address for {@code bootstrap.servers}, {@code 127.0.0.1:<port>}; stable across restarts */
    public String bootstrapServers() {
        return node.bootstrapServers();
    }

    /**
     * @return client settings with full rights: the bootstrap address, for a secured broker the super user's login
     *         ({@link ScramSecurity#SUPER_USER}), e.g. to create topics, ACLs and users, and for a TLS broker
     *         {@code security.protocol} and the {@code ssl.truststore.*} settings that trust it
     */
    public Map<String, Object> adminClientSettings() {
        Map<String, Object> settings = new HashMap<>(node.clientSecurity());
        settings.put("bootstrap.servers", bootstrapServers());
        return settings;
    }

    /**
     * @param user     one of {@link Options#scramUsers()}
     * @param password the user's password
     * @return the settings of the user's client.properties on this secured broker: the SCRAM login
     *         ({@link ScramSecurity#clientSettings}), and with TLS {@code SASL_SSL} and the truststore settings
     */
    public Map<String, Object> clientSettings(String user, String password) {
        if (!options.secured()) {
            throw new IllegalStateException("A broker without SCRAM users takes no login");
        }
        Map<String, Object> settings = new HashMap<>(ScramSecurity.clientSettings(user, password));
        settings.putAll(transportSettings);
        return settings;
    }

    /**
     * @return the file receiving the broker's stdout and stderr (Kafka's log), inside the temporary
     *         directory; empty when {@link Options#verbose()} is set
     */
    public Path logFile() {
        return node.files().logFile();
    }

    /** @return the broker's process, e.g. to read the CPU time it used; empty while it is not started */
    public Optional<ProcessHandle> process() {
        return node.process();
    }

    /** @return whether the broker process is running (started and not stopped, closed or crashed) */
    public boolean isRunning() {
        return node.isRunning();
    }

    /**
     * Stops the broker gracefully, keeping its data, ports and cluster id for {@link #restart()}.
     * Does nothing if it is already stopped.
     */
    public synchronized void stop() {
        ensureOpen();
        node.terminate();
    }

    /**
     * Stops the broker if it is running and starts it again on the same ports with the same data,
     * returning once it answers clients.
     *
     * @throws LocalKafkaException if the broker does not come back within the startup timeout
     */
    public synchronized void restart() {
        ensureOpen();
        node.terminate();
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
            node.terminate();
        } finally {
            Lifecycle.removeShutdownHook(shutdownHook);
            node.files().delete();
        }
    }

    @Override
    public String toString() {
        return "LocalKafkaBroker[" + bootstrapServers() + (isRunning() ? ", running" : ", stopped") + "]";
    }

    private void launch() {
        node.launch();
        node.awaitReady(options.startupTimeout(), 1);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("Local Kafka broker is closed");
        }
    }
}
