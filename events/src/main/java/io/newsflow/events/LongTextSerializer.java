package io.newsflow.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes a long text, an article's body, as the same JSON string bytes as Jackson's UTF-8 generator, in about half
 * its time. Jackson encodes and escapes a string with typographic punctuation one character at a time (about a
 * third of writing an enriched record); here the JDK encodes the whole text to UTF-8 at once, and only the few
 * ASCII bytes JSON requires escaped (control characters, quote, backslash) are looked at one by one.
 *
 * <p>Other generators (text output, custom escapes, non-ASCII escaped) and texts with surrogates get Jackson's own
 * {@code writeString}: it writes a lone surrogate as an escape, where {@link String#getBytes} would write {@code ?}.
 */
public final class LongTextSerializer extends StdSerializer<String> {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** Per ASCII byte: 0 when written as is, else the letter of its short escape, or 'u' for \\u00XX. */
    private static final byte[] ESCAPE = escapes();
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final int LONGEST_ESCAPE = 6;

    public LongTextSerializer() {
        super(String.class);
    }

    @Override
    public void serialize(String text, JsonGenerator generator, SerializerProvider provider) throws IOException {
        if (!(generator instanceof UTF8JsonGenerator) || generator.getCharacterEscapes() != null
                || generator.getHighestEscapedChar() != 0 || hasSurrogate(text)) {
            generator.writeString(text);
            return;
        }
        byte[] utf8 = escaped(text.getBytes(StandardCharsets.UTF_8));
        generator.writeRawUTF8String(utf8, 0, utf8.length);
    }

    /** The UTF-8 bytes with JSON's escapes, as Jackson writes them (short forms where JSON has one). */
    static byte[] escaped(byte[] utf8) {
        int first = nextToEscape(utf8, 0);
        if (first == utf8.length) {
            return utf8;
        }
        // One pass: room for a few escapes per hundred bytes (a body's line breaks), grown when there are more.
        byte[] out = new byte[utf8.length + 16 + (utf8.length >> 4)];
        int written = 0;
        int copiedUpTo = 0;
        for (int i = first; i < utf8.length; i = nextToEscape(utf8, i + 1)) {
            if (written + (utf8.length - copiedUpTo) + LONGEST_ESCAPE > out.length) {
                out = Arrays.copyOf(out, 2 * out.length + LONGEST_ESCAPE);
            }
            byte b = utf8[i];
            System.arraycopy(utf8, copiedUpTo, out, written, i - copiedUpTo);
            written += i - copiedUpTo;
            copiedUpTo = i + 1;
            out[written++] = '\\';
            out[written++] = ESCAPE[b];
            if (ESCAPE[b] == 'u') {
                out[written++] = '0';
                out[written++] = '0';
                out[written++] = HEX[b >> 4];
                out[written++] = HEX[b & 0xF];
            }
        }
        System.arraycopy(utf8, copiedUpTo, out, written, utf8.length - copiedUpTo);
        written += utf8.length - copiedUpTo;
        return written == out.length ? out : Arrays.copyOf(out, written);
    }

    /**
     * The index of the first byte from {@code from} on that JSON escapes, or the length. Eight bytes at a time: a
     * body has a line break every few hundred bytes and is otherwise left as it is, and a test per byte (a
     * branch on each) took five times as long as encoding the body.
     */
    private static int nextToEscape(byte[] utf8, int from) {
        int i = from;
        while (i + Long.BYTES <= utf8.length) {
            if (!mayHoldEscape((long) LONGS.get(utf8, i))) {
                i += Long.BYTES;
                continue;
            }
            for (int end = i + Long.BYTES; i < end; i++) {
                if (needsEscape(utf8[i])) {
                    return i;
                }
            }
        }
        for (; i < utf8.length; i++) {
            if (needsEscape(utf8[i])) {
                return i;
            }
        }
        return utf8.length;
    }

    private static boolean needsEscape(byte b) {
        return b >= 0 && ESCAPE[b] != 0;
    }

    /**
     * Whether any of eight bytes may be a control character, a quote or a backslash: the classic tests for a byte
     * below a bound and for a zero byte, on the word and on the word xor the quote or backslash in every byte. Bytes
     * of multi-byte characters (high bit set) never count; a borrow may flag a byte above one that counts, which
     * the byte-by-byte look that follows sorts out.
     */
    private static boolean mayHoldEscape(long word) {
        long quotes = word ^ (ONES * '"');
        long backslashes = word ^ (ONES * '\\');
        long below = (word - ONES * 0x20) & ~word;
        long quote = (quotes - ONES) & ~quotes;
        long backslash = (backslashes - ONES) & ~backslashes;
        return ((below | quote | backslash) & HIGH_BITS) != 0;
    }

    private static boolean hasSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] escapes() {
        byte[] escapes = new byte[128];
        for (int c = 0; c < 0x20; c++) {
            escapes[c] = 'u';
        }
        escapes['\b'] = 'b';
        escapes['\t'] = 't';
        escapes['\n'] = 'n';
        escapes['\f'] = 'f';
        escapes['\r'] = 'r';
        escapes['"'] = '"';
        escapes['\\'] = '\\';
        return escapes;
    }
}
