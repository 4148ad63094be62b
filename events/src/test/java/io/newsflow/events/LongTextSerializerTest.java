package io.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongTextSerializerTest {

    /** The same text written twice: by the serializer under test, and by Jackson's own string writer. */
    record Pair(@JsonSerialize(using = LongTextSerializer.class) String fast, String jackson) {
    }

    @Test
    void writesTheSameBytesAsJacksonForEveryAsciiCharacterAndTypography() throws Exception {
        StringBuilder text = new StringBuilder("Tehran – “quoted” ‘single’ € é 𝄞 \uFFFD / \\ \" end");
        for (char c = 0; c < 0x80; c++) {
            text.append(c);
        }
        assertSameBytes(text.toString());
        assertSameBytes("");
        assertSameBytes("plain ASCII without anything to escape");
        assertSameBytes("\n\n\"\\\u0000\u001F\u007F");
    }

    @Test
    void writesTheSameBytesAsJacksonForRandomTexts() throws Exception {
        Random random = new Random(7);
        String alphabet = "ab \n\t\r\"\\/\u0001\u0008\u000C\u001Bé–“”€\u2028\u00A0";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                if (random.nextInt(10) == 0) {
                    text.appendCodePoint(0x1F600 + random.nextInt(50)); // a surrogate pair
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertSameBytes(text.toString());
        }
    }

    @Test
    void writesTheSameBytesAsJacksonForLongTextsWithSparseEscapes() throws Exception {
        // Runs of plain text of every length around eight bytes between the characters to escape, so that these
        // fall at every place of an eight-byte word, and words with none are skipped whole.
        Random random = new Random(11);
        String plain = "abc XYZ.,é–“”€~\u007F";
        String escaped = "\n\"\\\u0001\u001F\t";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 120) {
                for (int run = random.nextInt(20); run > 0; run--) {
                    text.append(plain.charAt(random.nextInt(plain.length())));
                }
                text.append(escaped.charAt(random.nextInt(escaped.length())));
            }
            assertSameBytes(text.toString());
        }
    }

    @Test
    void writesALoneSurrogateAsJacksonDoesNotAsAQuestionMark() throws Exception {
        assertSameBytes("broken \uD83D text");
        assertSameBytes("\uDE00 first, last \uD83D");
        assertThat(new String(Json.MAPPER.writeValueAsBytes(new Pair("a\uD83Db", null)), StandardCharsets.UTF_8))
                .contains("a\\uD83Db");
    }

    @Test
    void leavesEscapingNonAsciiToJacksonWhenAMapperAsksForIt() throws Exception {
        JsonMapper escaping = JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII).build();
        assertThat(new String(escaping.writeValueAsBytes(new Pair("“é”", null)), StandardCharsets.US_ASCII))
                .isEqualTo("{\"fast\":\"\\u201C\\u00E9\\u201D\",\"jackson\":null}");
    }

    @Test
    void writesTheBodyOfAnEnrichedArticleReadBackUnchanged() throws Exception {
        String body = "“Quoted,” he said.\n\nA second paragraph – with a tab\tand a backslash \\.";
        EnrichedArticle article = new EnrichedArticle("id", null, null, null, null, null, null, null, "dev", 1,
                "Title", body, null, 0, null, null, null, null, null, null, null, 0, null, null, null, null, null,
                null, null);
        EnrichedArticle read = Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(article), EnrichedArticle.class);
        assertThat(read.body()).isEqualTo(body);
    }

    private static void assertSameBytes(String text) throws Exception {
        String json = new String(Json.MAPPER.writeValueAsBytes(new Pair(text, text)), StandardCharsets.UTF_8);
        String fast = json.substring("{\"fast\":".length(), json.indexOf(",\"jackson\":"));
        String jackson = json.substring(json.indexOf(",\"jackson\":") + ",\"jackson\":".length(), json.length() - 1);
        assertThat(fast).as("text %s", text.codePoints().boxed().toList()).isEqualTo(jackson);
    }
}
