package io.newsflow.processor;

/**
 * The last article version the processor enriched for one article id, kept in the {@code enriched-versions}
 * store: a raw record with the same content hash and the same processor version is a duplicate.
 */
record EnrichedVersion(String contentSha256, String processorVersion) {
}
