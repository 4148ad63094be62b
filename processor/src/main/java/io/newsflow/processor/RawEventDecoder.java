package io.newsflow.processor;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.ContentTypes;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.Json;
import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Turns the bytes of a raw record into a {@link RawEvent}, from any producer.
 *
 * <p>A JSON object is read as the v1 envelope. Any other UTF-8 text (e.g. an article sent with kcat) is
 * accepted as {@code text/plain} content, or {@code text/html} when it starts like an HTML document; its id is
 * the record key when there is one, else derived from the content so that a replay gives the same id.
 */
final class RawEventDecoder {

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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value))
                    .toString();
        } catch (CharacterCodingException e) {
            return new Invalid(DeadLetterReason.UNDECODABLE_BYTES,
                    "The value is not valid UTF-8 text (" + value.length + " bytes); send articles as UTF-8.");
        }
        if (text.isBlank()) {
            return new Invalid(DeadLetterReason.EMPTY_CONTENT, "The value is empty or only whitespace.");
        }
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            JsonNode json = parseJsonOrNull(trimmed);
            if (json != null) {
                return decodeEnvelope(json, context);
            }
        }
        return plainValue(text, context);
    }

    private static JsonNode parseJsonOrNull(String text) {
        try {
            return Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    private Decoded decodeEnvelope(JsonNode json, RecordContext context) {
        JsonNode version = json.get("schemaVersion");
        if (version == null || !version.canConvertToInt() || !version.isIntegralNumber()) {
            return invalidEnvelope("field schemaVersion is missing or not an integer");
        }
        if (version.intValue() != RawEvent.SCHEMA_VERSION) {
            return new Invalid(DeadLetterReason.UNSUPPORTED_SCHEMA_VERSION,
                    "schemaVersion " + version.intValue() + " is not supported; this processor reads version "
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
            ingestedAt = at != null ? Instant.parse(at) : Instant.ofEpochMilli(context.timestamp());
        } catch (DateTimeParseException e) {
            return invalidEnvelope("field ingestedAt is not an ISO-8601 instant");
        }
        String sourceUri = textField(json, "sourceUri");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String sha = textField(json, "contentSha256");
        RawEvent event = new RawEvent(id, sourceUri != null ? sourceUri : kafkaUri(context), contentType, content,
                sha != null ? sha : Sha256.hex(bytes), bytes.length, ingestedAt, RawEvent.SCHEMA_VERSION);
        return new Valid(event);
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
