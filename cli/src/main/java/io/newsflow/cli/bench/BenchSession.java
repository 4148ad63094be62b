package io.newsflow.cli.bench;

import io.newsflow.events.TopicNames;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.processor.Extractor;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka side of one benchmark: a local broker, the settings each kind of client gets, and the runs. Every
 * run gets topics, an application id and a consumer group of its own, so no run sees another's records.
 */
final class BenchSession implements AutoCloseable {

    private final LocalKafkaBroker broker;
    private final Admin admin;
    private final Map<String, Object> client;
    private final Map<String, Object> streams;
    private final Path workDir;
    private final int partitions;
    private final Duration timeout;

    private BenchSession(LocalKafkaBroker broker, Path workDir, int partitions, Duration timeout,
            Map<String, String> streamsSettings) {
        this.broker = broker;
        this.workDir = workDir;
        this.partitions = partitions;
        this.timeout = timeout;
        this.client = Map.of("bootstrap.servers", broker.bootstrapServers());
        // Kept apart: clients warn about a setting they do not know, and only Kafka Streams knows state.dir.
        Map<String, Object> streams = new HashMap<>(streamsSettings);
        streams.put("bootstrap.servers", broker.bootstrapServers());
        streams.put(StreamsConfig.STATE_DIR_CONFIG, workDir.resolve("streams-state").toString());
        this.streams = Map.copyOf(streams);
        this.admin = Admin.create(client);
    }

    /**
     * @param timeout         for each run, from its start to its last output record
     * @param streamsSettings Kafka Streams settings for both stages, over the processor's defaults
     */
    static BenchSession start(Path workDir, int partitions, Duration timeout, Map<String, String> streamsSettings) {
        LocalKafkaBroker broker = LocalKafkaBroker.start();
        try {
            return new BenchSession(broker, workDir, partitions, timeout, streamsSettings);
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    ProducerPerfRun.Result producerPerformance(int records, int warmupRecords, int recordSize) throws Exception {
        String topic = "bench.producer-perf";
        admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get();
        return ProducerPerfRun.run(broker.bootstrapServers(), topic, records, warmupRecords, recordSize, timeout);
    }

    EndToEndRun.Result pipeline(String name, List<Path> inputs, int articles, long bytes, Extractor extractor)
            throws Exception {
        return EndToEndRun.measure(admin, client, topics(name), partitions, inputs, articles, bytes,
                new PipelineStage(name, streams, client, workDir.resolve("out-" + name), extractor), appThreads(name),
                () -> broker.process().orElseThrow(), timeout);
    }

    EndToEndRun.Result passThrough(String name, List<Path> inputs, int articles, long bytes) throws Exception {
        return EndToEndRun.measure(admin, client, topics(name), partitions, inputs, articles, bytes,
                new PassThroughStage(name, streams, client), appThreads(name), () -> broker.process().orElseThrow(), timeout);
    }

    /** Both stages use the application id {@code newsflow-bench-<name>}; Streams names its threads after it. */
    private static String appThreads(String name) {
        return "newsflow-bench-" + name + "-";
    }

    private static TopicNames topics(String run) {
        return new TopicNames("bench." + run + ".raw", "bench." + run + ".enriched", "bench." + run + ".dlq");
    }

    @Override
    public void close() {
        try {
            admin.close();
        } finally {
            broker.close();
        }
    }
}
