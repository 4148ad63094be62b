package io.newsflow.processor;

import io.newsflow.events.Json;
import io.newsflow.processor.NearDuplicateLinker.Indexed;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The band index's values in a few bytes: every article looks up its bands and reads each entry found there, a
 * number that grows with the index (about 6/1024 of the articles in the window with the default 5-bit
 * distance), so reading them must be cheap. JSON took 3.5% of the stream threads at 10,000 articles.
 *
 * <p>Layout: {@value #VERSION}, the fingerprint (8 bytes, big-endian), then id and story id, each as a 4-byte
 * length and UTF-8. Entries written as JSON by earlier versions (in local stores and changelogs) still read.
 */
final class BandEntrySerde implements Serde<Indexed> {

    static final byte VERSION = 1;

    /** How a processor before this format wrote an entry. */
    record JsonEntry(String id, String storyId, String fingerprint) {
    }

    @Override
    public Serializer<Indexed> serializer() {
        return (topic, entry) -> entry == null ? null : write(entry);
    }

    @Override
    public Deserializer<Indexed> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    static byte[] write(Indexed entry) {
        byte[] id = entry.id().getBytes(StandardCharsets.UTF_8);
        byte[] storyId = entry.storyId().getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(1 + Long.BYTES + 2 * Integer.BYTES + id.length + storyId.length)
                .put(VERSION).putLong(entry.fingerprint())
                .putInt(id.length).put(id).putInt(storyId.length).put(storyId)
                .array();
    }

    static Indexed read(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '{') {
            return readJson(bytes);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            if (in.get() != VERSION) {
                throw new SerializationException("Unknown band index entry version " + bytes[0]);
            }
            long fingerprint = in.getLong();
            return new Indexed(string(in), string(in), fingerprint);
        } catch (RuntimeException e) {
            throw e instanceof SerializationException s ? s
                    : new SerializationException("Unreadable band index entry of " + bytes.length + " bytes", e);
        }
    }

    private static String string(ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static Indexed readJson(byte[] bytes) {
        try {
            JsonEntry entry = Json.MAPPER.readValue(bytes, JsonEntry.class);
            return new Indexed(entry.id(), entry.storyId(), FingerprintBands.parse(entry.fingerprint()));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Unreadable band index entry (JSON)", e);
        }
    }
}
