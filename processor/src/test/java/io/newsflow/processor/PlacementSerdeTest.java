package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.JsonSerde;
import io.newsflow.processor.NearDuplicateLinker.Placement;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class PlacementSerdeTest {

    private final PlacementSerde serde = new PlacementSerde();

    @Test
    void shouldReadBackWhatItWrites() {
        for (Placement placement : new Placement[] {
                new Placement("0000000000000000", "a", null),
                new Placement("8000000000000001", "tehran-islamabad-ties.txt", "tehran-islamabad-ties.txt"),
                new Placement("FFFF", "خبر-۱", "新闻 😀")}) {
            byte[] bytes = serde.serializer().serialize("t", placement);
            assertThat(bytes[0]).isEqualTo(PlacementSerde.VERSION);
            assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(placement);
        }
    }

    @Test
    void shouldReadPlacementsThatEarlierVersionsWroteAsJson() {
        for (Placement placement : new Placement[] {
                new Placement("ff00000000000001", "b", null), new Placement("ff00000000000001", "a", "a")}) {
            byte[] json = new JsonSerde<>(Placement.class).serializer().serialize("t", placement);
            assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{");

            assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(placement);
        }
    }

    @Test
    void shouldRejectBytesOfNoKnownLayout() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {9, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {PlacementSerde.VERSION, 0, 0, 0, 1}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("5 bytes");
    }
}
