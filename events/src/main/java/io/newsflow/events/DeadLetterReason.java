package io.newsflow.events;

/** Why a record went to the dead-letter topic; the names are part of the contract. */
public enum DeadLetterReason {
    /** The value is null (a tombstone): there is no article to process. */
    NULL_VALUE,
    /** The value bytes are not valid UTF-8. */
    UNDECODABLE_BYTES,
    /** The value, or the envelope's content, is empty or only whitespace. */
    EMPTY_CONTENT,
    /** The value is a JSON envelope with missing or wrongly typed fields. */
    INVALID_ENVELOPE,
    /** The envelope declares a schemaVersion this processor does not know. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** The envelope's contentType is neither text/plain nor text/html. */
    UNSUPPORTED_CONTENT_TYPE,
    /** Extraction failed on this input: a bug to report, the record is kept for replay. */
    EXTRACTION_FAILED,
    /**
     * Not an error: this article version (same id and content) was already enriched by the same processor
     * version, so no second enriched record is made. Recorded so that every raw record stays accounted for.
     */
    DUPLICATE
}
