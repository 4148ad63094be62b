package io.newsflow.processor.extract;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The elements of a page that the metadata selectors can match, gathered in one pass: those with attributes,
 * and the h1s. Each selector then filters this short list instead of walking the whole page again, which on a
 * mebibyte of bare nested tags (a quarter of a million elements, none with attributes) was most of the
 * metadata's time. Every selector asked must name an attribute or the h1 tag; the results are then the same,
 * in the same document order, as {@code document.select(query)}. A selector whose every alternative is a
 * {@code meta[...]} filters the page's meta elements only.
 */
final class MetadataElements {

    /**
     * A selector parsed once per JVM: the selectors are constants, and parsing one cost as much as matching it.
     * jsoup's evaluators are thread-safe.
     */
    private record Query(Evaluator evaluator, boolean metaOnly) {
        static Query of(String query) {
            boolean metaOnly = true;
            for (String alternative : query.split(",")) {
                metaOnly &= alternative.strip().startsWith("meta[");
            }
            return new Query(QueryParser.parse(query), metaOnly);
        }
    }

    private static final Map<String, Query> QUERIES = new ConcurrentHashMap<>();

    private final Document document;
    private final Elements candidates = new Elements();
    private final Elements metas = new Elements();
    /** Each candidate's class attribute, case-folded; made on first use. */
    private String[] foldedClasses;

    private MetadataElements(Document document) {
        this.document = document;
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element element && (element.attributesSize() > 0 || element.normalName().equals("h1"))) {
                candidates.add(element);
                if (element.normalName().equals("meta")) {
                    metas.add(element);
                }
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
        Query parsed = QUERIES.computeIfAbsent(query, Query::of);
        Predicate<Element> matches = parsed.evaluator().asPredicate(document);
        Elements found = new Elements();
        for (Element candidate : parsed.metaOnly() ? metas : candidates) {
            if (matches.test(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    /**
     * {@link #select} for a selector each of whose alternatives needs a class attribute that contains one of
     * {@code classWords} in some case (as {@code [class*=word]}, {@code .word} and {@code [class~=(?i)...word...]}
     * do), or one of the attributes {@code keys}. Other elements are skipped without running the selector, which
     * costs a look-up and a lower-casing of the class attribute per alternative on every element with attributes.
     *
     * @param classWords lower-case ASCII
     */
    Elements select(String query, List<String> classWords, List<String> keys) {
        Predicate<Element> matches = QUERIES.computeIfAbsent(query, Query::of).evaluator().asPredicate(document);
        String[] classes = foldedClasses();
        Elements found = new Elements();
        for (int i = 0; i < classes.length; i++) {
            Element candidate = candidates.get(i);
            if (mayMatch(candidate, classes[i], classWords, keys) && matches.test(candidate)) {
                found.add(candidate);
            }
        }
        return found;
    }

    private static boolean mayMatch(Element element, String foldedClass, List<String> classWords, List<String> keys) {
        for (String word : classWords) {
            if (foldedClass.contains(word)) {
                return true;
            }
        }
        for (String key : keys) {
            if (element.hasAttr(key)) {
                return true;
            }
        }
        return false;
    }

    private String[] foldedClasses() {
        if (foldedClasses == null) {
            foldedClasses = new String[candidates.size()];
            for (int i = 0; i < foldedClasses.length; i++) {
                foldedClasses[i] = fold(candidates.get(i).attr("class"));
            }
        }
        return foldedClasses;
    }

    /**
     * Each character as {@link String#equalsIgnoreCase} compares it (lower case of its upper case), so that every
     * spelling jsoup's case-insensitive class and attribute tests accept ("BYLINE", a dotless ı) contains the word.
     */
    private static String fold(String value) {
        char[] folded = new char[value.length()];
        for (int i = 0; i < folded.length; i++) {
            char c = value.charAt(i);
            folded[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c)
                    : Character.toLowerCase(Character.toUpperCase(c));
        }
        return new String(folded);
    }

    Element selectFirst(String query) {
        Query parsed = QUERIES.computeIfAbsent(query, Query::of);
        Predicate<Element> matches = parsed.evaluator().asPredicate(document);
        for (Element candidate : parsed.metaOnly() ? metas : candidates) {
            if (matches.test(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
