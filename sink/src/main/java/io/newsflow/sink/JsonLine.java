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

    /**
     * One object, nothing after it, no whitespace between its tokens, and every string decoded (so invalid UTF-8 or
     * a control character such as a raw line end in a string fails). Whitespace is found from where tokens start,
     * without a pass over the bytes: between two tokens of compact JSON there is at most one comma or colon, so
     * whitespace anywhere outside a string shows as a blank just before a token or before the separator before it.
     */
    static boolean isCompactObject(byte[] value) {
        if (value.length == 0 || value[0] != '{') {
            return false;
        }
        try (JsonParser parser = Json.MAPPER.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == null || followsBlank(value, (int) parser.currentTokenLocation().getByteOffset())) {
                    return false;
                }
                switch (token) {
                    case START_OBJECT, START_ARRAY -> depth++;
                    case END_OBJECT, END_ARRAY -> depth--;
                    case VALUE_STRING -> parser.getTextLength();
                    default -> { }
                }
            }
            // The closing brace must be the last byte: a blank after it would end the parse without a token.
            return parser.currentTokenLocation().getByteOffset() == value.length - 1 && parser.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean followsBlank(byte[] value, int tokenStart) {
        byte before = value[tokenStart - 1];
        if (before == ',' || before == ':') {
            before = value[tokenStart - 2];
        }
        return before == ' ' || before == '\n' || before == '\r' || before == '\t';
    }
}
