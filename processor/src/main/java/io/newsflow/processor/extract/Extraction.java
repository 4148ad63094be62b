package io.newsflow.processor.extract;

/**
 * What the extraction library finds in one article; knows nothing of Kafka.
 *
 * @param title     the headline, null when none was found
 * @param body      clean main text, paragraphs separated by one blank line
 * @param section   the section label (e.g. "National"), null when none
 * @param wordCount words in body
 * @param language  ISO 639-1 code of the body's language, null when unknown
 */
public record Extraction(String title, String body, String section, int wordCount, String language) {
}
