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
    /**
     * The value is JSON deeper, longer or with more tokens than an envelope can be (limits in
     * {@code docs/contract.md}): parsing stopped early instead of spending memory and time on it.
     */
    JSON_LIMITS_EXCEEDED,
    /** The envelope declares a schemaVersion this processor does not know. */
    UNSUPPORTED_SCHEMA_VERSION,
    /** The envelope's contentType is neither text/plain nor text/html. */
    UNSUPPORTED_CONTENT_TYPE,
    /**
     * Extraction found no article text: everything was boilerplate (menus, cookie prompts, link lists) or
     * markup without text. The record is kept, so a better extractor can be replayed over it.
     */
    NO_ARTICLE_TEXT,
    /** Extraction failed on this input: a bug to report, the record is kept for replay. */
    EXTRACTION_FAILED,
    /**
     * Not an error: this article version (same id and content) was already enriched by the same processor
     * version, so no second enriched record is made. Recorded so that every raw record stays accounted for.
     */
    DUPLICATE
}
