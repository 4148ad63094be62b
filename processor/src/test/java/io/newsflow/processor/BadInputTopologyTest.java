package io.newsflow.processor;

import static io.newsflow.processor.TopologyHarness.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Sha256;
import io.newsflow.processor.extract.ArticleExtractor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile and odd values from any producer, through the real topology: each ends as exactly one enriched record
 * or one dead letter with the documented reason (docs/bad-input.md lists them). Cases already proven in
 * {@link ProcessorTopologyTest} (tombstones, bad UTF-8, blank values, schemaVersion 7, a missing field, JSON that
 * is not the envelope, an unsupported content type) are not repeated here.
 */
class BadInputTopologyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String PARAGRAPH = "The regional council voted on Tuesday to expand the bus network, "
            + "adding three routes that connect the outer districts with the central station.";

    @TempDir
    Path stateDir;

    private TopologyHarness harness;

    @BeforeEach
    void setUp() {
        harness = new TopologyHarness(stateDir, "1.0.0", NearDuplicateSettings.defaults(),
                new ArticleExtractor()::extract, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldEnrichTextStartingWithABracketOrBraceAsAnArticle() {
        send("k1", "[Updated] Council Expands Buses\n\n" + PARAGRAPH);
        send("k2", "{Editor's note: corrected} Council Expands Buses\n\n" + PARAGRAPH);

        assertThat(harness.enriched.readValue().body()).isEqualTo(PARAGRAPH);
        assertThat(harness.enriched.readValue().body()).isEqualTo(PARAGRAPH);
        assertThat(harness.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterATruncatedEnvelopeInsteadOfEnrichingItAsText() {
        send("a", "{\"id\":\"a\",\"contentType\":\"text/plain\",\"content\":\"" + PARAGRAPH);

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.INVALID_ENVELOPE.name());
        assertThat(letter.message()).contains("not valid JSON");
    }

    @Test
    void shouldDeadLetterAnEnvelopeFollowedByMoreText() {
        send("a", envelopeJson("\"id\":\"a\",\"content\":\"" + PARAGRAPH + "\"") + " and then some");

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.INVALID_ENVELOPE.name());
        assertThat(letter.message()).contains("not valid JSON");
    }

    @Test
    void shouldDeadLetterAJsonArray() {
        send("a", "[{\"id\":\"a\",\"contentType\":\"text/plain\",\"content\":\"x\",\"schemaVersion\":1}]");

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.INVALID_ENVELOPE.name());
        assertThat(letter.message()).contains("JSON array, not an object");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            id                 | "id":42,"content":"Text.","contentType":"text/plain","schemaVersion":1
            id                 | "id":"  ","content":"Text.","contentType":"text/plain","schemaVersion":1
            content            | "id":"a","content":{"text":"Text."},"contentType":"text/plain","schemaVersion":1
            contentType        | "id":"a","content":"Text.","contentType":["text/plain"],"schemaVersion":1
            schemaVersion      | "id":"a","content":"Text.","contentType":"text/plain","schemaVersion":"1"
            schemaVersion      | "id":"a","content":"Text.","contentType":"text/plain","schemaVersion":1.5
            ingestedAt         | "id":"a","content":"Text.","contentType":"text/plain","schemaVersion":1,"ingestedAt":1700000000
            ingestedAt         | "id":"a","content":"Text.","contentType":"text/plain","schemaVersion":1,"ingestedAt":"yesterday"
            sourceUri          | "id":"a","content":"Text.","contentType":"text/plain","schemaVersion":1,"sourceUri":["x"]
            contentSha256      | "id":"a","content":"Text.","contentType":"text/plain","schemaVersion":1,"contentSha256":7
            sizeBytes          | "id":"a","content":"Text.","contentType":"text/plain","schemaVersion":1,"sizeBytes":"5"
            """)
    void shouldDeadLetterAWrongTypedEnvelopeFieldNamingIt(String field, String fields) {
        send("a", "{" + fields + "}");

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.INVALID_ENVELOPE.name());
        assertThat(letter.message()).contains("field " + field + " ");
        assertThat(Base64.getDecoder().decode(letter.value())).isEqualTo(bytes("{" + fields + "}"));
    }

    @Test
    void shouldDeadLetterAFutureSchemaVersionBeyondIntAsUnsupported() {
        send("a", "{\"id\":\"a\",\"content\":\"Text.\",\"contentType\":\"text/plain\",\"schemaVersion\":99999999999}");

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION.name());
        assertThat(letter.message()).contains("schemaVersion 99999999999");
    }

    @Test
    void shouldIgnoreUnknownFieldsOfAnEnvelopeEvenNestedOnes() {
        send("a", envelopeJson("\"id\":\"a\",\"content\":\"Council Expands Buses\\n\\n" + PARAGRAPH + "\","
                + "\"futureField\":{\"nested\":{\"deeper\":[1,2,{\"x\":null}]}}"));

        assertThat(harness.enriched.readValue().body()).isEqualTo(PARAGRAPH);
        assertThat(harness.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldReplaceAContentHashThatDoesNotMatchTheContentWithItsOwn() {
        String content = "Council Expands Buses\n\n" + PARAGRAPH;
        String realSha = Sha256.hex(bytes(content));
        String wrongSha = "0".repeat(64);
        send("a", envelopeJson("\"id\":\"a\",\"content\":\"Council Expands Buses\\n\\n" + PARAGRAPH
                + "\",\"contentSha256\":\"" + wrongSha + "\",\"sizeBytes\":1"));
        send("a", envelopeJson("\"id\":\"a\",\"content\":\"Council Expands Buses\\n\\n" + PARAGRAPH
                + "\",\"contentSha256\":\"" + realSha + "\""));

        EnrichedArticle article = harness.enriched.readValue();
        assertThat(article.contentSha256()).isEqualTo(realSha);
        // The second record, with the right hash, is recognised as the same version: the hash was never trusted.
        assertThat(harness.deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.DUPLICATE.name());
        assertThat(harness.enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterDeeplyNestedJsonObjects() {
        send("a", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.JSON_LIMITS_EXCEEDED.name());
        assertThat(letter.message()).contains("nesting depth").contains("16");
    }

    @Test
    void shouldDeadLetterDeeplyNestedJsonArrays() {
        send("a", "[".repeat(RawEventDecoder.MAX_NESTING_DEPTH + 1) + "]".repeat(RawEventDecoder.MAX_NESTING_DEPTH + 1));

        assertThat(onlyDeadLetter().reason()).isEqualTo(DeadLetterReason.JSON_LIMITS_EXCEEDED.name());
    }

    @Test
    void shouldDeadLetterAnEnvelopeLongerThanTheLimitKeepingTheValue() {
        String huge = "x".repeat(RawEventDecoder.MAX_JSON_CHARS);
        String json = envelopeJson("\"id\":\"a\",\"content\":\"" + huge + "\"");
        send("a", json);

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.JSON_LIMITS_EXCEEDED.name());
        assertThat(letter.message()).contains("16 Mi characters");
        assertThat(Base64.getDecoder().decode(letter.value())).hasSize(json.length());
    }

    @Test
    void shouldDeadLetterJsonWithTooManyTokens() {
        String numbers = "1,".repeat(RawEventDecoder.MAX_TOKENS) + "1";
        send("a", envelopeJson("\"id\":\"a\",\"content\":\"Text.\",\"padding\":[" + numbers + "]"));

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.JSON_LIMITS_EXCEEDED.name());
        assertThat(letter.message()).contains("token");
    }

    @Test
    void shouldEnrichHtmlWithScriptsStylesIframesCommentsAndMalformedTagsKeepingOnlyText() {
        String html = "<!DOCTYPE html><html><head><title>Council Expands Buses</title>"
                + "<style>p { color: red } .ad { display:none }</style>"
                + "<script>var tracker = 'alert(1)'; document.write('<p>injected</p>');</script></head><body>"
                + "<!-- comment: <p>hidden paragraph</p> -->"
                + "<iframe src=\"https://ads.example/frame\">iframe fallback text</iframe>"
                + "<article><h1>Council Expands Buses</h1><p>" + PARAGRAPH + "<p>Work starts in spring, "
                + "<b>officials <i>said</b> on</i> Tuesday, and the routes open <span class=x>next autumn."
                + "<div <p>broken attribute</p><noscript>Enable JavaScript</noscript>"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></article>"
                + "<svg><text>svg label</text></svg></body>";
        send("a", html);

        EnrichedArticle article = harness.enriched.readValue();
        assertThat(article.title()).isEqualTo("Council Expands Buses");
        assertThat(article.body()).startsWith(PARAGRAPH).contains("Work starts in spring, officials said on Tuesday")
                .doesNotContain("<", ">", "tracker", "alert", "color", "injected", "hidden paragraph", "iframe",
                        "Enable JavaScript", "NewsArticle", "svg label");
        assertThat(harness.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldEnrichAOneMebibyteSingleLine() {
        String sentence = "The council met on Monday and agreed to spend more on buses and schools. ";
        String line = sentence.repeat(1024 * 1024 / sentence.length() + 1);
        send("a", line);

        EnrichedArticle article = harness.enriched.readValue();
        assertThat(article.body().length()).isGreaterThan(1_000_000);
        assertThat(article.body()).doesNotContain("\n");
        assertThat(article.wordCount()).isGreaterThan(190_000);
        assertThat(harness.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterTextThatIsOnlyBoilerplate() {
        send("a", """
                Home
                Share on Facebook
                Share on Twitter
                Subscribe to our newsletter
                We use cookies to improve your experience. Accept all cookies
                """);

        DeadLetter letter = onlyDeadLetter();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.NO_ARTICLE_TEXT.name());
        assertThat(letter.message()).startsWith("No article text was found");
        assertThat(letter.value()).isNotNull();
    }

    @Test
    void shouldDeadLetterHtmlWithoutText() {
        send("a", "<html><head><script>var a = 1;</script><style>body{}</style></head>"
                + "<body><nav><a href=/>Home</a></nav><img src=x.png></body></html>");

        assertThat(onlyDeadLetter().reason()).isEqualTo(DeadLetterReason.NO_ARTICLE_TEXT.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fa | بارش شدید در تهران | باران شدید روز دوشنبه خیابان\u200Cهای تهران را فرا گرفت و شهرداری از مردم خواست در خانه بمانند. کارشناسان هواشناسی می\u200Cگویند بارش\u200Cها تا پایان هفته ادامه خواهد داشت.
            ar | أمطار غزيرة في القاهرة | هطلت أمطار غزيرة على القاهرة يوم الاثنين وطلبت السلطات من السكان البقاء في منازلهم. ويتوقع خبراء الأرصاد الجوية أن تستمر الأمطار حتى نهاية الأسبوع.
            ur | لاہور میں شدید بارش | پیر کے روز لاہور میں شدید بارش ہوئی اور انتظامیہ نے شہریوں سے گھروں میں رہنے کی اپیل کی۔ محکمہ موسمیات کے ماہرین کا کہنا ہے کہ بارش ہفتے کے آخر تک جاری رہے گی۔
            """)
    void shouldDetectRightToLeftLanguagesAndKeepTheTextIntact(String language, String title, String body) {
        send("a", title + "\n\n" + body);

        EnrichedArticle article = harness.enriched.readValue();
        assertThat(article.language()).isEqualTo(language);
        assertThat(article.title()).isEqualTo(title);
        assertThat(article.body()).isEqualTo(body);
    }

    @Test
    void shouldKeepMixedScriptsIntactInAnEnglishArticle() {
        String body = "The minister, speaking in Tehran, wrote «سلام دوستان» (hello friends) to his followers in "
                + "Persian and added the Arabic greeting «مرحبا بكم» before switching back to English for the rest "
                + "of the statement, which covered trade, energy and the new border crossing at Taftan.";
        send("a", "Minister Greets Followers\n\n" + body);

        EnrichedArticle article = harness.enriched.readValue();
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.body()).isEqualTo(body);
    }

    @Test
    void shouldKeepEmojiAndComposeCombiningMarks() {
        String body = "Fans in Zu\u0308rich cheered 🎉🇨🇭 as the team won, and the coach 👩🏽‍💻 posted a "
                + "photo of the cafe\u0301 where the players celebrated late into the night with their families.";
        send("a", "Zurich Celebrates\n\n" + body);

        EnrichedArticle article = harness.enriched.readValue();
        // NFC: a letter and its combining mark become one character; emoji, skin tones and ZWJ sequences stay.
        assertThat(article.body()).isEqualTo(body.replace("u\u0308", "ü").replace("e\u0301", "é"))
                .contains("👩🏽‍💻", "🇨🇭");
    }

    @Test
    void shouldRemoveControlCharactersAndReadTabsAndLineBreakControlsAsWhitespace() {
        String dirty = "The council\u0000 voted\u0007 on Tuesday\u001B to expand\tthe bus\u007F network, adding "
                + "three\u0085routes\u0090 that connect the outer districts with the central station.";
        send("a", "Council Expands Buses\n\n" + dirty);

        EnrichedArticle article = harness.enriched.readValue();
        // U+0085 (next line) is a line break, joined again as a soft wrap within the paragraph.
        assertThat(article.body()).isEqualTo("The council voted on Tuesday to expand the bus network, adding three "
                + "routes that connect the outer districts with the central station.");
    }

    private void send(String key, String value) {
        harness.raw.pipeInput(bytes(key), bytes(value), NOW);
    }

    private static String envelopeJson(String fields) {
        return "{" + fields + ",\"contentType\":\"text/plain\",\"schemaVersion\":1}";
    }

    private DeadLetter onlyDeadLetter() {
        DeadLetter letter = harness.deadLetters.readValue();
        assertThat(harness.deadLetters.isEmpty()).isTrue();
        assertThat(harness.enriched.isEmpty()).isTrue();
        return letter;
    }
}
