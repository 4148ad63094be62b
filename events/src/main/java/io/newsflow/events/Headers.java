package io.newsflow.events;

/** Kafka header names carried by raw events, so consumers can route without parsing the value. */
public final class Headers {
    public static final String CONTENT_TYPE = "content-type";
    public static final String SCHEMA_VERSION = "schema-version";

    private Headers() {
    }
}
