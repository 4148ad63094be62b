package io.newsflow.sink.postgres;

import java.util.Map;
import java.util.Objects;

/**
 * What the PostgreSQL sink needs, typed.
 *
 * @param topic    the enriched topic to read
 * @param jdbcUrl  e.g. {@code jdbc:postgresql://localhost:5432/newsflow}
 * @param user     database user; null to let the driver decide (URL, {@code ~/.pgpass})
 * @param password database password; null when the URL, {@code ~/.pgpass} or trust authentication provide it.
 *                 Never printed: {@link #toString()} leaves it out
 * @param groupId  consumer group, for partition assignment and lag monitoring only: where to read from is
 *                 decided by the offsets stored in the database
 * @param kafka    consumer settings passed through untouched (bootstrap, TLS, SASL...)
 */
public record PostgresSinkConfig(
        String topic, String jdbcUrl, String user, String password, String groupId, Map<String, Object> kafka) {

    public static final String DEFAULT_GROUP_ID = "newsflow-sink-postgres";

    public PostgresSinkConfig {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(groupId, "groupId");
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("jdbcUrl must start with jdbc:postgresql:, got " + redact(jdbcUrl));
        }
        kafka = Map.copyOf(kafka);
    }

    /** The JDBC URL without its query string, which may hold a password: safe to log. */
    public String safeJdbcUrl() {
        return redact(jdbcUrl);
    }

    private static String redact(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    @Override
    public String toString() {
        return "PostgresSinkConfig[topic=" + topic + ", jdbcUrl=" + safeJdbcUrl() + ", user=" + user
                + ", password=" + (password == null ? "none" : "***") + ", groupId=" + groupId + "]";
    }
}
