package io.newsflow.sink.postgres;

import io.newsflow.sink.ReadRange;
import io.newsflow.sink.SinkConsumers;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a PostgreSQL database equal to the enriched topic: one row per article (the newest version), its
 * entities, its full text indexed. Schema, upsert rule and queries: {@code docs/postgres.md}.
 *
 * <p>The database, not the consumer group, remembers how far the sink got: offsets are stored in the transaction
 * that stores the rows, and each partition assigned is sought to them. A crash at any point therefore neither
 * loses nor duplicates a row, whatever the group's committed offsets say.
 */
public final class PostgresSink implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresSink.class);

    private final PostgresSinkConfig config;
    private final Connection connection;
    private final KafkaConsumer<String, byte[]> consumer;
    private final BatchWriter writer;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong stale = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    /** Connects and brings the schema up to date; fails here, before any record is read, if it cannot. */
    public PostgresSink(PostgresSinkConfig config) throws SQLException {
        this.config = config;
        this.connection = connect(config);
        try {
            SchemaMigrator.migrate(connection);
            connection.setAutoCommit(false);
            this.consumer = new KafkaConsumer<>(consumerProperties(config), new StringDeserializer(),
                    new ByteArrayDeserializer());
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        this.writer = new BatchWriter(connection);
    }

    static Connection connect(PostgresSinkConfig config) throws SQLException {
        Properties props = new Properties();
        if (config.user() != null) {
            props.setProperty("user", config.user());
        }
        if (config.password() != null) {
            props.setProperty("password", config.password());
        }
        props.putIfAbsent("ApplicationName", "newsflow-sink");
        return DriverManager.getConnection(config.jdbcUrl(), props);
    }

    /** Offsets live in the database; the group's offsets and "earliest" only matter for a partition it never saw. */
    static Map<String, Object> consumerProperties(PostgresSinkConfig config) {
        return SinkConsumers.settings(config.kafka(), config.groupId(), "newsflow-sink-postgres");
    }

    /** Consumes and stores until {@link #stop()} is called from another thread. */
    public void run() throws SQLException {
        run(ReadRange.UNBOUNDED);
    }

    /** Consumes and stores the range (partitions the database has never seen start at its starts), or until stopped. */
    public void run(ReadRange range) throws SQLException {
        consumer.subscribe(List.of(config.topic()), new SeekToStoredOffsets(range));
        try {
            while (running.get() && !range.reachedBy(consumer)) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    BatchWriter.Outcome outcome = writer.write(range.ends().isEmpty() ? records
                            : () -> StreamSupport.stream(records.spliterator(), false).filter(range::includes).iterator());
                    stored.addAndGet(outcome.stored());
                    stale.addAndGet(outcome.stale());
                    deleted.addAndGet(outcome.deleted());
                    skipped.addAndGet(outcome.skipped());
                    // Informational, so lag shows in kafka-consumer-groups; the database's offsets are the truth.
                    consumer.commitAsync(outcome.nextOffsets().entrySet().stream().collect(Collectors.toMap(
                            Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue()))), null);
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        }
    }

    /** The offsets the database holds for the topic: the next offset to read of each partition it has seen. */
    public static Map<Integer, Long> storedOffsets(PostgresSinkConfig config) throws SQLException {
        try (Connection connection = connect(config)) {
            SchemaMigrator.migrate(connection);
            return new ArticleStore(connection).offsets(config.topic());
        }
    }

    /** How many articles the database holds. */
    public static long articleCount(PostgresSinkConfig config) throws SQLException {
        try (Connection connection = connect(config); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM articles")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * Moves the position the sink resumes from (a replay): rows stay, and re-read versions are upserted by the usual
     * rule, so a replay never leaves two rows for one article. Only while no sink runs: a running one would
     * overwrite the position with its next batch.
     */
    public static void resetOffsets(PostgresSinkConfig config, Map<TopicPartition, Long> nextOffsets)
            throws SQLException {
        try (Connection connection = connect(config)) {
            SchemaMigrator.migrate(connection);
            connection.setAutoCommit(false);
            new ArticleStore(connection).saveOffsets(nextOffsets);
            connection.commit();
        }
    }

    /**
     * Creates a new, empty schema for a rebuild beside the live tables; fails if it exists, so a rebuild never
     * writes into tables someone uses. The name is checked, not quoted, so it stays easy to type in queries.
     */
    public static void createSchema(PostgresSinkConfig config, String schema) throws SQLException {
        if (!schema.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("schema name must be lower-case letters, digits and _ (at most 63), "
                    + "starting with a letter or _: " + schema);
        }
        try (Connection connection = connect(config); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    /** Runs inside poll(), between batches, so no transaction is open when it reads the offsets. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {
        private final ReadRange range;

        SeekToStoredOffsets(ReadRange range) {
            this.range = range;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<Integer, Long> offsets;
            try {
                offsets = new ArticleStore(connection).offsets(config.topic());
                connection.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the stored offsets: " + e.getMessage(), e);
            }
            for (TopicPartition partition : partitions) {
                Long next = offsets.get(partition.partition());
                if (next == null) {
                    range.seekToStart(consumer, partition);
                } else {
                    consumer.seek(partition, next);
                }
                LOG.info("Assigned {}, resuming at {}", partition, next == null ? "the beginning" : next);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // Nothing in flight: each batch is committed to the database before the next poll.
        }
    }

    /** Versions stored; {@link #stale()} older or repeated ones ignored; tombstones; values skipped. */
    public long stored() {
        return stored.get();
    }

    public long stale() {
        return stale.get();
    }

    public long deleted() {
        return deleted.get();
    }

    public long skipped() {
        return skipped.get();
    }

    /** Makes {@link #run} return after the batch in hand is stored and committed. */
    public void stop() {
        running.set(false);
        consumer.wakeup();
    }

    @Override
    public void close() throws SQLException {
        try {
            consumer.close();
        } finally {
            connection.close();
        }
    }
}
