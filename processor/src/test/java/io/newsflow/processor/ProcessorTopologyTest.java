package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Headers;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import io.newsflow.events.TopicNames;
import io.newsflow.processor.extract.ArticleExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessorTopologyTest {

    private static final TopicNames TOPICS = TopologyHarness.TOPICS;
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final String ARTICLE = """
            • World

            Ministers Meet in Geneva

            The foreign ministers of several countries met in Geneva on Monday to discuss trade and security.

            They agreed to meet again next year.
            """;

    @TempDir
    Path stateDir;

    private TopologyHarness harness;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void setUp() {
        start(new ArticleExtractor()::extract);
    }

    private void start(Extractor extractor) {
        if (harness != null) {
            harness.close();
        }
        harness = new TopologyHarness(stateDir, "1.2.3", NearDuplicateSettings.defaults(), extractor,
                Clock.fixed(NOW, ZoneOffset.UTC));
        raw = harness.raw;
        enriched = harness.enriched;
        deadLetters = harness.deadLetters;
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldEnrichAValidEnvelopeKeepingIdentityAndLineage() {
        RawEvent event = envelope("article-1", ARTICLE);
        raw.pipeInput(bytes("article-1"), new JsonSerde<>(RawEvent.class).serializer().serialize("t", event));

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        EnrichedArticle article = out.value();
        assertThat(out.key()).isEqualTo("article-1");
        assertThat(article.id()).isEqualTo("article-1");
        assertThat(article.sourceUri()).isEqualTo("file:///articles/a.txt");
        assertThat(article.contentSha256()).isEqualTo(event.contentSha256());
        assertThat(article.ingestedAt()).isEqualTo(event.ingestedAt());
        assertThat(article.rawTopic()).isEqualTo(TOPICS.raw());
        assertThat(article.rawPartition()).isZero();
        assertThat(article.rawOffset()).isZero();
        assertThat(article.processedAt()).isEqualTo(NOW);
        assertThat(article.processorVersion()).isEqualTo("1.2.3");
        assertThat(article.schemaVersion()).isEqualTo(EnrichedArticle.SCHEMA_VERSION);
        assertThat(article.title()).isEqualTo("Ministers Meet in Geneva");
        assertThat(article.section()).isEqualTo("World");
        assertThat(article.body()).startsWith("The foreign ministers").doesNotContain("Ministers Meet in Geneva");
        assertThat(article.wordCount()).isEqualTo(23);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.storyId()).isEqualTo("article-1");
        assertThat(article.duplicateOf()).isNull();
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldAcceptAPlainTextValueWithAGeneratedStableId() {
        raw.pipeInput(null, bytes(ARTICLE));
        raw.pipeInput(null, bytes(ARTICLE));

        EnrichedArticle first = enriched.readValue();
        String sha = Sha256.hex(bytes(ARTICLE));
        assertThat(first.id()).isEqualTo("txt-" + sha.substring(0, 32));
        assertThat(first.contentSha256()).isEqualTo(sha);
        assertThat(first.sourceUri()).isEqualTo("kafka:" + TOPICS.raw() + "/0/0");
        assertThat(first.title()).isEqualTo("Ministers Meet in Geneva");
        // The same text again gets the same id and content hash: the same article version, not a second record.
        assertThat(enriched.isEmpty()).isTrue();
        assertThat(deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.DUPLICATE.name());
    }

    @Test
    void shouldUseTheRecordKeyAsIdForAPlainTextValue() {
        raw.pipeInput(bytes("my-key"), bytes(ARTICLE));

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("my-key");
        assertThat(out.value().id()).isEqualTo("my-key");
    }

    @Test
    void shouldTreatAnHtmlDocumentSentAsPlainValueAsHtml() {
        String html = "<!DOCTYPE html><html><head><title>Page</title></head><body><article><h1>Rain Expected</h1>"
                + "<p>Forecasters expect heavy rain across the region this weekend, with flooding possible.</p>"
                + "</article></body></html>";
        raw.pipeInput(null, bytes(html));

        EnrichedArticle article = enriched.readValue();
        assertThat(article.title()).isEqualTo("Rain Expected");
        assertThat(article.body()).contains("heavy rain").doesNotContain("<p>");
    }

    @Test
    void shouldDeadLetterUndecodableBytesWithTheOriginalValue() {
        byte[] garbage = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00, 0x41};
        raw.pipeInput(bytes("k1"), garbage);

        TestRecord<String, DeadLetter> out = deadLetters.readRecord();
        DeadLetter letter = out.value();
        assertThat(out.key()).isEqualTo("k1");
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.UNDECODABLE_BYTES.name());
        assertThat(letter.stage()).isEqualTo("processor");
        assertThat(Base64.getDecoder().decode(letter.value())).isEqualTo(garbage);
        assertThat(Base64.getDecoder().decode(letter.key())).isEqualTo(bytes("k1"));
        assertThat(letter.sourceTopic()).isEqualTo(TOPICS.raw());
        assertThat(letter.sourceOffset()).isZero();
        assertThat(letter.failedAt()).isEqualTo(NOW);
        assertThat(letter.message()).contains("UTF-8");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterEmptyContent() {
        raw.pipeInput(null, bytes("  \n\t "));
        raw.pipeInput(bytes("e"), new JsonSerde<>(RawEvent.class).serializer().serialize("t", envelope("e", " ")));

        assertThat(deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.EMPTY_CONTENT.name());
        assertThat(deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.EMPTY_CONTENT.name());
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void shouldDeadLetterAnUnknownSchemaVersion() {
        String json = "{\"id\":\"a\",\"contentType\":\"text/plain\",\"content\":\"Hello world.\",\"schemaVersion\":7}";
        raw.pipeInput(bytes("a"), bytes(json));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION.name());
        assertThat(letter.message()).contains("schemaVersion 7");
    }

    @Test
    void shouldDeadLetterAnEnvelopeWithAMissingField() {
        raw.pipeInput(bytes("a"), bytes("{\"id\":\"a\",\"contentType\":\"text/plain\",\"schemaVersion\":1}"));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.INVALID_ENVELOPE.name());
        assertThat(letter.message()).contains("content");
    }

    @Test
    void shouldDeadLetterJsonThatIsNotTheEnvelope() {
        raw.pipeInput(null, bytes("{\"hello\": [1, 2, 3]}"));

        assertThat(deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.INVALID_ENVELOPE.name());
    }

    @Test
    void shouldDeadLetterATombstone() {
        raw.pipeInput(bytes("gone"), (byte[]) null);

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.NULL_VALUE.name());
        assertThat(letter.value()).isNull();
    }

    @Test
    void shouldDeadLetterAnUnsupportedContentType() {
        String json = "{\"id\":\"a\",\"contentType\":\"application/pdf\",\"content\":\"x\",\"schemaVersion\":1}";
        raw.pipeInput(bytes("a"), bytes(json));

        assertThat(deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.UNSUPPORTED_CONTENT_TYPE.name());
    }

    @Test
    void shouldDeadLetterWhenExtractionThrowsAndGoOnWithTheNextRecord() {
        start((content, type, at) -> {
            if (content.contains("boom")) {
                throw new IllegalArgumentException("cannot parse");
            }
            return new ArticleExtractor().extract(content, type, at);
        });
        raw.pipeInput(null, bytes("boom"));
        raw.pipeInput(null, bytes(ARTICLE));

        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.reason()).isEqualTo(DeadLetterReason.EXTRACTION_FAILED.name());
        assertThat(letter.message()).contains("cannot parse");
        assertThat(enriched.readValue().title()).isEqualTo("Ministers Meet in Geneva");
    }

    @Test
    void shouldHonourTheContentTypeHeaderOfAPlainValue() {
        RecordHeaders headers = new RecordHeaders();
        headers.add(Headers.CONTENT_TYPE, bytes("text/html; charset=utf-8"));
        raw.pipeInput(new TestRecord<>(null, bytes("<h1>Storm Warning</h1><p>A storm is expected to reach the coast "
                + "tonight, officials said on Tuesday.</p>"), headers));

        assertThat(enriched.readValue().body()).doesNotContain("<p>").contains("storm is expected");
    }

    private static RawEvent envelope(String id, String content) {
        byte[] bytes = bytes(content);
        return new RawEvent(id, "file:///articles/a.txt", RawEvent.TEXT_PLAIN, content, Sha256.hex(bytes),
                bytes.length, Instant.parse("2026-11-24T08:00:00Z"), RawEvent.SCHEMA_VERSION);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
