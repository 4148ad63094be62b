package io.newsflow.sink.postgres;

import io.newsflow.events.Entity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * The sink's SQL, every value a bound parameter. Runs inside the caller's transaction and never commits.
 */
final class ArticleStore {

    /**
     * Newer wins by {@code processed_at}; an equal one is the same version delivered again and changes nothing,
     * so re-delivery is idempotent. {@code processorVersion} is deliberately not compared: the latest processing
     * is what an operator asked for, also when it is a rollback to an older processor.
     */
    static final String UPSERT = """
            INSERT INTO articles (id, processed_at, processor_version, content_sha256, source_uri, ingested_at,
                published_at, title, subtitle, body, section, language, word_count, publisher, fingerprint,
                duplicate_of, story_id, kafka_topic, kafka_partition, kafka_offset, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
            ON CONFLICT (id) DO UPDATE SET
                processed_at = EXCLUDED.processed_at, processor_version = EXCLUDED.processor_version,
                content_sha256 = EXCLUDED.content_sha256, source_uri = EXCLUDED.source_uri,
                ingested_at = EXCLUDED.ingested_at, published_at = EXCLUDED.published_at,
                title = EXCLUDED.title, subtitle = EXCLUDED.subtitle, body = EXCLUDED.body,
                section = EXCLUDED.section, language = EXCLUDED.language, word_count = EXCLUDED.word_count,
                publisher = EXCLUDED.publisher, fingerprint = EXCLUDED.fingerprint,
                duplicate_of = EXCLUDED.duplicate_of, story_id = EXCLUDED.story_id,
                kafka_topic = EXCLUDED.kafka_topic, kafka_partition = EXCLUDED.kafka_partition,
                kafka_offset = EXCLUDED.kafka_offset, document = EXCLUDED.document, updated_at = now()
            WHERE articles.processed_at < EXCLUDED.processed_at""";

    static final String DELETE_ENTITIES = "DELETE FROM article_entities WHERE article_id = ?";
    static final String INSERT_ENTITY = """
            INSERT INTO article_entities (article_id, ordinal, name, type, mentions, first_offset)
            VALUES (?, ?, ?, ?, ?, ?)""";
    static final String DELETE_ARTICLE = "DELETE FROM articles WHERE id = ?";
    static final String SELECT_OFFSETS = "SELECT partition, next_offset FROM sink_offsets WHERE topic = ?";
    static final String SAVE_OFFSET = """
            INSERT INTO sink_offsets (topic, partition, next_offset) VALUES (?, ?, ?)
            ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()""";

    private final Connection connection;

    ArticleStore(Connection connection) {
        this.connection = connection;
    }

    /** Stores the row unless a version at least as new is there; true when it was stored. */
    boolean upsert(ArticleRow row, String topic, int partition, long offset) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            int i = 0;
            upsert.setString(++i, row.id());
            upsert.setObject(++i, timestamp(row.processedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            upsert.setString(++i, row.processorVersion());
            upsert.setString(++i, row.contentSha256());
            upsert.setString(++i, row.sourceUri());
            upsert.setObject(++i, timestamp(row.ingestedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            upsert.setString(++i, row.publishedAt());
            upsert.setString(++i, row.title());
            upsert.setString(++i, row.subtitle());
            upsert.setString(++i, row.body());
            upsert.setString(++i, row.section());
            upsert.setString(++i, row.language());
            upsert.setObject(++i, row.wordCount(), Types.INTEGER);
            upsert.setString(++i, row.publisher());
            upsert.setString(++i, row.fingerprint());
            upsert.setString(++i, row.duplicateOf());
            upsert.setString(++i, row.storyId());
            upsert.setString(++i, topic);
            upsert.setInt(++i, partition);
            upsert.setLong(++i, offset);
            upsert.setString(++i, row.document());
            if (upsert.executeUpdate() == 0) {
                return false;
            }
        }
        replaceEntities(row);
        return true;
    }

    private void replaceEntities(ArticleRow row) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ENTITIES)) {
            delete.setString(1, row.id());
            delete.executeUpdate();
        }
        if (row.entities().isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(INSERT_ENTITY)) {
            int ordinal = 0;
            for (Entity entity : row.entities()) {
                insert.setString(1, row.id());
                insert.setInt(2, ordinal++);
                insert.setString(3, entity.name());
                insert.setString(4, entity.type());
                insert.setInt(5, entity.mentions());
                insert.setInt(6, entity.firstOffset());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Removes the article and, by cascade, its entities; true when there was one. */
    boolean delete(String id) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ARTICLE)) {
            delete.setString(1, id);
            return delete.executeUpdate() > 0;
        }
    }

    /** The next offset to read of each partition of the topic that the database has seen. */
    Map<Integer, Long> offsets(String topic) throws SQLException {
        Map<Integer, Long> offsets = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_OFFSETS)) {
            select.setString(1, topic);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    offsets.put(rows.getInt(1), rows.getLong(2));
                }
            }
        }
        return offsets;
    }

    void saveOffsets(Map<TopicPartition, Long> nextOffsets) throws SQLException {
        try (PreparedStatement save = connection.prepareStatement(SAVE_OFFSET)) {
            for (Map.Entry<TopicPartition, Long> next : nextOffsets.entrySet()) {
                save.setString(1, next.getKey().topic());
                save.setInt(2, next.getKey().partition());
                save.setLong(3, next.getValue());
                save.addBatch();
            }
            save.executeBatch();
        }
    }

    /** As an OffsetDateTime, which the driver sends as timestamptz whatever the JVM's time zone. */
    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
