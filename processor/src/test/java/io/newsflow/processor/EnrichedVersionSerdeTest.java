package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.JsonSerde;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class EnrichedVersionSerdeTest {

    private static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private final EnrichedVersionSerde serde = new EnrichedVersionSerde();

    @Test
    void shouldReadBackWhatItWrites() {
        EnrichedVersion version = new EnrichedVersion(SHA, "1.4.0-SNAPSHOT ünïcode");
        byte[] bytes = serde.serializer().serialize("t", version);

        assertThat(bytes[0]).isEqualTo(VersionedBinarySerde.VERSION);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(version);
    }

    @Test
    void shouldReadValuesThatEarlierProcessorsWroteAsJson() {
        EnrichedVersion version = new EnrichedVersion(SHA, "1.0");
        byte[] json = new JsonSerde<>(EnrichedVersion.class).serializer().serialize("t", version);

        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(version);
    }

    @Test
    void shouldRejectBytesOfNoKnownLayout() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {VersionedBinarySerde.VERSION, 0}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("enriched version of 2 bytes");
    }
}
