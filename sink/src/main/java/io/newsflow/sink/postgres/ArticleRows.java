package io.newsflow.sink.postgres;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.newsflow.events.Entity;
import io.newsflow.events.Json;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads an enriched record's JSON into an {@link ArticleRow}, from the JSON tree rather than
 * {@code EnrichedArticle}, so the stored document keeps fields this sink does not know.
 */
final class ArticleRows {

    /** A value the sink cannot store; the message names the problem, never the content. */
    static final class NotAnArticle extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnArticle(String message) {
            super(message);
        }
    }

    private ArticleRows() {
    }

    /** @param key the record key, the article id when the value carries none */
    static ArticleRow read(String key, byte[] value) throws NotAnArticle {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(value);
        } catch (IOException e) {
            throw new NotAnArticle("value is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new NotAnArticle("value is not a JSON object");
        }
        String id = text(json, "id");
        if (id == null) {
            id = key;
        }
        if (id == null || id.isEmpty()) {
            throw new NotAnArticle("no id in the value and no key");
        }
        Instant processedAt = instant(json, "processedAt");
        if (processedAt == null) {
            throw new NotAnArticle("no processedAt, so no way to tell which version is newer");
        }
        JsonNode clean = withoutNul(json);
        String document;
        try {
            document = Json.MAPPER.writeValueAsString(clean);
        } catch (JsonProcessingException e) {
            throw new NotAnArticle("value cannot be written back as JSON");
        }
        return new ArticleRow(withoutNul(id), processedAt, text(clean, "processorVersion"),
                text(clean, "contentSha256"), text(clean, "sourceUri"), instant(clean, "ingestedAt"),
                text(clean, "publishedAt"), text(clean, "title"), text(clean, "subtitle"), text(clean, "body"),
                text(clean, "section"), text(clean, "language"),
                clean.path("wordCount").canConvertToInt() ? clean.path("wordCount").intValue() : null,
                text(clean, "publisher"), text(clean, "fingerprint"), text(clean, "duplicateOf"),
                text(clean, "storyId"), entities(clean.path("entities")), document);
    }

    static List<Entity> entities(JsonNode array) {
        List<Entity> entities = new ArrayList<>();
        for (JsonNode entity : array) {
            String name = text(entity, "name");
            String type = text(entity, "type");
            if (name != null && type != null) {
                entities.add(new Entity(name, type, entity.path("mentions").asInt(0),
                        entity.path("firstOffset").asInt(-1)));
            }
        }
        return entities;
    }

    private static String text(JsonNode json, String field) {
        JsonNode node = json.get(field);
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asText();
    }

    private static Instant instant(JsonNode json, String field) throws NotAnArticle {
        String text = text(json, field);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new NotAnArticle(field + " is not an ISO-8601 instant");
        }
    }

    /** PostgreSQL text and jsonb cannot hold U+0000, which JSON allows: dropping it beats losing the article. */
    static JsonNode withoutNul(JsonNode node) {
        if (node.isTextual()) {
            return node.textValue().indexOf('\0') < 0 ? node : TextNode.valueOf(withoutNul(node.textValue()));
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            node.forEach(element -> copy.add(withoutNul(element)));
            return copy;
        }
        if (node.isObject()) {
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                copy.set(withoutNul(field.getKey()), withoutNul(field.getValue()));
            }
            return copy;
        }
        return node;
    }

    static String withoutNul(String text) {
        return text.replace("\0", "");
    }
}
