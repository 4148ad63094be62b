package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static String strict(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
