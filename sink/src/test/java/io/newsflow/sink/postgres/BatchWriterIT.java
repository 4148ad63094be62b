package io.newsflow.sink.postgres;

import static io.newsflow.sink.postgres.Articles.article;
import static io.newsflow.sink.postgres.Articles.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.Entity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upsert rule, entities, offsets and search on a real PostgreSQL, records made by hand (no broker). */
class BatchWriterIT {

    private static final String TOPIC = "enriched";
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T10:00:00Z");

    private Connection connection;
    private BatchWriter writer;
    private long offset;

    @BeforeEach
    void freshSchema() throws SQLException {
        connection = TestDatabase.connect(TestDatabase.freshSchemaUrl());
        assertThat(SchemaMigrator.migrate(connection)).containsExactly(1, 2);
        connection.setAutoCommit(false);
        writer = new BatchWriter(connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void shouldApplyEachMigrationOnceWhenStartedAgain() throws SQLException {
        assertThat(SchemaMigrator.migrate(connection)).isEmpty();
        assertThat(query("SELECT count(*) FROM newsflow_schema_history")).containsExactly("2");
    }

    @Test
    void shouldKeepTheNewerVersionWhicheverArrivesFirst() throws SQLException {
        BatchWriter.Outcome first = writer.write(List.of(
                record("a", article("a", T2, "New title", "new body", new Entity("Ann", Entity.PERSON, 2, 0))),
                record("b", article("b", T1, "Old b", "old body"))));
        BatchWriter.Outcome second = writer.write(List.of(
                record("a", article("a", T1, "Old title", "old body", new Entity("Bob", Entity.PERSON, 1, 0))),
                record("b", article("b", T2, "New b", "new body", new Entity("Cy", Entity.ORGANIZATION, 1, 4)))));

        assertThat(first.stored()).isEqualTo(2);
        assertThat(second.stored()).isEqualTo(1);
        assertThat(second.stale()).isEqualTo(1);
        assertThat(query("SELECT id || ':' || title FROM articles ORDER BY id")).containsExactly("a:New title", "b:New b");
        assertThat(query("SELECT article_id || ':' || name FROM article_entities ORDER BY article_id"))
                .containsExactly("a:Ann", "b:Cy");
        assertThat(query("SELECT partition || ':' || next_offset FROM sink_offsets")).containsExactly("0:4");
    }

    @Test
    void shouldChangeNothingWhenTheSameVersionIsDeliveredAgain() throws SQLException {
        ConsumerRecord<String, byte[]> a = record("a", article("a", T1, "Title", "body",
                new Entity("Ann", Entity.PERSON, 1, 0), new Entity("Oslo", Entity.LOCATION, 1, 5)));
        writer.write(List.of(a));
        List<String> before = query("SELECT updated_at::text FROM articles");

        BatchWriter.Outcome again = writer.write(List.of(a, a));

        assertThat(again.stale()).isEqualTo(2);
        assertThat(query("SELECT count(*) FROM articles")).containsExactly("1");
        assertThat(query("SELECT count(*) FROM article_entities")).containsExactly("2");
        assertThat(query("SELECT updated_at::text FROM articles")).isEqualTo(before);
    }

    @Test
    void shouldStoreTheStoryOfEachArticleAndReplaceItWithTheNewerVersion() throws SQLException {
        writer.write(List.of(
                record("a", article("a", T1, "Storm", "The storm reached the coast")),
                record("b", article("b", T1, "Storm hits", "The storm reached the coast on Monday").inStory("a", "a")),
                record("c", article("c", T1, "Elections", "Votes were counted"))));
        writer.write(List.of(record("c", article("c", T2, "Storm", "The storm reached the coast").inStory("a", "a"))));

        assertThat(query("SELECT id || ':' || story_id || ':' || coalesce(duplicate_of, '-') FROM articles ORDER BY id"))
                .containsExactly("a:a:-", "b:a:a", "c:a:a");
    }

    @Test
    void shouldFillTheStoryColumnsFromStoredRecordsWhenUpgradingAVersionOneDatabase() throws SQLException {
        try (Connection old = TestDatabase.connect(TestDatabase.freshSchemaUrl());
                Statement statement = old.createStatement()) {
            assertThat(SchemaMigrator.migrate(old, SchemaMigrator.MIGRATIONS.subList(0, 1))).containsExactly(1);
            // A version 1 sink stored records of a processor that already linked stories: only in document.
            statement.execute("""
                    INSERT INTO articles (id, processed_at, kafka_topic, kafka_partition, kafka_offset, document)
                    VALUES ('linked', now(), 't', 0, 0, '{"id": "linked", "storyId": "first", "duplicateOf": "first"}'),
                           ('older', now(), 't', 0, 1, '{"id": "older"}')""");

            assertThat(SchemaMigrator.migrate(old)).containsExactly(2);

            try (ResultSet rows = statement.executeQuery("SELECT id, story_id, duplicate_of FROM articles ORDER BY id")) {
                assertThat(rows.next()).isTrue();
                assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3)))
                        .containsExactly("linked", "first", "first");
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("older");
                assertThat(rows.getString(2)).isNull();
            }
        }
    }

    @Test
    void shouldFindArticlesByBodyWordRankingTitleMatchesFirst() throws SQLException {
        writer.write(List.of(
                record("body-only", article("body-only", T1, "Weather today", "The harbour flooded after rain")),
                record("in-title", article("in-title", T1, "Harbour reopens", "Ships returned this morning")),
                record("other", article("other", T1, "Elections", "Votes were counted"))));

        assertThat(search("harbour")).containsExactly("in-title", "body-only");
        assertThat(search("flooded rain")).containsExactly("body-only");
        assertThat(search("\"votes were\"")).containsExactly("other");
        assertThat(search("'; DROP TABLE articles; --")).isEmpty();
    }

    @Test
    void shouldStoreHostileIdsAsPlainValues() throws SQLException {
        List<String> ids = List.of("../../etc/passwd", "x'); DROP TABLE articles; --", "a\"b;c\\d", "ünï©ødé 🗞");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        ids.forEach(id -> records.add(record(id, article(id, T1, "t", "b", new Entity("O'Brien; --", "PERSON", 1, 0)))));

        assertThat(writer.write(records).stored()).isEqualTo(4);

        assertThat(query("SELECT id FROM articles ORDER BY id")).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(query("SELECT DISTINCT name FROM article_entities")).containsExactly("O'Brien; --");
    }

    @Test
    void shouldDeleteTheArticleAndItsEntitiesWhenATombstoneArrives() throws SQLException {
        writer.write(List.of(record("a", article("a", T1, "t", "b", new Entity("Ann", "PERSON", 1, 0)))));

        BatchWriter.Outcome outcome = writer.write(List.of(raw("a", null), raw("never-stored", null)));

        assertThat(outcome.deleted()).isEqualTo(2);
        assertThat(query("SELECT count(*) FROM articles")).containsExactly("0");
        assertThat(query("SELECT count(*) FROM article_entities")).containsExactly("0");
    }

    @Test
    void shouldSkipOnlyTheRecordPostgresRefusesAndStillStoreItsOffset() throws SQLException {
        String outOfRange = "{\"id\":\"far\",\"processedAt\":\"+300000-01-01T00:00:00Z\"}";

        BatchWriter.Outcome outcome = writer.write(List.of(
                record("a", article("a", T1, "t", "b")),
                raw("far", outOfRange.getBytes(StandardCharsets.UTF_8)),
                raw("junk", "not json".getBytes(StandardCharsets.UTF_8)),
                record("c", article("c", T1, "t", "b"))));

        assertThat(outcome.stored()).isEqualTo(2);
        assertThat(outcome.skipped()).isEqualTo(2);
        assertThat(query("SELECT id FROM articles ORDER BY id")).containsExactly("a", "c");
        assertThat(outcome.nextOffsets()).containsExactly(Map.entry(new TopicPartition(TOPIC, 0), 4L));
    }

    @Test
    void shouldStoreNeitherRowsNorOffsetsWhenTheTransactionFails() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE sink_offsets ADD CONSTRAINT no_writes CHECK (next_offset < 0) NOT VALID");
        }
        connection.commit();

        assertThatThrownBy(() -> writer.write(List.of(record("a", article("a", T1, "t", "b")))))
                .isInstanceOf(SQLException.class);

        assertThat(query("SELECT count(*) FROM articles")).containsExactly("0");
    }

    @Test
    void shouldRunEveryExampleQueryOfTheDocs() throws Exception {
        writer.write(List.of(record("3f2a9c0e5b1d47a8c6e0f9b2d4a1c3e5", article("3f2a9c0e5b1d47a8c6e0f9b2d4a1c3e5", T1,
                "Harbour", "The ferry timetable changed, said Imran Khan", new Entity("Imran Khan", "PERSON", 1, 37)))));
        String doc = Files.readString(Path.of("..", "docs", "postgres.md"));
        Matcher blocks = Pattern.compile("```sql\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        int ran = 0;
        while (blocks.find()) {
            try (Statement statement = connection.createStatement()) {
                assertThat(statement.execute(blocks.group(1))).as(blocks.group(1)).isTrue();
            }
            ran++;
        }
        connection.commit();
        assertThat(ran).isGreaterThanOrEqualTo(5);
        assertThat(query("""
                SELECT ts_headline('simple', body, q, 'MaxFragments=2, MaxWords=20')
                FROM articles, websearch_to_tsquery('simple', 'harbour "ferry timetable" -strike') AS q
                WHERE search @@ q""")).containsExactly("The <b>ferry</b> <b>timetable</b> changed, said Imran Khan");
    }

    private List<String> search(String words) throws SQLException {
        // The query of docs/postgres.md.
        return query("""
                SELECT id FROM articles, websearch_to_tsquery('simple', ?) AS q
                WHERE search @@ q ORDER BY ts_rank(search, q) DESC, id LIMIT 20""", words);
    }

    private List<String> query(String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        connection.commit();
        return values;
    }

    private ConsumerRecord<String, byte[]> record(String key, io.newsflow.events.EnrichedArticle article) {
        return raw(key, bytes(article));
    }

    private ConsumerRecord<String, byte[]> raw(String key, byte[] value) {
        return new ConsumerRecord<>(TOPIC, 0, offset++, key, value);
    }
}
