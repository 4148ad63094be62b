package io.newsflow.sink.postgres;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one place SQL is built from a value: a rebuild's schema name (`replay --new-table NAME`), an identifier that
 * cannot be a bound parameter. It is checked before any connection is made; record values are bound parameters
 * only ({@code PostgresSinkIT}, {@code BatchWriterIT}).
 */
class SchemaNameTest {

    // Nothing listens here: a name that got past the check would fail to connect instead.
    private static final PostgresSinkConfig NO_DATABASE = new PostgresSinkConfig("enriched",
            "jdbc:postgresql://127.0.0.1:1/none", "user", null, "group", Map.of());

    @Test
    void shouldRefuseASchemaNameThatIsNotAPlainIdentifierBeforeConnecting() {
        for (String hostile : new String[] {"x; DROP TABLE articles", "public.articles", "\"quoted\"", "Upper",
                "../../etc/passwd", "nul\u0000byte", "", "a".repeat(64), "1starts_with_digit"}) {
            assertThatThrownBy(() -> PostgresSink.createSchema(NO_DATABASE, hostile)).as(hostile)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("schema name must be");
        }
    }
}
