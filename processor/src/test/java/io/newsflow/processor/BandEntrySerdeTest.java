package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.JsonSerde;
import io.newsflow.processor.NearDuplicateLinker.Indexed;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class BandEntrySerdeTest {

    private final BandEntrySerde serde = new BandEntrySerde();

    @Test
    void shouldReadBackWhatItWrites() {
        for (Indexed entry : new Indexed[] {
                new Indexed("a", "a", 0L),
                new Indexed("rouhani-khan-new-york.txt", "tehran-islamabad-ties.txt", 0x8000_0000_0000_0001L),
                new Indexed("خبر-۱", "新闻 😀", -1L)}) {
            byte[] bytes = serde.serializer().serialize("t", entry);
            assertThat(bytes[0]).isEqualTo(BandEntrySerde.VERSION);
            assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(entry);
        }
    }

    @Test
    void shouldReadEntriesThatEarlierVersionsWroteAsJson() {
        byte[] json = new JsonSerde<>(BandEntrySerde.JsonEntry.class).serializer().serialize("t",
                new BandEntrySerde.JsonEntry("b", "a", "ff00000000000001"));
        assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{");

        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(new Indexed("b", "a", 0xff00000000000001L));
    }

    @Test
    void shouldRejectBytesOfNoKnownLayout() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {9, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {BandEntrySerde.VERSION, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("3 bytes");
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }
}
