package io.newsflow.sink.postgres;

import static io.newsflow.sink.postgres.Articles.article;
import static io.newsflow.sink.postgres.Articles.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Entity;
import io.newsflow.localkafka.LocalKafkaBroker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sink end to end: a real broker, a real PostgreSQL, restarts with consumer groups that know nothing. */
class PostgresSinkIT {

    private static final String TOPIC = "enriched-postgres-it";
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-02T10:00:00Z");

    private static LocalKafkaBroker broker;
    private static String jdbcUrl;

    @BeforeAll
    static void start() throws Exception {
        broker = LocalKafkaBroker.start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
        }
        jdbcUrl = TestDatabase.freshSchemaUrl();
    }

    @AfterAll
    static void stop() {
        broker.close();
    }

    @Test
    void shouldStoreEachArticleOnceAndResumeFromTheDatabaseOffsetsWhateverTheGroup() throws Exception {
        produce(article("a", T1, "Harbour news", "The ferry timetable changed", new Entity("Ann Lee", "PERSON", 2, 4)),
                article("b", T1, "Weather", "Fog over the estuary", new Entity("Estuary", "LOCATION", 1, 8)),
                article("../../etc/passwd", T1, "x'); DROP TABLE articles; --", "semicolons; and 'quotes'"));

        PostgresSink first = runUntilStored("group-1", 3);
        assertThat(first.stored()).isEqualTo(3);
        assertThat(query("SELECT id FROM articles ORDER BY id")).containsExactly("../../etc/passwd", "a", "b");
        assertThat(query("SELECT name FROM article_entities WHERE article_id = 'a'")).containsExactly("Ann Lee");
        assertThat(query("""
                SELECT id FROM articles WHERE search @@ websearch_to_tsquery('simple', 'ferry')""")).containsExactly("a");
        assertThat(query("SELECT document->>'publisher' FROM articles WHERE id = 'b'")).containsExactly("The Daily");

        // A group with no committed offsets would start at the beginning; the database says there is nothing new.
        PostgresSink again = runUntilStored("group-2", 0);
        assertThat(again.stored() + again.stale()).isZero();

        produce(article("a", T2, "Harbour news, updated", "The ferry timetable changed again",
                        new Entity("Ann Lee", "PERSON", 3, 4), new Entity("Port Authority", "ORGANIZATION", 1, 20)),
                article("b", Instant.parse("2026-02-01T00:00:00Z"), "Stale weather", "Old fog"),
                article("c", T1, "Markets", "Shares rose"));

        PostgresSink resumed = runUntilStored("group-3", 2);
        assertThat(resumed.stored()).isEqualTo(2);
        assertThat(resumed.stale()).isEqualTo(1);
        assertThat(query("SELECT id || ':' || title FROM articles ORDER BY id")).containsExactly(
                "../../etc/passwd:x'); DROP TABLE articles; --", "a:Harbour news, updated", "b:Weather", "c:Markets");
        assertThat(query("SELECT name FROM article_entities WHERE article_id = 'a' ORDER BY ordinal"))
                .containsExactly("Ann Lee", "Port Authority");
        assertThat(query("SELECT sum(next_offset)::text FROM sink_offsets WHERE topic = '" + TOPIC + "'"))
                .containsExactly("6");
    }

    private static void produce(EnrichedArticle... articles) throws ExecutionException, InterruptedException {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(TOPIC, article.id(), json(article))).get();
            }
        }
    }

    /** Runs a sink until the database holds every offset produced so far and it has stored {@code count}. */
    private static PostgresSink runUntilStored(String group, long count) throws Exception {
        long end = endOffsets();
        PostgresSinkConfig config = new PostgresSinkConfig(TOPIC, jdbcUrl, null, null, group,
                Map.of("bootstrap.servers", broker.bootstrapServers()));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (PostgresSink sink = new PostgresSink(config)) {
            Thread thread = new Thread(() -> {
                try {
                    sink.run();
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while ((storedOffsets() < end || sink.stored() < count) && failure.get() == null
                    && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // Give a wrongly sought consumer the chance to apply what it should not.
            Thread.sleep(500);
            sink.stop();
            thread.join(10_000);
            assertThat(failure.get()).isNull();
            assertThat(storedOffsets()).isEqualTo(end);
            return sink;
        }
    }

    private static long endOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            var partitions = admin.describeTopics(List.of(TOPIC)).allTopicNames().get().get(TOPIC).partitions();
            Map<TopicPartition, OffsetSpec> request = new HashMap<>();
            partitions.forEach(p -> request.put(new TopicPartition(TOPIC, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    private static long storedOffsets() throws SQLException {
        List<String> sum = query("SELECT coalesce(sum(next_offset), 0)::text FROM sink_offsets");
        return Long.parseLong(sum.get(0));
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = TestDatabase.connect(jdbcUrl);
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
