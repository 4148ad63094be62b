package io.newsflow.events;

/**
 * A named entity the article mentions.
 *
 * @param name        canonical name: the longest form used in the article ("Imran Khan", also for later "Khan")
 * @param type        PERSON, ORGANIZATION or LOCATION
 * @param mentions    how many times it is mentioned, short forms included
 * @param firstOffset character offset of the first mention in {@code body}, -1 when only in the title
 */
public record Entity(String name, String type, int mentions, int firstOffset) {

    public static final String PERSON = "PERSON";
    public static final String ORGANIZATION = "ORGANIZATION";
    public static final String LOCATION = "LOCATION";
}
