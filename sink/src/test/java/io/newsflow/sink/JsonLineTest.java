package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLineTest {

    @Test
    void shouldKeepTheBytesOfACompactObjectAsTheyCame() {
        byte[] value = utf8("{\"id\":\"a\",\"body\":\"line one\\nline two \\\"quoted\\\" \\\\\",\"n\":[1,{\"x\":null}],"
                + "\"t\":\"خبر ۱ 新闻 😀\"}");

        assertThat(JsonLine.of(value)).isSameAs(value);
    }

    @Test
    void shouldRewriteOtherJsonCompactlyOnOneLine() {
        assertThat(line("{\n  \"id\": \"b\",\n  \"futureField\": [1, 2]\n}"))
                .isEqualTo("{\"id\":\"b\",\"futureField\":[1,2]}");
        assertThat(line("{\"id\":\"c\", \"t\":\"keeps  its spaces\"}")).isEqualTo("{\"id\":\"c\",\"t\":\"keeps  its spaces\"}");
        assertThat(line("[1,2]")).isEqualTo("[1,2]");
    }

    @Test
    void shouldNotPassOnBytesThatAreNotOneValidObject() {
        assertThat(JsonLine.of(utf8("<html>"))).isNull();
        assertThat(JsonLine.of(utf8("{\"id\":\"a\""))).isNull();
        assertThat(JsonLine.isCompactObject(utf8("{\"id\":\"a\"}{\"id\":\"b\"}"))).isFalse();
        assertThat(JsonLine.isCompactObject(utf8("{\"id\":\"a\nb\"}"))).as("raw line end in a string").isFalse();
        assertThat(JsonLine.of(utf8("{\"id\":\"a\nb\"}"))).isNull();
        byte[] invalidUtf8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '(', '"', '}'};
        assertThat(JsonLine.isCompactObject(invalidUtf8)).isFalse();
        assertThat(JsonLine.of(invalidUtf8)).isNull();
    }

    @Test
    void shouldFindABlankBetweenAnyTwoTokens() {
        String compact = "{\"id\":\"a b\",\"n\":[1,-2500.5,{\"x\":null,\"y\":true}],\"e\":{},\"f\":[],\"s\":\", :\"}";
        assertThat(JsonLine.isCompactObject(utf8(compact))).isTrue();
        boolean inString = false;
        for (int at = 1; at < compact.length(); at++) {
            char c = compact.charAt(at - 1);
            if (c == '"' && compact.charAt(at - 2) != '\\') {
                inString = !inString;
            }
            for (String blank : new String[] {" ", "\n", "\r\n", "\t"}) {
                String spaced = compact.substring(0, at) + blank + compact.substring(at);
                // A space in a string is text; a raw line end or tab there is not valid JSON.
                assertThat(JsonLine.isCompactObject(utf8(spaced))).as(spaced).isEqualTo(inString && blank.equals(" "));
                boolean betweenTokens = !inString
                        && ("{}[],:\"".indexOf(c) >= 0 || "{}[],:\"".indexOf(compact.charAt(at)) >= 0);
                if (betweenTokens) {
                    assertThat(line(spaced)).as(spaced).isEqualTo(compact);
                } else if (!(inString && blank.equals(" "))) {
                    assertThat(JsonLine.of(utf8(spaced))).as("splits a number or literal: " + spaced).isNull();
                }
            }
        }
        assertThat(JsonLine.isCompactObject(utf8(compact + " "))).isFalse();
        assertThat(JsonLine.isCompactObject(utf8(" " + compact))).isFalse();
    }

    private static String line(String value) {
        return new String(JsonLine.of(utf8(value)), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
