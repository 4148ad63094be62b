package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void acceptsValidTextIncludingAnEncodedReplacementCharacter() {
        String text = "Tehran – “quoted” € 𝄞 \uFFFD end";
        assertThat(StrictUtf8.isWellFormed(text.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void refusesMalformedSequences() {
        assertThat(StrictUtf8.isWellFormed(new byte[] {(byte) 0xC3, 0x28})).isFalse(); // bad continuation
        assertThat(StrictUtf8.isWellFormed(new byte[] {(byte) 0xC0, (byte) 0xAF})).isFalse(); // overlong '/'
        assertThat(StrictUtf8.isWellFormed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // surrogate
        assertThat(StrictUtf8.isWellFormed(new byte[] {'a', (byte) 0xE2, (byte) 0x82})).isFalse(); // truncated
        assertThat(StrictUtf8.isWellFormed(new byte[] {(byte) 0xFF})).isFalse();
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
            assertThat(StrictUtf8.isWellFormed(bytes)).as("bytes %s", Arrays.toString(bytes))
                    .isEqualTo(isDecodedStrictly(bytes));
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
            assertThat(StrictUtf8.isWellFormed(bytes)).as("bytes %s", Arrays.toString(bytes))
                    .isEqualTo(isDecodedStrictly(bytes));
        }
    }

    /** The JDK's answer: its decoder set to report malformed input decodes the whole text or throws. */
    private static boolean isDecodedStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
