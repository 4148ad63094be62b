package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RawEventDecoderUtf8Test {

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
}
