package io.newsflow.events;

/** Kafka header names carried by raw events, so consumers can route without parsing the value. */
public final class Headers {
    public static final String CONTENT_TYPE = "content-type";
    public static final String SCHEMA_VERSION = "schema-version";
    /** The charset ingest read the file as (UTF-8, UTF-16LE, windows-1252...); the content itself is UTF-8. */
    public static final String SOURCE_CHARSET = "source-charset";

    private Headers() {
    }
}
