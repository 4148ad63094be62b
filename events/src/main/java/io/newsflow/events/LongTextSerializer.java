package io.newsflow.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
        int extra = 0;
        for (byte b : utf8) {
            if (b >= 0 && ESCAPE[b] != 0) {
                extra += ESCAPE[b] == 'u' ? 5 : 1;
            }
        }
        if (extra == 0) {
            return utf8;
        }
        byte[] out = new byte[utf8.length + extra];
        int written = 0;
        int copiedUpTo = 0;
        for (int i = 0; i < utf8.length; i++) {
            byte b = utf8[i];
            if (b < 0 || ESCAPE[b] == 0) {
                continue;
            }
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
        return out;
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
