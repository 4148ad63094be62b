package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ProcessorConfigTest {

    private static ProcessorConfig config(Map<String, Object> kafka) {
        return new ProcessorConfig(new TopicNames("raw", "enriched", "dlq"), "app", "test", kafka);
    }

    @Test
    void shouldGiveTheStreamsProducersZstdAtLevelOne() {
        StreamsConfig streams = new StreamsConfig(config(Map.of("bootstrap.servers", "localhost:9092"))
                .streamsProperties());

        Map<String, Object> producer = streams.getProducerConfigs("client");

        assertThat(producer).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG, 1);
        // Accepted by the producer's own validation, as Kafka Streams' producer will read it.
        Map<String, Object> asProducerReadsIt = new HashMap<>(producer);
        asProducerReadsIt.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        asProducerReadsIt.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        assertThat(new ProducerConfig(asProducerReadsIt).getInt(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG))
                .isEqualTo(1);
    }

    @Test
    void shouldLeaveTheCompressionToTheUsersSettingsWhenTheyNameIt() {
        StreamsConfig streams = new StreamsConfig(config(Map.of("bootstrap.servers", "localhost:9092",
                "producer.compression.type", "lz4", "producer.compression.zstd.level", 3)).streamsProperties());

        assertThat(streams.getProducerConfigs("client"))
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG, 3);
    }

    @Test
    void shouldLetTheUsersUnprefixedProducerSettingsWin() {
        // As a --command-config file for every client would give them.
        StreamsConfig streams = new StreamsConfig(config(Map.of("bootstrap.servers", "localhost:9092",
                "compression.type", "lz4", "compression.zstd.level", 3, "batch.size", 65536,
                "max.request.size", 2_000_000)).streamsProperties());

        assertThat(streams.getProducerConfigs("client"))
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4")
                .containsEntry(ProducerConfig.COMPRESSION_ZSTD_LEVEL_CONFIG, 3)
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, 65536)
                .containsEntry(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2_000_000);
    }
}
