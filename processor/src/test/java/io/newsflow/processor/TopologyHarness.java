package io.newsflow.processor;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import io.newsflow.events.TopicNames;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The processor topology in a TopologyTestDriver, with its state in a folder the test chooses. */
final class TopologyHarness implements AutoCloseable {

    static final TopicNames TOPICS = TopicNames.defaults();

    final TopologyTestDriver driver;
    final TestInputTopic<byte[], byte[]> raw;
    final TestOutputTopic<String, EnrichedArticle> enriched;
    final TestOutputTopic<String, DeadLetter> deadLetters;

    TopologyHarness(Path stateDir, String processorVersion, NearDuplicateSettings nearDuplicates, Extractor extractor,
            Clock clock) {
        ProcessorConfig config = new ProcessorConfig(TOPICS, "test-app", processorVersion,
                Map.of("bootstrap.servers", "dummy:9092"), nearDuplicates);
        Properties props = config.streamsProperties();
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(ProcessorTopology.build(config, extractor, clock), props);
        raw = driver.createInputTopic(TOPICS.raw(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(TOPICS.enriched(), TOPICS.enrichedTopic().keySerde().deserializer(),
                TOPICS.enrichedTopic().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(TOPICS.deadLetter(), TOPICS.deadLetterTopic().keySerde().deserializer(),
                TOPICS.deadLetterTopic().valueSerde().deserializer());
    }

    /** Publishes the article as ingest would: keyed by its id, in the envelope, at the given time. */
    void ingest(String id, String content, Instant at) {
        byte[] bytes = bytes(content);
        RawEvent event = new RawEvent(id, "file:///articles/" + id + ".txt", RawEvent.TEXT_PLAIN, content,
                Sha256.hex(bytes), bytes.length, at, RawEvent.SCHEMA_VERSION);
        raw.pipeInput(bytes(id), new JsonSerde<>(RawEvent.class).serializer().serialize(TOPICS.raw(), event), at);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        driver.close();
    }
}
