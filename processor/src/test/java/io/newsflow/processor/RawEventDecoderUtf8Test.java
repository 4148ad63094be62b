package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.DeadLetterReason;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RawEventDecoderUtf8Test {

    @Test
    void readsValidTextIncludingAnEncodedReplacementCharacter() {
        String text = "Tehran – “quoted” € 𝄞 \uFFFD end";
        assertThat(RawEventDecoder.utf8(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void refusesMalformedSequences() {
        assertThat(RawEventDecoder.utf8(new byte[] {(byte) 0xC3, 0x28})).isNull(); // bad continuation
        assertThat(RawEventDecoder.utf8(new byte[] {(byte) 0xC0, (byte) 0xAF})).isNull(); // overlong '/'
        assertThat(RawEventDecoder.utf8(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isNull(); // surrogate
        assertThat(RawEventDecoder.utf8(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).isNull(); // truncated
        assertThat(RawEventDecoder.utf8(new byte[] {(byte) 0xFF})).isNull();
    }

    @Test
    void agreesWithAStrictDecoderOnRandomBytes() {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            byte[] bytes = new byte[random.nextInt(12)];
            for (int j = 0; j < bytes.length; j++) {
                // Mostly high bytes, so that multi-byte sequences, valid and not, are common.
                bytes[j] = (byte) (random.nextInt(4) == 0 ? random.nextInt(128) : 0x80 + random.nextInt(128));
            }
            assertThat(RawEventDecoder.utf8(bytes)).as("bytes %s", Arrays.toString(bytes))
                    .isEqualTo(strict(bytes));
        }
    }

    @Test
    void agreesWithAStrictDecoderOnLongerTextsWithAsciiRuns() {
        // ASCII runs of every length around eight bytes, between random high bytes: the validator's word-wide
        // steps must stop at, and start again after, every multi-byte sequence wherever it falls.
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            ByteArrayOutputStream text = new ByteArrayOutputStream();
            while (text.size() < 40) {
                int ascii = random.nextInt(18);
                for (int j = 0; j < ascii; j++) {
                    text.write(' ' + random.nextInt(90));
                }
                int high = random.nextInt(4);
                for (int j = 0; j < high; j++) {
                    text.write(0x80 + random.nextInt(128));
                }
            }
            byte[] bytes = text.toByteArray();
            assertThat(RawEventDecoder.utf8(bytes)).as("bytes %s", Arrays.toString(bytes)).isEqualTo(strict(bytes));
        }
    }

    @Test
    void readsAnEnvelopeFromItsBytesAsFromItsText() {
        String content = "Tehran – “quoted” 𝄞 \\\"escaped\\\"\\nline \\u00e9"; // as JSON writes it
        String envelope = "{\"schemaVersion\":1,\"id\":\"a1\",\"contentType\":\"text/plain\",\"content\":\""
                + content + "\"}";
        // Read from the bytes; the trailing ideographic space is no JSON whitespace, so that one is read as text.
        for (String value : new String[] {envelope, envelope + "\n", envelope + "\u3000"}) {
            RawEventDecoder.Decoded decoded = new RawEventDecoder().decode(value.getBytes(StandardCharsets.UTF_8), AT);
            assertThat(decoded).as(value).isInstanceOf(RawEventDecoder.Valid.class);
            assertThat(((RawEventDecoder.Valid) decoded).event().content())
                    .isEqualTo("Tehran – “quoted” 𝄞 \"escaped\"\nline é");
        }
    }

    @Test
    void refusesAnEnvelopeWithAnOverlongSequenceThatJacksonWouldRead() {
        byte[] value = "{\"schemaVersion\":1,\"id\":\"a1\",\"contentType\":\"text/plain\",\"content\":\"a_b\"}"
                .getBytes(StandardCharsets.US_ASCII);
        int underscore = new String(value, StandardCharsets.US_ASCII).indexOf('_');
        byte[] overlong = new byte[value.length + 1];
        System.arraycopy(value, 0, overlong, 0, underscore);
        overlong[underscore] = (byte) 0xC0; // '/' as two bytes: overlong
        overlong[underscore + 1] = (byte) 0xAF;
        System.arraycopy(value, underscore + 1, overlong, underscore + 2, value.length - underscore - 1);

        RawEventDecoder.Decoded decoded = new RawEventDecoder().decode(overlong, AT);

        assertThat(decoded).isInstanceOf(RawEventDecoder.Invalid.class);
        assertThat(((RawEventDecoder.Invalid) decoded).reason()).isEqualTo(DeadLetterReason.UNDECODABLE_BYTES);
    }

    private static final RawEventDecoder.RecordContext AT =
            new RawEventDecoder.RecordContext("a1", null, "raw", 0, 5, 1_000L);

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
