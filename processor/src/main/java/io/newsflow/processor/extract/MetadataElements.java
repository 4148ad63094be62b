package io.newsflow.processor.extract;

import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The elements of a page that the metadata selectors can match, gathered in one pass: those with attributes,
 * and the h1s. Each selector then filters this short list instead of walking the whole page again, which on a
 * mebibyte of bare nested tags (a quarter of a million elements, none with attributes) was most of the
 * metadata's time. Every selector asked must name an attribute or the h1 tag; the results are then the same,
 * in the same document order, as {@code document.select(query)}.
 */
final class MetadataElements {

    private final Document document;
    private final Elements candidates = new Elements();

    private MetadataElements(Document document) {
        this.document = document;
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element && (element.attributesSize() > 0 || element.normalName().equals("h1"))) {
                candidates.add(element);
            }
        }, document);
    }

    static MetadataElements of(Document document) {
        return new MetadataElements(document);
    }

    Document document() {
        return document;
    }

    Elements select(String query) {
        Predicate<Element> matches = QueryParser.parse(query).asPredicate(document);
        Elements found = new Elements();
        for (Element candidate : candidates) {
            if (matches.test(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    Element selectFirst(String query) {
        Predicate<Element> matches = QueryParser.parse(query).asPredicate(document);
        for (Element candidate : candidates) {
            if (matches.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
