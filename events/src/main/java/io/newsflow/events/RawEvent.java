package io.newsflow.events;

import java.time.Instant;

/**
 * An article as published by ingest (or by any producer that follows the envelope), key = {@link #id()}.
 *
 * <p>Field documentation lives in {@code docs/contract.md} and {@code schemas/raw-event.v1.schema.json}.
 */
public record RawEvent(
        String id,
        String sourceUri,
        String contentType,
        String content,
        String contentSha256,
        long sizeBytes,
        Instant ingestedAt,
        int schemaVersion) {

    public static final int SCHEMA_VERSION = 1;
    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";
}
