package io.newsflow.processor;

import io.newsflow.events.MessageSizes;
import io.newsflow.events.TopicNames;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Everything the processor stage needs, typed.
 *
 * @param topics           the raw input and the enriched and dead-letter outputs
 * @param applicationId    Kafka Streams application id: the consumer group and the prefix of internal topics
 * @param processorVersion stamped on every enriched record so replays with a newer processor are visible
 * @param kafka            client settings passed through to Kafka Streams untouched (bootstrap, TLS, SASL...)
 * @param nearDuplicates   which articles with different ids are linked as one story
 */
public record ProcessorConfig(TopicNames topics, String applicationId, String processorVersion, Map<String, Object> kafka,
        NearDuplicateSettings nearDuplicates) {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-processor";
    /** How often the processor commits its transaction, unless the Kafka settings say otherwise. */
    private static final int COMMIT_INTERVAL_MS = 1000;

    public ProcessorConfig {
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(processorVersion, "processorVersion");
        kafka = Map.copyOf(kafka);
        Objects.requireNonNull(nearDuplicates, "nearDuplicates");
    }

    /** With the default near-duplicate settings. */
    public ProcessorConfig(TopicNames topics, String applicationId, String processorVersion, Map<String, Object> kafka) {
        this(topics, applicationId, processorVersion, kafka, NearDuplicateSettings.defaults());
    }

    /** The version in the jar's manifest, or "dev" when running from classes. */
    public static String defaultProcessorVersion() {
        String version = ProcessorConfig.class.getPackage().getImplementationVersion();
        return version != null ? version : "dev";
    }

    /** The settings a running processor uses: the raw topic's partitions are looked up to balance the threads. */
    public Properties streamsPropertiesForCluster() {
        return kafka.containsKey(StreamsConfig.NUM_STREAM_THREADS_CONFIG) ? streamsProperties()
                : streamsProperties(StreamThreads.partitionsOf(topics.raw(), kafka));
    }

    /** Kafka Streams settings for a raw topic of unknown size: one stream thread per core. */
    public Properties streamsProperties() {
        return streamsProperties(0);
    }

    /**
     * Kafka Streams settings: the pass-through client settings, then what the pipeline's guarantees require.
     *
     * @param rawPartitions partitions of the raw topic, 0 when unknown: stream threads are balanced over them
     */
    public Properties streamsProperties(int rawPartitions) {
        Properties props = new Properties();
        props.putAll(kafka);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        // Raw -> enriched/dead-letter is read-process-write: exactly-once makes a crash neither lose nor repeat output.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Each commit is a transaction: markers on every partition it wrote (link, enriched, three changelogs),
        // the transaction log, and a stream thread that waits for it. Every second instead of Streams' 100 ms
        // exactly-once default cut the broker's CPU per article by about 40% (bench/run; docs/performance.md,
        // "Commit interval"); read_committed readers see output up to a second later, and a crash redoes up to a
        // second of work, with nothing lost or repeated as before.
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG,
                StreamThreads.balanced(rawPartitions, Runtime.getRuntime().availableProcessors()));
        putProducerDefault(props, ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // zstd's level 1 rather than Kafka's 3: the producer starts a new zstd context for every batch, and the
        // processor writes many small batches (link, enriched, four changelogs, per partition, at least one per
        // commit); level 3's larger tables are cleared, and their fresh memory faulted in, for each. In bench/run
        // the stream threads spent 15% of their time compressing, a third of it that set-up; with level 1 their
        // CPU per article fell by about a fifth (docs/performance.md, stop 23), for records about 4% larger. What
        // the processor writes is derived (enriched, by replay) or transient (link, changelogs); ingest keeps
        // level 3 for the raw topic, which is kept forever.
        putProducerDefault(props, ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG, 1);
        // Records are large (enriched articles 5-15 KB): Kafka's 16 KB batches held only a few of them, and the
        // broker validates and decompresses each batch. Batches still leave after Streams' linger.ms (100 ms) or at
        // a commit, so a larger one adds no latency; buffer.memory (32 MB) still bounds what is held.
        putProducerDefault(props, ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        // Enriched records and dead letters of large articles exceed the 1 MiB default: the output topics allow
        // as much, and so must the internal ones Streams creates (the linker's repartition topic carries them).
        putProducerDefault(props, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MessageSizes.MAX_MESSAGE_BYTES);
        props.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG),
                Integer.toString(MessageSizes.MAX_MESSAGE_BYTES));
        return props;
    }

    /**
     * A producer setting of the processor's own, unless the user's settings name it, prefixed or not: Kafka Streams
     * prefers a {@code producer.}-prefixed key to the plain one, so a plain {@code compression.type} in a
     * {@code --command-config} file would otherwise lose to the default.
     */
    private static void putProducerDefault(Properties props, String key, Object value) {
        if (!props.containsKey(key)) {
            props.putIfAbsent(StreamsConfig.producerPrefix(key), value);
        }
    }
}
