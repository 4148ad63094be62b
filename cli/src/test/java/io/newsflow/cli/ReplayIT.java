package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.JsonLinesOutput;
import io.newsflow.sink.ReadRange;
import io.newsflow.sink.postgres.PostgresSink;
import io.newsflow.sink.postgres.PostgresSinkConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** History replayed with a newer processor: every sink ends with each article once, at the newer version. */
class ReplayIT {

    private static final int ARTICLES = 500;
    private static final String APP = "replay-it-processor";

    private static LocalKafkaBroker broker;

    @TempDir
    Path tmp;
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        broker = LocalKafkaBroker.start();
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void shouldReprocessHistoryWithANewerProcessorAndKeepOneRowPerArticleAtTheNewVersion() throws Exception {
        String bootstrap = broker.bootstrapServers();
        TopicNames topics = new TopicNames("replay-raw", "replay-enriched", "replay-dlq");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicSetup.create(admin, topics, new TopicSetup.Layout(3, (short) 1));
        }
        produceArticles(bootstrap, topics.raw());
        String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");

        try (ProcessorApp processor = processor(topics, "A")) {
            awaitEnriched(processor, topics.enriched(), ARTICLES);
            Result refused = newsflow("replay", "--stage", "processor", "--application-id", APP,
                    "--raw-topic", topics.raw(), "--bootstrap-server", bootstrap);
            assertThat(refused.exitCode).as("replay refused while the processor runs").isEqualTo(1);
            assertThat(refused.err).contains("active member").contains(APP);
        }
        storeAll(topics, jdbcUrl);
        assertThat(versions(jdbcUrl, "public")).isEqualTo(Map.of("A", ARTICLES));

        Result moved = newsflow("replay", "--stage", "processor", "--from", "earliest", "--application-id", APP,
                "--raw-topic", topics.raw(), "--bootstrap-server", bootstrap);
        assertThat(moved.exitCode).as(moved.err).isZero();
        assertThat(moved.out).contains(ARTICLES + " offsets to re-read");
        try (ProcessorApp processor = processor(topics, "B")) {
            awaitEnriched(processor, topics.enriched(), 2 * ARTICLES);
        }
        assertThat(enrichedVersions(topics.enriched())).isEqualTo(Map.of("A", ARTICLES, "B", ARTICLES));
        Result status = newsflow("status", "--application-id", APP, "--raw-topic", topics.raw(),
                "--enriched-topic", topics.enriched(), "--bootstrap-server", bootstrap);
        assertThat(status.exitCode).as(status.out + status.err).isZero();
        assertThat(status.out).contains("consumed " + ARTICLES + " = enriched " + ARTICLES + " + dead-lettered 0: holds");

        storeAll(topics, jdbcUrl);
        assertThat(versions(jdbcUrl, "public")).isEqualTo(Map.of("B", ARTICLES));

        // The sink itself replayed: everything re-read, nothing doubled, the newer version kept.
        Result sinkMoved = newsflow("replay", "--stage", "sink", "--from", "earliest", "--jdbc-url", jdbcUrl,
                "--enriched-topic", topics.enriched(), "--bootstrap-server", bootstrap);
        assertThat(sinkMoved.exitCode).as(sinkMoved.err).isZero();
        assertThat(PostgresSink.storedOffsets(sinkConfig(topics, jdbcUrl))).containsOnlyKeys(0, 1, 2)
                .allSatisfy((partition, next) -> assertThat(next).isZero());
        storeAll(topics, jdbcUrl);
        assertThat(versions(jdbcUrl, "public")).isEqualTo(Map.of("B", ARTICLES));

        Result rebuilt = newsflow("replay", "--new-table", "rebuilt", "--jdbc-url", jdbcUrl,
                "--enriched-topic", topics.enriched(), "--bootstrap-server", bootstrap);
        assertThat(rebuilt.exitCode).as(rebuilt.err).isZero();
        assertThat(versions(jdbcUrl, "rebuilt")).isEqualTo(Map.of("B", ARTICLES));
        assertThat(versions(jdbcUrl, "public")).isEqualTo(Map.of("B", ARTICLES));

        Path files = tmp.resolve("rebuilt-files");
        Result rebuiltFiles = newsflow("replay", "--new-output", files.toString(),
                "--enriched-topic", topics.enriched(), "--bootstrap-server", bootstrap);
        assertThat(rebuiltFiles.exitCode).as(rebuiltFiles.err).isZero();
        assertNewestLinePerArticleIsAtVersionB(JsonLinesOutput.lines(files));
        Result sinks = newsflow("status", "--application-id", APP, "--raw-topic", topics.raw(),
                "--enriched-topic", topics.enriched(), "--bootstrap-server", bootstrap, "--out", files.toString(),
                "--jdbc-url", jdbcUrl);
        assertThat(sinks.exitCode).as(sinks.out).isZero();
        assertThat(sinks.out).contains("sink JSON Lines " + files + ": " + 2 * ARTICLES + " lines, "
                + topics.enriched() + " lag 0").contains(": " + ARTICLES + " articles, " + topics.enriched() + " lag 0");
        Result notEmpty = newsflow("replay", "--new-output", files.toString(),
                "--enriched-topic", topics.enriched(), "--bootstrap-server", bootstrap);
        assertThat(notEmpty.exitCode).as("files are never added to a folder in use").isEqualTo(2);

        Result again = newsflow("replay", "--new-table", "rebuilt", "--jdbc-url", jdbcUrl,
                "--enriched-topic", topics.enriched(), "--bootstrap-server", bootstrap);
        assertThat(again.exitCode).as("an existing schema is never written into").isEqualTo(2);
        assertThat(again.err).contains("rebuilt");
    }

    @Test
    void shouldRefuseBadPointsAndAJsonLinesStageWithAClearMessage() {
        Result badPoint = newsflow("replay", "--stage", "processor", "--from", "last tuesday",
                "--bootstrap-server", broker.bootstrapServers());
        assertThat(badPoint.exitCode).isEqualTo(2);
        assertThat(badPoint.err).contains("--from").contains("7d");

        Result jsonl = newsflow("replay", "--stage", "sink", "--bootstrap-server", broker.bootstrapServers());
        assertThat(jsonl.exitCode).isEqualTo(2);
        assertThat(jsonl.err).contains("JSON Lines");

        Result both = newsflow("replay", "--bootstrap-server", broker.bootstrapServers());
        assertThat(both.exitCode).isEqualTo(2);
    }

    @Test
    void shouldMoveAProcessorThatNeverRan() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            TopicSetup.create(admin, new TopicNames("never-raw", "never-enriched", "never-dlq"),
                    new TopicSetup.Layout(1, (short) 1));
        }
        Result moved = newsflow("replay", "--stage", "processor", "--application-id", "never-ran",
                "--raw-topic", "never-raw", "--bootstrap-server", broker.bootstrapServers());
        assertThat(moved.exitCode).as(moved.err).isZero();
        assertThat(moved.out).contains("0 offsets to re-read");
    }

    private ProcessorApp processor(TopicNames topics, String version) throws InterruptedException {
        ProcessorApp app = new ProcessorApp(new ProcessorConfig(topics, APP, version,
                Map.of("bootstrap.servers", broker.bootstrapServers(), "state.dir", tmp.resolve("state").toString())));
        app.start();
        app.awaitRunning(Duration.ofSeconds(60));
        return app;
    }

    /** The PostgreSQL sink up to the enriched topic's current end, as `newsflow sink --to postgres` runs it. */
    private void storeAll(TopicNames topics, String jdbcUrl) throws Exception {
        PostgresSinkConfig config = sinkConfig(topics, jdbcUrl);
        Map<TopicPartition, Long> ends = new HashMap<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            ends.putAll(io.newsflow.cli.replay.TopicOffsets.at(admin, topics.enriched(),
                    io.newsflow.cli.replay.ReplayPoint.LATEST));
        }
        try (PostgresSink sink = new PostgresSink(config)) {
            sink.run(new ReadRange(Map.of(), ends));
        }
    }

    /** JSON Lines keep every version: one line per article and version, the newest line per article at B. */
    private static void assertNewestLinePerArticleIsAtVersionB(List<String> lines) throws Exception {
        Map<String, String> newest = new HashMap<>();
        java.util.Set<String> versions = new java.util.HashSet<>();
        for (String line : lines) {
            JsonNode article = Json.MAPPER.readTree(line);
            String id = article.path("id").asText();
            String version = article.path("processorVersion").asText();
            assertThat(versions.add(id + "@" + version)).as("one line for %s at %s", id, version).isTrue();
            newest.merge(id, version, (older, newer) -> newer.compareTo(older) > 0 ? newer : older);
        }
        assertThat(newest).hasSize(ARTICLES);
        assertThat(newest.values()).containsOnly("B");
    }

    private PostgresSinkConfig sinkConfig(TopicNames topics, String jdbcUrl) {
        return new PostgresSinkConfig(topics.enriched(), jdbcUrl, null, null, PostgresSinkConfig.DEFAULT_GROUP_ID,
                Map.of("bootstrap.servers", broker.bootstrapServers()));
    }

    private static void produceArticles(String bootstrap, String topic) throws Exception {
        Random random = new Random(42);
        List<String> words = List.of("minister", "council", "budget", "river", "school", "report", "vote", "market",
                "energy", "harbour", "court", "festival", "railway", "hospital", "farmers", "weather");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder text = new StringBuilder("Report number " + i + " on the " + words.get(i % words.size())
                        + "\n\n");
                for (int paragraph = 0; paragraph < 4; paragraph++) {
                    for (int sentence = 0; sentence < 3; sentence++) {
                        text.append("The ").append(words.get(random.nextInt(words.size()))).append(" said the ")
                                .append(words.get(random.nextInt(words.size()))).append(" would change on day ")
                                .append(random.nextInt(1000)).append(". ");
                    }
                    text.append("\n\n");
                }
                producer.send(new ProducerRecord<>(topic, "article-" + i, text.toString()));
            }
            producer.flush();
        }
    }

    /** Fails at once, with its reason, when the processor has stopped: no output would come. */
    private void awaitEnriched(ProcessorApp processor, String topic, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        int seen = 0;
        while ((seen = TopicContents.readAll(broker.bootstrapServers(), topic).size()) < count) {
            assertThat(processor.failure()).as("processor failure after %d of %d enriched records", seen, count)
                    .isNull();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + seen + " of " + count + " enriched records after 240 s; processor "
                        + processor.state());
            }
            Thread.sleep(500);
        }
    }

    private Map<String, Integer> enrichedVersions(String topic) throws Exception {
        Map<String, Integer> versions = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : TopicContents.readAll(broker.bootstrapServers(), topic)) {
            JsonNode article = Json.MAPPER.readTree(record.value());
            versions.merge(article.path("processorVersion").asText(), 1, Integer::sum);
        }
        return versions;
    }

    private static Map<String, Integer> versions(String jdbcUrl, String schema) throws Exception {
        Map<String, Integer> versions = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT processor_version, count(*) FROM " + schema
                        + ".articles GROUP BY processor_version")) {
            while (rows.next()) {
                versions.put(rows.getString(1), rows.getInt(2));
            }
        }
        return versions;
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result newsflow(String... args) {
        StringWriter err = new StringWriter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            code = Newsflow.commandLine().setErr(new PrintWriter(err, true)).execute(args);
        } finally {
            System.setOut(stdout);
        }
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString());
    }
}
