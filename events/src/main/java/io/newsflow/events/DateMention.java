package io.newsflow.events;

/**
 * A date the article mentions.
 *
 * @param text   as written ("Monday", "April 2019", "5 August")
 * @param date   the resolved ISO-8601 date (yyyy-MM-dd, or yyyy-MM for a month), relative to the article's
 *               publication or ingestion time; null when it cannot be resolved
 * @param offset character offset in {@code body}
 */
public record DateMention(String text, String date, int offset) {
}
