package io.newsflow.processor.extract;

import java.util.List;
import java.util.Map;

/**
 * What a page parser (plain text or HTML) finds: the story's paragraphs and the metadata the page states.
 * Everything computed from the body (language, entities, quotes...) comes after, the same for both inputs.
 *
 * @param paragraphs    the story's paragraphs, cleaned, in order
 * @param removedBlocks how many lines or blocks were dropped as boilerplate, by reason (e.g. "share", "related")
 * @param creditLines   lines left out of the body that still name who is in or behind the story: photo captions
 *                      and credits ("Photo: Getty Images", "Provided by European Space Agency")
 */
record ParsedPage(
        String title,
        String subtitle,
        String section,
        String byline,
        List<String> authors,
        String publisher,
        String publishedAt,
        List<String> paragraphs,
        List<String> relatedHeadlines,
        Map<String, Integer> removedBlocks,
        List<String> creditLines) {

    ParsedPage {
        creditLines = List.copyOf(creditLines);
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        relatedHeadlines = List.copyOf(relatedHeadlines);
        removedBlocks = Map.copyOf(removedBlocks);
    }

    /** A page whose parser keeps no credit lines. */
    ParsedPage(String title, String subtitle, String section, String byline, List<String> authors, String publisher,
            String publishedAt, List<String> paragraphs, List<String> relatedHeadlines,
            Map<String, Integer> removedBlocks) {
        this(title, subtitle, section, byline, authors, publisher, publishedAt, paragraphs, relatedHeadlines,
                removedBlocks, List.of());
    }

    /** A page with only a title, paragraphs and section known: the other fields empty. */
    static ParsedPage of(String title, String section, List<String> paragraphs) {
        return new ParsedPage(title, null, section, null, List.of(), null, null, paragraphs, List.of(), Map.of());
    }
}
