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

    private static String line(String value) {
        return new String(JsonLine.of(utf8(value)), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
