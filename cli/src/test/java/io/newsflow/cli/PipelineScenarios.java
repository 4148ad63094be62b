package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.DeadLetter;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.Headers;
import io.newsflow.events.Json;
import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.ingest.FileIngester;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.JsonLinesOutput;
import io.newsflow.sink.JsonLinesSink;
import io.newsflow.sink.SinkConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole pipeline on a real broker: ingest -> processor -> sink. Subclasses say which broker; each test uses
 * its own topics so tests do not see each other's records.
 */
abstract class PipelineScenarios {

    static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path tmp;

    abstract String bootstrapServers();

    @Test
    void shouldTurnTheTwoSeedArticlesIntoTwoCleanEnrichedRecords() throws Exception {
        TopicNames topics = freshTopics();
        try (RunningPipeline pipeline = new RunningPipeline(topics)) {
            IngestSummary summary = pipeline.ingest(SAMPLES);
            assertThat(summary.published()).isEqualTo(2);
            pipeline.awaitWritten(2);
        }

        List<JsonNode> records = new ArrayList<>();
        for (String line : JsonLinesOutput.lines(tmp.resolve("out"))) {
            records.add(Json.MAPPER.readTree(line));
        }
        assertThat(records).hasSize(2);
        assertThat(records).extracting(r -> r.path("title").asText()).containsExactlyInAnyOrder(
                "Stronger Tehran-Islamabad Ties Underscored",
                "Rouhani, Imran Khan Discuss Border Security, Kashmir Plight");
        JsonNode tehran = records.stream()
                .filter(r -> r.path("title").asText().startsWith("Stronger")).findFirst().orElseThrow();
        assertThat(tehran.path("section").asText()).isEqualTo("National");
        for (JsonNode record : records) {
            String body = record.path("body").asText();
            assertThat(body).isNotBlank().doesNotContain("\u00A0");
            assertThat(body.lines()).noneMatch(line -> !line.isEmpty() && Character.isWhitespace(line.charAt(0)));
            assertThat(record.path("language").asText()).isEqualTo("en");
            assertThat(record.path("rawTopic").asText()).isEqualTo(topics.raw());
            assertThat(record.path("wordCount").asInt()).isGreaterThan(300);
        }
        assertOfflineEnrichmentMatches(records);
    }

    /** `newsflow enrich` must show a person exactly what the pipeline emits, lineage and timestamps aside. */
    private static void assertOfflineEnrichmentMatches(List<JsonNode> records) throws Exception {
        List<String> volatileFields = List.of("ingestedAt", "processedAt", "processorVersion", "rawTopic",
                "rawPartition", "rawOffset");
        for (JsonNode record : records) {
            String file = Path.of(java.net.URI.create(record.path("sourceUri").asText())).toString();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.PrintStream stdout = System.out;
            try {
                System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
                assertThat(Newsflow.commandLine().execute("enrich", "--processor-version", "it", file)).isZero();
            } finally {
                System.setOut(stdout);
            }
            var offline = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(
                    out.toString(StandardCharsets.UTF_8));
            var online = (com.fasterxml.jackson.databind.node.ObjectNode) record.deepCopy();
            offline.remove(volatileFields);
            online.remove(volatileFields);
            assertThat(offline).isEqualTo(online);
        }
    }

    @Test
    void shouldEnrichAForeignPlainTextValueAndDeadLetterGarbageSoThatCountsAddUp() throws Exception {
        TopicNames topics = freshTopics();
        try (RunningPipeline pipeline = new RunningPipeline(topics);
                KafkaProducer<byte[], byte[]> foreign = new KafkaProducer<>(
                        Map.of("bootstrap.servers", bootstrapServers()), new ByteArraySerializer(),
                        new ByteArraySerializer())) {
            String article = Files.readString(SAMPLES.resolve("tehran-islamabad-ties.txt"));
            foreign.send(new ProducerRecord<>(topics.raw(), null, article.getBytes(StandardCharsets.UTF_8))).get();
            foreign.send(new ProducerRecord<>(topics.raw(), "bad".getBytes(StandardCharsets.UTF_8),
                    new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x80})).get();
            pipeline.ingest(SAMPLES.resolve("rouhani-khan-new-york.txt"));
            pipeline.awaitWritten(2);
        }

        List<ConsumerRecord<byte[], byte[]>> raw = TopicContents.readAll(bootstrapServers(), topics.raw());
        List<ConsumerRecord<byte[], byte[]>> enriched = TopicContents.readAll(bootstrapServers(), topics.enriched());
        List<ConsumerRecord<byte[], byte[]>> dead = TopicContents.readAll(bootstrapServers(), topics.deadLetter());
        assertThat(raw).hasSize(3);
        assertThat(enriched).hasSize(2);
        assertThat(dead).hasSize(1);
        assertThat(raw.size()).isEqualTo(enriched.size() + dead.size());

        DeadLetter letter = Json.MAPPER.readValue(dead.get(0).value(), DeadLetter.class);
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.UNDECODABLE_BYTES.name());
        assertThat(new String(dead.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("bad");
        Set<String> titles = ConcurrentHashMap.newKeySet();
        for (ConsumerRecord<byte[], byte[]> record : enriched) {
            titles.add(Json.MAPPER.readTree(record.value()).path("title").asText());
        }
        assertThat(titles).contains("Stronger Tehran-Islamabad Ties Underscored");
    }

    @Test
    void shouldNotEnrichReIngestedSamplesAgainEvenAfterTheProcessorLostItsLocalStateButLinkANearDuplicate()
            throws Exception {
        TopicNames topics = freshTopics();
        try (RunningPipeline pipeline = new RunningPipeline(topics, tmp.resolve("state-1"))) {
            pipeline.ingest(SAMPLES);
            pipeline.awaitWritten(2);
        }
        // A new state folder: the processor must rebuild what it enriched from the stores' changelog topics.
        Path edited = Files.createDirectories(tmp.resolve("mirror")).resolve("tehran-islamabad-ties-copy.txt");
        Files.writeString(edited, Files.readString(SAMPLES.resolve("tehran-islamabad-ties.txt"))
                .replaceFirst("\\bMonday\\b", "Tuesday"));
        try (RunningPipeline pipeline = new RunningPipeline(topics, tmp.resolve("state-2"))) {
            assertThat(pipeline.ingest(SAMPLES).published()).isEqualTo(2);
            pipeline.ingest(edited);
            pipeline.awaitWritten(1); // this sink session: only the edited copy
            awaitRecords(topics.deadLetter(), 2);
        }

        List<ConsumerRecord<byte[], byte[]>> raw = TopicContents.readAll(bootstrapServers(), topics.raw());
        List<ConsumerRecord<byte[], byte[]>> enriched = TopicContents.readAll(bootstrapServers(), topics.enriched());
        List<ConsumerRecord<byte[], byte[]>> dead = TopicContents.readAll(bootstrapServers(), topics.deadLetter());
        assertThat(raw).hasSize(5);
        assertThat(enriched).as("the two samples once, and the edited copy").hasSize(3);
        assertThat(dead).hasSize(2);
        assertThat(raw.size()).isEqualTo(enriched.size() + dead.size());
        for (ConsumerRecord<byte[], byte[]> letter : dead) {
            assertThat(Json.MAPPER.readValue(letter.value(), DeadLetter.class).reason())
                    .isEqualTo(DeadLetterReason.DUPLICATE.name());
        }
        List<JsonNode> tehran = enriched.stream().map(r -> readTree(r.value()))
                .filter(a -> a.path("title").asText().startsWith("Stronger")).toList();
        assertThat(tehran).hasSize(2);
        JsonNode original = tehran.stream().filter(a -> a.path("duplicateOf").isNull()).findFirst().orElseThrow();
        JsonNode copy = tehran.stream().filter(a -> !a.path("duplicateOf").isNull()).findFirst().orElseThrow();
        assertThat(copy.path("duplicateOf").asText()).isEqualTo(original.path("id").asText());
        assertThat(copy.path("storyId").asText()).isEqualTo(original.path("id").asText());
        assertThat(original.path("storyId").asText()).isEqualTo(original.path("id").asText());
    }

    private void awaitRecords(String topic, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (TopicContents.readAll(bootstrapServers(), topic).size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " records on " + topic + " after 60 s");
            }
            Thread.sleep(200);
        }
    }

    private static JsonNode readTree(byte[] json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void shouldInteroperateWithKcatAsProducerAndConsumer() throws Exception {
        Assumptions.assumeTrue(Kcat.available(), "kcat is not installed (apt-get install kcat)");
        TopicNames topics = freshTopics();
        Path article = SAMPLES.resolve("rouhani-khan-new-york.txt");
        try (RunningPipeline pipeline = new RunningPipeline(topics)) {
            Kcat.run("-b", bootstrapServers(), "-t", topics.raw(), "-P", "-k", "kcat-article", article.toString());
            pipeline.awaitWritten(1);
        }

        String consumed = Kcat.run("-b", bootstrapServers(), "-t", topics.enriched(), "-C", "-o", "beginning", "-e",
                "-q", "-f", "%k\\t%s\\n", "-X", "isolation.level=read_committed");
        String[] keyAndValue = consumed.strip().split("\t", 2);
        assertThat(keyAndValue[0]).isEqualTo("kcat-article");
        JsonNode record = Json.MAPPER.readTree(keyAndValue[1]);
        assertThat(record.path("id").asText()).isEqualTo("kcat-article");
        assertThat(record.path("title").asText()).isEqualTo("Rouhani, Imran Khan Discuss Border Security, Kashmir Plight");
    }

    @Test
    void shouldIngestAThreeMebibyteArticleOverKafkasDefaultMessageSizeAndEnrichOrDeadLetterIt() throws Exception {
        TopicNames topics = freshTopics();
        Path file = Files.writeString(tmp.resolve("long-read.txt"), LongArticle.text(3 << 20));
        IngestSummary summary;
        try (RunningPipeline pipeline = new RunningPipeline(topics)) {
            summary = pipeline.ingest(file);
            assertThat(summary.skipped()).isEmpty();
            assertThat(summary.published()).isEqualTo(1);
            pipeline.awaitEnrichedOrDeadLettered(1);
        }

        List<ConsumerRecord<byte[], byte[]>> raw = TopicContents.readAll(bootstrapServers(), topics.raw());
        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).value().length).isGreaterThan(3 << 20);
        List<ConsumerRecord<byte[], byte[]>> enriched = TopicContents.readAll(bootstrapServers(), topics.enriched());
        assertThat(enriched.size() + TopicContents.readAll(bootstrapServers(), topics.deadLetter()).size()).isEqualTo(1);
        assertThat(enriched).hasSize(1);
        assertThat(Json.MAPPER.readTree(enriched.get(0).value()).path("wordCount").asInt()).isGreaterThan(300_000);
    }

    @Test
    void shouldExitZeroWhenAllArePublishedOneWhenSomeAreSkippedEachToldOnStderrAndStopWhenFailingFast()
            throws Exception {
        TopicNames topics = freshTopics();
        Path good = Files.createDirectories(tmp.resolve("good"));
        Files.writeString(good.resolve("a.txt"), "An article.");
        Files.write(good.resolve("b.txt"), "Caf\u00E9 \u201Cquoted\u201D".getBytes("windows-1252"));
        Path mixed = Files.createDirectories(tmp.resolve("mixed"));
        Files.writeString(mixed.resolve("a.txt"), "An article.");
        Files.writeString(mixed.resolve("blank.txt"), "  \n");
        Files.write(mixed.resolve("doc.pdf"), "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(mixed.resolve("big.txt"), "x".repeat(2048));

        String[] common = {"ingest", "--bootstrap-server", bootstrapServers(), "--raw-topic", topics.raw(),
                "--max-file-size", "1KiB"};
        CliRun allGood = CliRun.of(common, good.toString());
        CliRun someSkipped = CliRun.of(common, mixed.toString());
        CliRun failFast = CliRun.of(common, "--fail-fast", mixed.toString());

        assertThat(allGood.exitCode()).isZero();
        assertThat(allGood.out()).contains("files seen: 2, published: 2, skipped: 0");
        assertThat(someSkipped.exitCode()).isEqualTo(1);
        assertThat(someSkipped.out()).contains("files seen: 4, published: 1, skipped: 3");
        assertThat(someSkipped.err().lines()).containsExactlyInAnyOrder(
                "skipped " + mixed.resolve("blank.txt") + ": only whitespace, no text",
                "skipped " + mixed.resolve("doc.pdf") + ": binary file (PDF document), not text",
                "skipped " + mixed.resolve("big.txt")
                        + ": too large: 2.0 KiB (2048 bytes) is over the limit of 1.0 KiB (1024 bytes) (--max-file-size)");
        assertThat(failFast.exitCode()).isEqualTo(1);
        assertThat(failFast.err()).contains("stopped at the first skipped file (--fail-fast)");
        assertThat(failFast.err().lines().filter(line -> line.startsWith("skipped "))).hasSize(1);
        assertThat(CliRun.of(common, "--max-file-size", "lots", good.toString()).exitCode()).isEqualTo(2);

        List<ConsumerRecord<byte[], byte[]>> raw = TopicContents.readAll(bootstrapServers(), topics.raw());
        assertThat(raw).extracting(r -> new String(r.headers().lastHeader(Headers.SOURCE_CHARSET).value(),
                StandardCharsets.UTF_8)).contains("windows-1252", "UTF-8");
    }

    /** One `newsflow` command run in this JVM, its exit code and what it printed. */
    private record CliRun(int exitCode, String out, String err) {
        static CliRun of(String[] common, String... more) {
            String[] args = java.util.stream.Stream.concat(java.util.Arrays.stream(common), java.util.Arrays.stream(more))
                    .toArray(String[]::new);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
            java.io.PrintStream stdout = System.out;
            java.io.PrintStream stderr = System.err;
            int code;
            try {
                System.setOut(new java.io.PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
                code = Newsflow.commandLine().execute(args);
            } finally {
                System.setOut(stdout);
                System.setErr(stderr);
            }
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    TopicNames freshTopics() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        TopicNames topics = new TopicNames("raw-" + suffix, "enriched-" + suffix, "dlq-" + suffix);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers()))) {
            TopicSetup.create(admin, topics, new TopicSetup.Layout(3, (short) 1));
        }
        return topics;
    }

    /** Processor and sink running against the test's topics until closed. */
    final class RunningPipeline implements AutoCloseable {
        private final TopicNames topics;
        private final ProcessorApp processor;
        private final JsonLinesSink sink;
        private final Thread sinkThread;
        private final Set<String> written = ConcurrentHashMap.newKeySet();

        RunningPipeline(TopicNames topics) throws InterruptedException {
            this(topics, tmp.resolve("processor-state"));
        }

        /** @param stateDir the processor's local state; a new one makes it restore its stores from their changelogs */
        RunningPipeline(TopicNames topics, Path stateDir) throws InterruptedException {
            this.topics = topics;
            Map<String, Object> kafka = Map.of("bootstrap.servers", bootstrapServers());
            Map<String, Object> streams = Map.of("bootstrap.servers", bootstrapServers(), "state.dir", stateDir.toString());
            processor = new ProcessorApp(new ProcessorConfig(topics, "app-" + topics.raw(), "it", streams));
            sink = new JsonLinesSink(new SinkConfig(topics.enriched(), tmp.resolve("out"), "sink-" + topics.raw(), kafka)
                    .withRoll(SinkConfig.DEFAULT_ROLL_BYTES, Duration.ofMillis(200)));
            processor.start();
            sinkThread = new Thread(() -> sink.run(written::add), "it-sink");
            sinkThread.start();
            processor.awaitRunning(Duration.ofSeconds(60));
        }

        IngestSummary ingest(Path path) {
            IngestConfig config = new IngestConfig(topics.raw(), List.of(), List.of(),
                    Map.of("bootstrap.servers", bootstrapServers()));
            try (FileIngester ingester = new FileIngester(config)) {
                return ingester.ingest(List.of(path));
            }
        }

        /** Waits until the processor has answered for {@code count} raw records, whichever way. */
        void awaitEnrichedOrDeadLettered(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (TopicContents.readAll(bootstrapServers(), topics.enriched()).size()
                    + TopicContents.readAll(bootstrapServers(), topics.deadLetter()).size() < count) {
                assertThat(processor.failure()).isNull();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the processor answered for fewer than " + count + " records in 90 s");
                }
                Thread.sleep(200);
            }
        }

        void awaitWritten(int count) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (sink.written() < count) {
                assertThat(processor.failure()).isNull();
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("only " + sink.written() + " of " + count + " records written in 60 s");
                }
                Thread.sleep(50);
            }
        }

        @Override
        public void close() throws InterruptedException {
            sink.stop();
            sinkThread.join(30_000);
            sink.close();
            processor.close();
        }
    }
}
