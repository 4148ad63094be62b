package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.JsonSerde;
import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import io.newsflow.processor.extract.ArticleExtractor;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.Test;

class UnlinkedArticleSerdeTest {

    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final String TEXT = """
            Talks in Tehran — "a new chapter"

            TEHRAN, Nov. 29 (IFP) – President Hassan Rouhani met Prime Minister Imran Khan in Tehran on Sunday, \
            and both said ties between Iran and Pakistan would grow. "We will open a new chapter," Rouhani said.

            The leaders agreed on a joint border force, a rail link from Gwadar to Chabahar and more trade: \
            خبر ۱ and 新闻 😀 were among the headlines of the day.
            """;

    private final UnlinkedArticleSerde serde = new UnlinkedArticleSerde();
    private final Serializer<EnrichedArticle> enrichedJson = new JsonSerde<>(EnrichedArticle.class).serializer();

    @Test
    void shouldWriteTheSameBytesAsTheEnrichedRecordsSerdeForAnyStory() {
        EnrichedArticle article = article("rouhani-khan.txt", TEXT);
        UnlinkedArticle unlinked = serde.deserializer().deserialize("t",
                serde.serializer().serialize("t", UnlinkedArticle.of(article)));

        assertThat(unlinked.id()).isEqualTo(article.id());
        assertThat(unlinked.fingerprint()).isEqualTo(article.fingerprint()).isNotNull();
        assertThat(json(unlinked.inStory("rouhani-khan.txt", null)))
                .isEqualTo(json(enrichedJson.serialize("t", article)));
        assertThat(json(unlinked.inStory("first \"one\"", "first \"one\"")))
                .isEqualTo(json(enrichedJson.serialize("t", article.inStory("first \"one\"", "first \"one\""))));
    }

    @Test
    void shouldKeepAnArticleWithoutFingerprint() {
        EnrichedArticle article = new EnrichedArticle("empty", null, "00", AT, null, null, null, AT, "dev", 1,
                null, "", null, 0, null, null, null, null, null, null, null, 0, null, null, null, null, null, null,
                null);
        byte[] bytes = serde.serializer().serialize("t", UnlinkedArticle.of(article));
        UnlinkedArticle unlinked = serde.deserializer().deserialize("t", bytes);

        assertThat(unlinked.fingerprint()).isNull();
        assertThat(json(unlinked.inStory("empty", null))).isEqualTo(json(enrichedJson.serialize("t", article)));
    }

    @Test
    void shouldReadRecordsThatEarlierVersionsWroteAsEnrichedJson() {
        EnrichedArticle article = article("b", TEXT);
        byte[] earlier = enrichedJson.serialize("t", article);
        assertThat(earlier[0]).isEqualTo((byte) '{');

        UnlinkedArticle unlinked = serde.deserializer().deserialize("t", earlier);

        assertThat(unlinked.id()).isEqualTo("b");
        assertThat(unlinked.fingerprint()).isEqualTo(article.fingerprint());
        assertThat(json(unlinked.inStory("b", null))).isEqualTo(json(earlier));
    }

    @Test
    void shouldRejectBytesOfNoKnownLayout() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {9, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("version 9");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {VersionedBinarySerde.VERSION, 1, 2}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("3 bytes");
        assertThatThrownBy(() -> serde.deserializer().deserialize("t", new byte[] {'{', 'x'}))
                .isInstanceOf(SerializationException.class).hasMessageContaining("link record (JSON)");
        assertThat(serde.serializer().serialize("t", null)).isNull();
        assertThat(serde.deserializer().deserialize("t", null)).isNull();
    }

    private static EnrichedArticle article(String id, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        RawEvent event = new RawEvent(id, "file:///" + id, RawEvent.TEXT_PLAIN, text, Sha256.hex(bytes), bytes.length,
                AT, RawEvent.SCHEMA_VERSION);
        return EnrichedArticles.of(event, new ArticleExtractor().extract(text, RawEvent.TEXT_PLAIN, AT),
                new EnrichedArticles.Lineage("raw", 2, 41L), AT, "dev");
    }

    private static String json(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
