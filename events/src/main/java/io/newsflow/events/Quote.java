package io.newsflow.events;

/**
 * A quotation in the article.
 *
 * @param text    the quoted words, without the quotation marks
 * @param speaker who said it, as named in the article; null when not attributed
 * @param offset  character offset of the quotation in {@code body}
 */
public record Quote(String text, String speaker, int offset) {
}
