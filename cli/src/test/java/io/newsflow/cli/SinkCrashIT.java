package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Json;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.sink.JsonLinesOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `newsflow sink` (JSON Lines) killed with SIGKILL three times at random moments while records stream in, restarted:
 * every record ends up in the files exactly once. A sink with a new group id resumes from the files too.
 */
class SinkCrashIT {

    private static final String TOPIC = "enriched-crash-it";
    private static final int RECORDS = 2_000;
    private static final int PER_TRANSACTION = 50;
    private static final int KILLS = 3;

    @TempDir
    Path tmp;

    @Test
    void shouldWriteEveryRecordExactlyOnceThoughKilledAgainAndAgain() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Path out = tmp.resolve("out");
        // Static membership: a restarted sink takes its partitions back at once instead of waiting for the killed
        // one's session to expire, as an operator would run a sink that a supervisor restarts.
        Path clientConfig = Files.writeString(tmp.resolve("client.properties"), "group.instance.id=crash-it-sink\n");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
            String bootstrap = broker.bootstrapServers();
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1)
                        .configs(Map.of("cleanup.policy", "compact")))).all().get();
            }
            List<String> sinkArgs = List.of("--bootstrap-server", bootstrap, "--enriched-topic", TOPIC,
                    "--out", out.toString(), "--command-config", clientConfig.toString(),
                    "--roll-bytes", "16KiB", "--roll-interval", "300ms");

            AtomicReference<Throwable> feedFailure = new AtomicReference<>();
            Thread feeder = new Thread(() -> {
                try {
                    feed(bootstrap, "article-", RECORDS, Duration.ofMillis(250));
                } catch (Throwable e) {
                    feedFailure.set(e);
                }
            }, "crash-it-feeder");
            Process sink = startSink(sinkArgs, "first");
            feeder.start();

            int killsLeavingTempFiles = 0;
            for (int kill = 1; kill <= KILLS; kill++) {
                // Kill while it works: past an ever higher share of the records, at a random moment after.
                awaitLines(out, RECORDS * kill / (KILLS + 1), sink);
                Thread.sleep(random.nextInt(700));
                assertThat(sink.isAlive()).as("sink alive before kill %d (seed %d)", kill, seed).isTrue();
                sink.destroyForcibly(); // SIGKILL: no shutdown hook, files left as they were
                assertThat(sink.waitFor(30, TimeUnit.SECONDS)).isTrue();
                if (!tempFiles(out).isEmpty()) {
                    killsLeavingTempFiles++;
                }
                sink = startSink(sinkArgs, "after-kill-" + kill);
            }
            feeder.join(60_000);
            assertThat(feedFailure.get()).isNull();

            awaitLines(out, RECORDS, sink);
            stop(sink);
            assertThat(tempFiles(out)).as("a clean stop leaves no temp file").isEmpty();
            assertThat(killsLeavingTempFiles).as("kills that interrupted an open file (seed %d)", seed).isPositive();
            assertExactlyOnce(out, RECORDS);
            assertContiguousRanges(out);

            // A new consumer group has no offsets; the files decide: only the new records are written.
            Process fresh = startSink(Stream.concat(sinkArgs.stream(), Stream.of("--group", "crash-it-new-group"))
                    .toList(), "new-group");
            feed(bootstrap, "late-", 10, Duration.ZERO);
            awaitLines(out, RECORDS + 10, fresh);
            Thread.sleep(500); // a sink gone back to the earliest offset would be writing duplicates by now
            stop(fresh);
            assertExactlyOnce(out, RECORDS + 10);
        }
    }

    /** Transactions, as the processor writes; a few ids that would be harmful as paths, stored as plain values. */
    private static void feed(String bootstrap, String prefix, int count, Duration pause) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap,
                "transactional.id", "crash-it-" + prefix), new StringSerializer(), new StringSerializer())) {
            producer.initTransactions();
            for (int start = 0; start < count; start += PER_TRANSACTION) {
                producer.beginTransaction();
                for (int i = start; i < Math.min(count, start + PER_TRANSACTION); i++) {
                    String id = (i % 100 == 7 ? "../../etc/passwd-" + prefix : prefix) + i;
                    producer.send(new ProducerRecord<>(TOPIC, id, Json.MAPPER.writeValueAsString(
                            Map.of("id", id, "title", "Article " + i, "body", "Text of article " + i + ". ".repeat(40)))));
                }
                producer.commitTransaction();
                Thread.sleep(pause.toMillis());
            }
        }
    }

    private Process startSink(List<String> args, String name) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only and the serial collector: a short-lived JVM on 2 shared cores starts faster so.
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), Newsflow.class.getName(), "sink"));
        command.addAll(args);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("sink-" + name + ".log").toFile()).start();
    }

    private static void stop(Process sink) throws InterruptedException {
        sink.toHandle().destroy(); // SIGTERM: what is open is committed
        assertThat(sink.waitFor(30, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
    }

    private void awaitLines(Path out, int expected, Process sink) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        int lines = 0;
        while (System.nanoTime() < deadline) {
            assertThat(sink.isAlive()).as("sink running; its log: %s", logs()).isTrue();
            lines = JsonLinesOutput.lines(out).size();
            if (lines >= expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(lines + " of " + expected + " lines after 40 s; logs: " + logs());
    }

    private static void assertExactlyOnce(Path out, int expected) throws IOException {
        Map<String, Long> counts = new HashMap<>();
        for (String line : JsonLinesOutput.lines(out)) {
            counts.merge(Json.MAPPER.readTree(line).path("id").asText(), 1L, Long::sum);
        }
        List<String> repeated = counts.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey)
                .sorted().toList();
        assertThat(repeated.size()).as("ids written more than once, e.g. %s",
                repeated.subList(0, Math.min(5, repeated.size()))).isZero();
        assertThat(counts).hasSize(expected);
        assertThat(counts).containsKeys("article-0", "article-" + (RECORDS - 1), "../../etc/passwd-article-7");
        assertThat(out.getParent().resolve("etc")).doesNotExist();
    }

    /** Within a partition, each file starts after the one before it ends: no range written twice. */
    private static void assertContiguousRanges(Path out) throws IOException {
        Map<String, List<long[]>> ranges = new HashMap<>();
        for (Path file : JsonLinesOutput.committedFiles(out)) {
            String[] parts = file.getFileName().toString().replace(".jsonl", "").split("\\+");
            ranges.computeIfAbsent(parts[1], p -> new ArrayList<>())
                    .add(new long[] {Long.parseLong(parts[2]), Long.parseLong(parts[3])});
        }
        assertThat(ranges).hasSize(3);
        ranges.values().forEach(list -> {
            for (int i = 1; i < list.size(); i++) {
                assertThat(list.get(i)[0]).isGreaterThan(list.get(i - 1)[1]);
            }
        });
    }

    private static List<Path> tempFiles(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsonl.tmp")).toList();
        }
    }

    private String logs() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted()
                    .map(f -> f.getFileName() + ":\n" + read(f)).collect(Collectors.joining("\n"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
