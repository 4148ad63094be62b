package io.newsflow.processor;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A processor-internal value in a compact binary layout that starts with its version byte, {@value #VERSION}, or,
 * as earlier processors wrote it, as JSON (which starts with '{', never a version): stores and internal topics
 * written before an upgrade still read.
 */
abstract class VersionedBinarySerde<T> implements Serde<T> {

    static final byte VERSION = 1;

    private final String what;

    /** @param what the value's name in error messages */
    VersionedBinarySerde(String what) {
        this.what = what;
    }

    /** The whole layout, in a buffer from {@link #allocate}. */
    abstract byte[] write(T value);

    abstract T readBody(ByteBuffer in);

    /** A value as an earlier processor wrote it. */
    abstract T readJson(byte[] json) throws IOException;

    @Override
    public final Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : write(value);
    }

    @Override
    public final Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : read(bytes);
    }

    /** A buffer for a body of this many bytes, the version already in it. */
    static ByteBuffer allocate(int bodySize) {
        return ByteBuffer.allocate(1 + bodySize).put(VERSION);
    }

    final T read(byte[] bytes) {
        if (bytes.length > 0 && bytes[0] == '{') {
            try {
                return readJson(bytes);
            } catch (IOException | RuntimeException e) {
                throw new SerializationException("Unreadable " + what + " (JSON)", e);
            }
        }
        if (bytes.length > 0 && bytes[0] != VERSION) {
            throw new SerializationException("Unknown " + what + " version " + bytes[0]);
        }
        try {
            ByteBuffer in = ByteBuffer.wrap(bytes);
            in.get(); // the version
            return readBody(in);
        } catch (RuntimeException e) {
            throw new SerializationException("Unreadable " + what + " of " + bytes.length + " bytes", e);
        }
    }

    /** Bytes {@link #putString} takes. */
    static int stringSize(byte[] utf8) {
        return Integer.BYTES + utf8.length;
    }

    /** A string as a 4-byte length and UTF-8. */
    static void putString(ByteBuffer out, byte[] utf8) {
        out.putInt(utf8.length).put(utf8);
    }

    static String getString(ByteBuffer in) {
        byte[] utf8 = new byte[in.getInt()];
        in.get(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
