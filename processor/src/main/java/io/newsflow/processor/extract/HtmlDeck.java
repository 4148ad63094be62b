package io.newsflow.processor.extract;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Finds the deck (standfirst, dek): the sentence or two under the headline that sums the story up, in an
 * element the template names for it. Summaries of other stories use the same words ("excerpt", "teaser"),
 * so only the names used for a page's own deck count, and only a sentence-sized text.
 */
final class HtmlDeck {

    private static final String CANDIDATES = "[class*=dek], [class*=deck], [class*=standfirst], [class*=subtitle], "
            + "[class*=subheadline], [class*=summary], [itemprop=description], [itemprop=alternativeHeadline]";
    /** What every alternative of {@link #CANDIDATES} needs: one of these words in the class ("dek" covers "deck"), or the attribute. */
    private static final List<String> CLASS_WORDS = List.of("dek", "standfirst", "subtitle", "subheadline", "summary");
    private static final List<String> KEYS = List.of("itemprop");
    private static final int MIN_WORDS = 5;
    private static final int MAX_WORDS = 80;

    private HtmlDeck() {
    }

    static String find(MetadataElements page, String title) {
        for (Element element : page.select(CANDIDATES, CLASS_WORDS, KEYS)) {
            if (element.normalName().equals("meta") || !isDeckName(element) || element.closest("nav, footer, aside") != null) {
                continue;
            }
            String text = element.text().strip();
            int words = words(text);
            if (words >= MIN_WORDS && words <= MAX_WORDS && !text.equalsIgnoreCase(title)) {
                return text;
            }
        }
        return null;
    }

    /** Whole class tokens, or their ends ("articleDek", "m-detail-header--dek"), not "deckchair" or "summary-list". */
    private static boolean isDeckName(Element element) {
        if (element.hasAttr("itemprop")) {
            return true;
        }
        for (String name : element.classNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith("dek") || lower.endsWith("deck") || lower.endsWith("standfirst")
                    || lower.endsWith("subtitle") || lower.endsWith("subheadline") || lower.endsWith("-summary")
                    || lower.equals("summary")) {
                return true;
            }
        }
        return false;
    }

    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = Character.isLetterOrDigit(text.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter;
        }
        return words;
    }
}
