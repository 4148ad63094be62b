package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.ProcessorConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsflow status` on a real broker: it holds after a run, and says so when records were skipped unprocessed. */
class StatusIT {

    private static final String APP = "status-it";

    @TempDir
    Path stateDir;

    @Test
    void shouldShowTheAccountsAndFailWhenRecordsWereSkippedUnprocessed() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
            String bootstrap = broker.bootstrapServers();
            TopicNames topics = new TopicNames("status-raw", "status-enriched", "status-dlq");
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                TopicSetup.create(admin, topics, new TopicSetup.Layout(1, (short) 1));
            }
            String article = Files.readString(PipelineScenarios.SAMPLES.resolve("tehran-islamabad-ties.txt"));
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topics.raw(), bytes("a"), bytes(article))).get();
                producer.send(new ProducerRecord<>(topics.raw(), bytes("a"), bytes(article))).get();
                producer.send(new ProducerRecord<>(topics.raw(), bytes("bad"), new byte[] {(byte) 0xFF})).get();
            }
            try (ProcessorApp processor = new ProcessorApp(new ProcessorConfig(topics, APP, "it",
                    Map.of("bootstrap.servers", bootstrap, "state.dir", stateDir.toString())))) {
                processor.start();
                awaitCommitted(bootstrap, topics.raw(), 3);
                String[] status = {"status", "--bootstrap-server", bootstrap, "--application-id", APP,
                    "--raw-topic", topics.raw(), "--enriched-topic", topics.enriched()};
                Result running = newsflow(status);
                assertThat(running.exitCode).as(running.out).isZero();
                assertThat(running.out).contains("consumed 3 = enriched 1 + dead-lettered 2: holds")
                        .contains("DUPLICATE 1").contains("UNDECODABLE_BYTES 1").contains("processor " + APP + " (");
            }

            // Records skipped with an offset reset, never processed: nothing came out for them.
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                    new ByteArraySerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(topics.raw(), bytes("b"), bytes(article))).get();
            }
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.alterConsumerGroupOffsets(APP, Map.of(new TopicPartition(topics.raw(), 0),
                        new OffsetAndMetadata(4))).all().get();
            }
            Result skipped = newsflow("status", "--bootstrap-server", bootstrap, "--application-id", APP,
                    "--raw-topic", topics.raw(), "--enriched-topic", topics.enriched());
            assertThat(skipped.exitCode).as(skipped.out).isEqualTo(1);
            assertThat(skipped.out).contains("FAILED: 4 records in offsets 0..3 but 3 accounted for")
                    .contains("DOES NOT HOLD");
        }
    }

    private static void awaitCommitted(String bootstrap, String topic, long offset) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            while (true) {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(APP).partitionsToOffsetAndMetadata().get()
                        .get(new TopicPartition(topic, 0));
                if (committed != null && committed.offset() >= offset) {
                    return;
                }
                assertThat(System.nanoTime()).as("processor committed offset %d within 60 s", offset).isLessThan(deadline);
                Thread.sleep(200);
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private record Result(int exitCode, String out) {
    }

    private static Result newsflow(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            int code = Newsflow.commandLine().execute(args);
            return new Result(code, out.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
        }
    }
}
