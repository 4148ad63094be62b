package io.newsflow.processor.extract;

import io.newsflow.processor.extract.PageFurniture.Removed;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the story out of an HTML page: from the element that holds it, once scripts, menus, footers, asides
 * and elements whose class or id names page furniture are gone. Changes the document it is given.
 */
final class HtmlContentExtractor {

    /**
     * The story before the text-level steps. Paragraphs are raw text, one per block; wholePage when no
     * element stood out as the story, so the paragraphs still include the page around it.
     */
    record HtmlArticle(List<String> paragraphs, boolean wholePage, Removed removed) {
    }

    private final PageFurniture furniture = new PageFurniture();
    private final MainContentLocator locator = new MainContentLocator();
    private final HtmlParagraphs flattener = new HtmlParagraphs();

    HtmlArticle extract(Document doc) {
        Element body = doc.body();
        Removed removed = furniture.remove(body);
        List<Element> story = locator.locate(body);
        boolean wholePage = story.isEmpty();
        List<String> paragraphs = flattener.of(wholePage ? List.of(body) : story);
        return new HtmlArticle(paragraphs, wholePage, removed);
    }
}
