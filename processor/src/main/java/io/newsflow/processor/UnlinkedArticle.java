package io.newsflow.processor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Json;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An enriched article on its way to the near-duplicate linker: its id and fingerprint, the only fields the
 * linker reads, and its final JSON without the two story fields, which the linker appends. The record is so
 * written once as JSON, instead of written for the link topic, read back and written again for the output.
 *
 * @param id          the article's id
 * @param fingerprint its SimHash as the contract's hex, null when the body had no words
 * @param json        the contract's JSON of the article up to and without its closing brace and story fields
 */
record UnlinkedArticle(String id, String fingerprint, byte[] json) {

    /** The story fields are written by {@link #inStory}; every other field as {@link Json#MAPPER} writes it. */
    @JsonIgnoreProperties({"duplicateOf", "storyId"})
    private interface WithoutStory {
    }

    private static final ObjectMapper WITHOUT_STORY = Json.MAPPER.copy()
            .addMixIn(EnrichedArticle.class, WithoutStory.class);
    private static final byte[] DUPLICATE_OF = ",\"duplicateOf\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STORY_ID = ",\"storyId\":".getBytes(StandardCharsets.US_ASCII);

    static UnlinkedArticle of(EnrichedArticle article) {
        byte[] json = write(WITHOUT_STORY, article);
        // Compact JSON of an object ends with its closing brace: cut it, the story fields go before it.
        return new UnlinkedArticle(article.id(), article.fingerprint(), Arrays.copyOf(json, json.length - 1));
    }

    /**
     * The enriched record's value: the same bytes {@link Json#MAPPER} writes for the article placed in this
     * story, since the story fields are the record's last two.
     */
    byte[] inStory(String storyId, String duplicateOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(json.length + 100);
        out.writeBytes(json);
        out.writeBytes(DUPLICATE_OF);
        out.writeBytes(write(Json.MAPPER, duplicateOf));
        out.writeBytes(STORY_ID);
        out.writeBytes(write(Json.MAPPER, storyId));
        out.write('}');
        return out.toByteArray();
    }

    private static byte[] write(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Cannot write an enriched article as JSON", e);
        }
    }
}
