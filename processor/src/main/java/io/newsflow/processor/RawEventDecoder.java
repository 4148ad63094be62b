package io.newsflow.processor;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.newsflow.events.ContentTypes;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a raw record into a {@link RawEvent}, from any producer.
 *
 * <p>A JSON object is read as the v1 envelope, within parsing limits that stop hostile JSON early. Any other
 * UTF-8 text (e.g. an article sent with kcat) is accepted as {@code text/plain} content, or {@code text/html} when
 * it starts like an HTML document; its id is the record key when there is one, else derived from the content so
 * that a replay gives the same id.
 */
final class RawEventDecoder {

    /** An envelope is one flat object of a few fields: deeper or longer JSON is hostile, not news. */
    static final int MAX_NESTING_DEPTH = 16;
    /** Well above ingest's default 5 MiB file limit, even with every character escaped. */
    static final int MAX_JSON_CHARS = 16 * 1024 * 1024;
    static final int MAX_TOKENS = 100_000;
    private static final ObjectReader ENVELOPE_READER = envelopeReader();
    private static final Pattern ENVELOPE_START = Pattern.compile("\\{\\s*+[\"}]");

    sealed interface Decoded {
    }

    record Valid(RawEvent event) implements Decoded {
    }

    record Invalid(DeadLetterReason reason, String message) implements Decoded {
    }

    /** Where the record sits and what it carried besides its value. */
    record RecordContext(String key, String contentTypeHeader, String topic, int partition, long offset, long timestamp) {
    }

    Decoded decode(byte[] value, RecordContext context) {
        if (value == null) {
            return new Invalid(DeadLetterReason.NULL_VALUE, "The record has no value (a tombstone); there is no article.");
        }
        if (!StrictUtf8.isWellFormed(value)) {
            return new Invalid(DeadLetterReason.UNDECODABLE_BYTES,
                    "The value is not valid UTF-8 text (" + value.length + " bytes); send articles as UTF-8.");
        }
        if (value.length > 0 && value[0] == '{') {
            Decoded envelope = envelopeFromBytes(value, context);
            if (envelope != null) {
                return envelope;
            }
        }
        String text = new String(value, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return new Invalid(DeadLetterReason.EMPTY_CONTENT, "The value is empty or only whitespace.");
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return plainValue(text, context);
        }
        JsonNode json;
        try {
            json = ENVELOPE_READER.readTree(trimmed);
        } catch (StreamConstraintsException e) {
            return new Invalid(DeadLetterReason.JSON_LIMITS_EXCEEDED, "The value is JSON beyond the processor's "
                    + "parsing limits (nesting depth " + MAX_NESTING_DEPTH + ", " + MAX_JSON_CHARS / (1024 * 1024)
                    + " Mi characters, " + MAX_TOKENS + " tokens): " + e.getOriginalMessage());
        } catch (JacksonException e) {
            // Prose may start with "[" or "{", but "{" and a field name is a broken envelope, not an article.
            return ENVELOPE_START.matcher(trimmed).lookingAt()
                    ? invalidEnvelope("it is not valid JSON (" + e.getOriginalMessage() + ")")
                    : plainValue(text, context);
        }
        return json.isObject() ? decodeEnvelope(json, context)
                : invalidEnvelope("it is a JSON " + json.getNodeType().name().toLowerCase(Locale.ROOT)
                        + ", not an object");
    }

    /**
     * The common case, an envelope as ingest writes it, read from the bytes without a String of the whole value:
     * Jackson's UTF-8 parser takes half the time of its char parser on typical articles. Null when the bytes do not
     * parse as JSON: the String path below then decides, with its messages (and it strips Unicode spaces, which
     * this one does not). For bytes that parse, both paths read the same document into the same tree.
     */
    private Decoded envelopeFromBytes(byte[] value, RecordContext context) {
        JsonNode json;
        try {
            json = ENVELOPE_READER.readTree(value);
        } catch (IOException e) {
            return null;
        }
        return json.isObject() ? decodeEnvelope(json, context) : null;
    }

    private static ObjectReader envelopeReader() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING_DEPTH)
                        .maxDocumentLength(MAX_JSON_CHARS)
                        .maxStringLength(MAX_JSON_CHARS)
                        .maxTokenCount(MAX_TOKENS)
                        .build())
                .build();
        return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build().reader();
    }

    private Decoded decodeEnvelope(JsonNode json, RecordContext context) {
        for (String name : List.of("sourceUri", "contentSha256", "ingestedAt")) {
            if (!absentOr(json.get(name), JsonNode::isTextual)) {
                return invalidEnvelope("field " + name + " is not a string");
            }
        }
        if (!absentOr(json.get("sizeBytes"), JsonNode::isIntegralNumber)) {
            return invalidEnvelope("field sizeBytes is not an integer");
        }
        JsonNode version = json.get("schemaVersion");
        if (version == null || !version.isIntegralNumber()) {
            return invalidEnvelope("field schemaVersion is missing or not an integer");
        }
        if (!version.canConvertToInt() || version.intValue() != RawEvent.SCHEMA_VERSION) {
            return new Invalid(DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION,
                    "schemaVersion " + version.asText() + " is not supported; this processor reads version "
                            + RawEvent.SCHEMA_VERSION + ".");
        }
        String id = textField(json, "id");
        String content = textField(json, "content");
        String contentType = textField(json, "contentType");
        if (id == null || id.isBlank()) {
            return invalidEnvelope("field id is missing or not a non-empty string");
        }
        if (content == null) {
            return invalidEnvelope("field content is missing or not a string");
        }
        if (contentType == null) {
            return invalidEnvelope("field contentType is missing or not a string");
        }
        contentType = contentType.toLowerCase(Locale.ROOT);
        if (!contentType.equals(RawEvent.TEXT_PLAIN) && !contentType.equals(RawEvent.TEXT_HTML)) {
            return new Invalid(DeadLetterReason.UNSUPPORTED_CONTENT_TYPE,
                    "contentType " + contentType + " is not supported; use text/plain or text/html.");
        }
        if (content.isBlank()) {
            return new Invalid(DeadLetterReason.EMPTY_CONTENT, "The envelope's content is empty or only whitespace.");
        }
        Instant ingestedAt;
        try {
            String at = textField(json, "ingestedAt");
            ingestedAt = at != null ? IsoInstant.parse(at) : Instant.ofEpochMilli(context.timestamp());
        } catch (DateTimeParseException e) {
            return invalidEnvelope("field ingestedAt is not an ISO-8601 instant");
        }
        String sourceUri = textField(json, "sourceUri");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        // The producer's contentSha256 and sizeBytes are not trusted: a wrong hash would mislabel the version.
        RawEvent event = new RawEvent(id, sourceUri != null ? sourceUri : kafkaUri(context), contentType, content,
                Sha256.hex(bytes), bytes.length, ingestedAt, RawEvent.SCHEMA_VERSION);
        return new Valid(event);
    }

    private static boolean absentOr(JsonNode node, Predicate<JsonNode> type) {
        return node == null || node.isNull() || type.test(node);
    }

    private static Invalid invalidEnvelope(String problem) {
        return new Invalid(DeadLetterReason.INVALID_ENVELOPE,
                "The value is JSON but not a valid raw-event envelope: " + problem + ".");
    }

    private static String textField(JsonNode json, String name) {
        JsonNode node = json.get(name);
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private Decoded plainValue(String text, RecordContext context) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.hex(bytes);
        String id = context.key() != null && !context.key().isBlank() ? context.key() : "txt-" + sha.substring(0, 32);
        boolean html = context.contentTypeHeader() != null
                ? context.contentTypeHeader().toLowerCase(Locale.ROOT).startsWith(RawEvent.TEXT_HTML)
                : ContentTypes.looksLikeHtml(text);
        String contentType = html ? RawEvent.TEXT_HTML : RawEvent.TEXT_PLAIN;
        return new Valid(new RawEvent(id, kafkaUri(context), contentType, text, sha, bytes.length,
                Instant.ofEpochMilli(context.timestamp()), RawEvent.SCHEMA_VERSION));
    }

    private static String kafkaUri(RecordContext context) {
        return "kafka:" + context.topic() + "/" + context.partition() + "/" + context.offset();
    }
}
