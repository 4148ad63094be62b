package io.newsflow.sink.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one poll's records and the offsets after them in a single database transaction: after a crash
 * either both are there or neither, which is what makes the sink's output exactly-once.
 */
final class BatchWriter {

    /** What one batch did; {@code stale} counts versions older than (or equal to) the stored one. */
    record Outcome(int stored, int stale, int deleted, int skipped, Map<TopicPartition, Long> nextOffsets) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(BatchWriter.class);

    private final Connection connection;
    private final ArticleStore store;

    BatchWriter(Connection connection) {
        this.connection = connection;
        this.store = new ArticleStore(connection);
    }

    Outcome write(Iterable<ConsumerRecord<String, byte[]>> records) throws SQLException {
        int stored = 0;
        int stale = 0;
        int deleted = 0;
        int skipped = 0;
        Map<TopicPartition, Long> next = new LinkedHashMap<>();
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                next.put(new TopicPartition(record.topic(), record.partition()), record.offset() + 1);
                switch (apply(record)) {
                    case STORED -> stored++;
                    case STALE -> stale++;
                    case DELETED -> deleted++;
                    case SKIPPED -> skipped++;
                }
            }
            store.saveOffsets(next);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
        return new Outcome(stored, stale, deleted, skipped, next);
    }

    private enum Result { STORED, STALE, DELETED, SKIPPED }

    private Result apply(ConsumerRecord<String, byte[]> record) throws SQLException {
        if (record.value() == null) {
            // A tombstone: compaction will drop the article from the topic, so the table drops it too, and a
            // database filled incrementally stays equal to one rebuilt from the compacted topic.
            if (record.key() == null) {
                return Result.SKIPPED;
            }
            store.delete(ArticleRows.withoutNul(record.key()));
            return Result.DELETED;
        }
        ArticleRow row;
        try {
            row = ArticleRows.read(record.key(), record.value());
        } catch (ArticleRows.NotAnArticle e) {
            LOG.error("Skipping {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), e.getMessage());
            return Result.SKIPPED;
        }
        // A savepoint per record: a value PostgreSQL refuses loses that record, not the batch or the sink.
        Savepoint savepoint = connection.setSavepoint();
        try {
            boolean stored = store.upsert(row, record.topic(), record.partition(), record.offset());
            connection.releaseSavepoint(savepoint);
            return stored ? Result.STORED : Result.STALE;
        } catch (SQLException e) {
            if (!isBadData(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            LOG.error("Skipping {}-{}@{}: PostgreSQL refused the values (SQLSTATE {})", record.topic(),
                    record.partition(), record.offset(), e.getSQLState());
            return Result.SKIPPED;
        }
    }

    /** Data exceptions (22), integrity violations (23) and limits (54) are the record's fault, not the server's. */
    static boolean isBadData(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("22") || state.startsWith("23") || state.startsWith("54"));
    }
}
