package io.newsflow.sink.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Entity;
import io.newsflow.events.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Enriched records for tests, serialized as the processor does. */
final class Articles {

    private Articles() {
    }

    static EnrichedArticle article(String id, Instant processedAt, String title, String body, Entity... entities) {
        return new EnrichedArticle(id, "file:///news/" + id, "sha-" + title.hashCode(), Instant.parse("2026-01-01T00:00:00Z"),
                "newsflow.articles.raw", 0, 7L, processedAt, "1.0.0", EnrichedArticle.SCHEMA_VERSION, title, body,
                "World", body.split("\\s+").length, "en", "A standfirst", "By Jane Doe", List.of("Jane Doe"),
                "The Daily", "2026-01-01", 0.99, 1, List.of(), List.of(entities), List.of(), List.of("keyword"),
                List.of(), "00ff00ff00ff00ff", Map.of("navigation", 3));
    }

    static String json(EnrichedArticle article) {
        try {
            return Json.MAPPER.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(EnrichedArticle article) {
        return json(article).getBytes(StandardCharsets.UTF_8);
    }
}
