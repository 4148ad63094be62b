package io.newsflow.sink.postgres;

import static io.newsflow.sink.postgres.Articles.article;
import static io.newsflow.sink.postgres.Articles.bytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.Entity;
import io.newsflow.events.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleRowsTest {

    private static final Instant PROCESSED = Instant.parse("2026-02-03T04:05:06.123456Z");

    @Test
    void shouldMapColumnsAndEntitiesWhenValueIsAnEnrichedArticle() throws Exception {
        ArticleRow row = ArticleRows.read("a1", bytes(article("a1", PROCESSED, "Title", "Body text here",
                new Entity("Imran Khan", Entity.PERSON, 3, 10), new Entity("Lahore", Entity.LOCATION, 1, -1))));

        assertThat(row.id()).isEqualTo("a1");
        assertThat(row.processedAt()).isEqualTo(PROCESSED);
        assertThat(row.title()).isEqualTo("Title");
        assertThat(row.subtitle()).isEqualTo("A standfirst");
        assertThat(row.body()).isEqualTo("Body text here");
        assertThat(row.wordCount()).isEqualTo(3);
        assertThat(row.ingestedAt()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(row.entities()).containsExactly(new Entity("Imran Khan", Entity.PERSON, 3, 10),
                new Entity("Lahore", Entity.LOCATION, 1, -1));
        assertThat(Json.MAPPER.readTree(row.document()).path("keywords").get(0).asText()).isEqualTo("keyword");
    }

    @Test
    void shouldMapTheStoryOfANearDuplicate() throws Exception {
        ArticleRow first = ArticleRows.read("a1", bytes(article("a1", PROCESSED, "Title", "Body")));
        ArticleRow copy = ArticleRows.read("a2", bytes(article("a2", PROCESSED, "Title", "Body").inStory("a1", "a1")));

        assertThat(first.storyId()).isEqualTo("a1");
        assertThat(first.duplicateOf()).isNull();
        assertThat(copy.storyId()).isEqualTo("a1");
        assertThat(copy.duplicateOf()).isEqualTo("a1");
    }

    @Test
    void shouldKeepUnknownFieldsInTheDocumentWhenANewerProcessorAddsThem() throws Exception {
        String value = "{\"id\":\"x\",\"processedAt\":\"2026-02-03T04:05:06Z\",\"futureField\":{\"a\":[1,2]}}";

        ArticleRow row = ArticleRows.read("x", value.getBytes(StandardCharsets.UTF_8));

        assertThat(Json.MAPPER.readTree(row.document()).path("futureField").path("a").size()).isEqualTo(2);
        assertThat(row.title()).isNull();
        assertThat(row.wordCount()).isNull();
        assertThat(row.entities()).isEmpty();
    }

    @Test
    void shouldTakeTheKeyAsIdWhenTheValueHasNone() throws Exception {
        ArticleRow row = ArticleRows.read("from-key", utf8("{\"processedAt\":\"2026-02-03T04:05:06Z\"}"));

        assertThat(row.id()).isEqualTo("from-key");
    }

    @Test
    void shouldDropNulCharactersWhenPostgresCouldNotStoreThem() throws Exception {
        String value = "{\"id\":\"n\\u0000ul\",\"processedAt\":\"2026-02-03T04:05:06Z\",\"body\":\"a\\u0000b\","
                + "\"k\\u0000ey\":[\"c\\u0000d\"],\"entities\":[{\"name\":\"E\\u0000\",\"type\":\"PERSON\"}]}";

        ArticleRow row = ArticleRows.read(null, utf8(value));

        assertThat(row.id()).isEqualTo("nul");
        assertThat(row.body()).isEqualTo("ab");
        assertThat(row.document()).doesNotContain("\\u0000").contains("\"key\":[\"cd\"]");
        assertThat(row.entities()).extracting(Entity::name).containsExactly("E");
    }

    @Test
    void shouldSkipEntitiesWithoutNameOrType() {
        assertThat(ArticleRows.entities(Json.MAPPER.createArrayNode()
                .add(Json.MAPPER.createObjectNode().put("name", "No type"))
                .add(Json.MAPPER.createObjectNode().put("name", "Ok").put("type", "PERSON").put("mentions", 2))))
                .containsExactly(new Entity("Ok", "PERSON", 2, -1));
    }

    @Test
    void shouldRefuseValuesThatAreNotArticles() {
        assertThatThrownBy(() -> ArticleRows.read("k", utf8("not json")))
                .isInstanceOf(ArticleRows.NotAnArticle.class).hasMessage("value is not JSON");
        assertThatThrownBy(() -> ArticleRows.read("k", utf8("[1,2]")))
                .isInstanceOf(ArticleRows.NotAnArticle.class).hasMessage("value is not a JSON object");
        assertThatThrownBy(() -> ArticleRows.read(null, utf8("{\"processedAt\":\"2026-02-03T04:05:06Z\"}")))
                .isInstanceOf(ArticleRows.NotAnArticle.class).hasMessageContaining("no id");
        assertThatThrownBy(() -> ArticleRows.read("k", utf8("{\"id\":\"k\"}")))
                .isInstanceOf(ArticleRows.NotAnArticle.class).hasMessageContaining("no processedAt");
        assertThatThrownBy(() -> ArticleRows.read("k", utf8("{\"id\":\"k\",\"processedAt\":\"yesterday\"}")))
                .isInstanceOf(ArticleRows.NotAnArticle.class).hasMessageContaining("not an ISO-8601 instant");
    }

    @Test
    void shouldReadMigrationVersionsFromFileNames() {
        assertThat(SchemaMigrator.version("V12__more.sql")).isEqualTo(12);
        assertThatThrownBy(() -> SchemaMigrator.version("articles.sql")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNeverPrintThePassword() {
        PostgresSinkConfig config = new PostgresSinkConfig("t", "jdbc:postgresql://h/db?password=secret1", "u",
                "secret2", "g", java.util.Map.of("sasl.jaas.config", "secret3"));

        assertThat(config.toString()).doesNotContain("secret");
        assertThat(config.safeJdbcUrl()).isEqualTo("jdbc:postgresql://h/db?...");
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
