package io.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaConformanceTest {

    private static final String SHA = "a".repeat(64);
    private static final Instant T = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void shouldValidateRawEventAgainstItsSchema() throws Exception {
        RawEvent event = new RawEvent("0123abcd", "file:///tmp/a.txt", RawEvent.TEXT_PLAIN, "Hello", SHA, 5, T, 1);
        assertThat(errors("raw-event.v1", event)).isEmpty();
    }

    @Test
    void shouldValidateEnrichedArticleWithNullableFieldsUnset() throws Exception {
        EnrichedArticle article = new EnrichedArticle("id1", "file:///a.txt", SHA, T, null, null, null, T, "0.1.0", 1,
                null, "Body text.", null, 2, null, null, null, List.of(), null, null, null, 1, List.of(), List.of(),
                List.of(), List.of(), List.of(), null, Map.of());
        assertThat(errors("enriched-article.v1", article)).isEmpty();
    }

    @Test
    void shouldValidateAFullyPopulatedEnrichedArticle() throws Exception {
        EnrichedArticle article = new EnrichedArticle("id1", "file:///a.txt", SHA, T, "raw", 0, 7L, T, "0.1.0", 1,
                "Title", "Imran Khan met Rouhani. \u201cWe agreed,\u201d Khan said on Monday.", "National", 9, "en",
                "A standfirst", "By Jane Doe", List.of("Jane Doe"), "Example News", "2019-09-23", 0.99, 1,
                List.of(new DateMention("Monday", "2019-09-23", 46)),
                List.of(new Entity("Imran Khan", Entity.PERSON, 2, 0)),
                List.of(new Quote("We agreed,", "Imran Khan", 24)), List.of("border security"),
                List.of("Another story"), "0123456789abcdef", Map.of("share", 2, "related", 6));
        assertThat(errors("enriched-article.v1", article)).isEmpty();
    }

    @Test
    void shouldValidateANearDuplicateLinkedArticleAndReadItBack() throws Exception {
        EnrichedArticle linked = minimal("id2").inStory("id1", "id1");
        assertThat(errors("enriched-article.v1", linked)).isEmpty();
        JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
        EnrichedArticle back = serde.deserializer().deserialize("t", serde.serializer().serialize("t", linked));
        assertThat(back).isEqualTo(linked);
        assertThat(back.storyId()).isEqualTo("id1");
        assertThat(back.duplicateOf()).isEqualTo("id1");
    }

    @Test
    void shouldMakeAnUnlinkedArticleItsOwnStory() throws Exception {
        EnrichedArticle article = minimal("id1");
        assertThat(article.storyId()).isEqualTo("id1");
        assertThat(article.duplicateOf()).isNull();
        assertThat(errors("enriched-article.v1", article)).isEmpty();
    }

    @Test
    void shouldReadARecordWrittenBeforeTheStoryFieldsExisted() throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode old =
                (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.valueToTree(minimal("id1"));
        old.remove(List.of("duplicateOf", "storyId"));
        assertThat(errors("enriched-article.v1", old)).isEmpty();
        EnrichedArticle read = Json.MAPPER.treeToValue(old, EnrichedArticle.class);
        assertThat(read.id()).isEqualTo("id1");
        assertThat(read.storyId()).isNull();
        assertThat(read.duplicateOf()).isNull();
    }

    private static EnrichedArticle minimal(String id) {
        return new EnrichedArticle(id, "file:///a.txt", SHA, T, null, null, null, T, "0.1.0", 1, null, "Body text.",
                null, 2, null, null, null, List.of(), null, null, null, 1, List.of(), List.of(), List.of(), List.of(),
                List.of(), "0123456789abcdef", Map.of());
    }

    @Test
    void shouldRejectAnEntityOfAnUnknownType() throws Exception {
        EnrichedArticle article = new EnrichedArticle("id1", "file:///a.txt", SHA, T, null, null, null, T, "0.1.0", 1,
                null, "Body.", null, 1, null, null, null, List.of(), null, null, null, 1, List.of(),
                List.of(new Entity("Thing", "MISC", 1, 0)), List.of(), List.of(), List.of(), null, Map.of());
        assertThat(errors("enriched-article.v1", article)).isNotEmpty();
    }

    @Test
    void shouldValidateDeadLetterAgainstItsSchema() throws Exception {
        DeadLetter letter = new DeadLetter(null, "AAE=", "raw", 1, 3L, "processor",
                DeadLetterReason.UNDECODABLE_BYTES.name(), "not UTF-8", T);
        assertThat(errors("dead-letter.v1", letter)).isEmpty();
    }

    @Test
    void shouldRejectRawEventWithUnknownContentType() throws Exception {
        RawEvent event = new RawEvent("id", "file:///a.pdf", "application/pdf", "x", SHA, 1, T, 1);
        assertThat(errors("raw-event.v1", event)).isNotEmpty();
    }

    @Test
    void shouldListEveryReasonCodeInTheDeadLetterSchema() throws Exception {
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            DeadLetter letter = new DeadLetter("a2V5", null, "raw", 0, 0L, "processor", reason.name(), "m", T);
            assertThat(errors("dead-letter.v1", letter)).as(reason.name()).isEmpty();
        }
    }

    @Test
    void shouldRoundTripThroughTheSerde() {
        JsonSerde<RawEvent> serde = new JsonSerde<>(RawEvent.class);
        RawEvent event = new RawEvent("id", "file:///a.txt", RawEvent.TEXT_HTML, "<p>é</p>", SHA, 9, T, 1);
        byte[] bytes = serde.serializer().serialize("t", event);
        assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(event);
    }

    private static Set<ValidationMessage> errors(String schemaName, Object record) throws Exception {
        JsonNode json = Json.MAPPER.readTree(Json.MAPPER.writeValueAsBytes(record));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SchemaConformanceTest.class.getResourceAsStream("/schemas/" + schemaName + ".schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
            return schema.validate(json);
        }
    }
}
