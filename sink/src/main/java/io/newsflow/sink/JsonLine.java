package io.newsflow.sink;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.newsflow.events.Json;
import java.io.IOException;

/**
 * The line a record's value becomes in the JSON Lines output, without its line end: the value's own bytes when
 * they already are one compact JSON object in valid UTF-8, as the processor writes them, else the value read
 * and written again as compact JSON. Checking the bytes costs a fraction of reading them into a tree and
 * writing the tree out, which the sink used to do for every record.
 */
final class JsonLine {

    private JsonLine() {
    }

    /** The line, or null when the value is not JSON. */
    static byte[] of(byte[] value) {
        if (isCompactObject(value)) {
            return value;
        }
        try {
            return Json.MAPPER.writeValueAsBytes(Json.MAPPER.readTree(value));
        } catch (IOException e) {
            return null;
        }
    }

    static boolean isCompactObject(byte[] value) {
        return value.length > 0 && value[0] == '{' && !hasWhitespaceOutsideStrings(value) && isOneValidObject(value);
    }

    /** Compact JSON has none; a line end there would also split the record over two lines. */
    private static boolean hasWhitespaceOutsideStrings(byte[] value) {
        boolean inString = false;
        for (int i = 0; i < value.length; i++) {
            byte b = value[i];
            if (inString) {
                if (b == '\\') {
                    i++; // the escaped character, a quote perhaps
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
                return true;
            }
        }
        return false;
    }

    /** One object and nothing after it; every string decoded, so invalid UTF-8 or control characters fail. */
    private static boolean isOneValidObject(byte[] value) {
        try (JsonParser parser = Json.MAPPER.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    return false;
                }
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_STRING -> parser.getTextLength();
                    default -> { }
                }
            }
            return parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }
}
