package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: the headline and section from its metadata, the story from the element that holds
 * it, once scripts, menus, footers, asides and elements whose class or id names page furniture are gone.
 */
final class HtmlContentExtractor {

    /**
     * What the page says, before the text-level steps. Paragraphs are raw text, one per block; wholePage
     * when no element stood out as the story, so the paragraphs still include the page around it.
     */
    record HtmlArticle(String title, String section, List<String> paragraphs, boolean wholePage) {
    }

    private static final String NEVER_CONTENT = "script, style, noscript, template, svg, canvas, iframe, object, "
            + "embed, nav, footer, aside, header, button, select, input, textarea, figcaption, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [role=dialog]";
    private static final List<String> FURNITURE_NAMES = List.of(
            "comment", "share", "social", "related", "newsletter", "promo", "advert", "sponsor", "cookie",
            "sidebar", "footer", "breadcrumb", "subscribe", "popup", "modal", "menu", "nav", "banner", "signup",
            "recirc", "outbrain", "taboola", "author-bio", "byline", "caption", "pagination");
    private static final List<String> CONTENT_NAMES = List.of(
            "article", "body", "content", "main", "story", "entry", "post", "text");

    private final MainContentLocator locator = new MainContentLocator();
    private final HtmlParagraphs flattener = new HtmlParagraphs();

    HtmlArticle extract(String html) {
        Document doc = Jsoup.parse(html);
        String title = title(doc);
        String section = doc.select("meta[property=article:section]").attr("content").strip();
        doc.select(NEVER_CONTENT).remove();
        Element body = doc.body();
        removeFurniture(body);
        List<Element> story = locator.locate(body);
        boolean wholePage = story.isEmpty();
        List<String> paragraphs = flattener.of(wholePage ? List.of(body) : story);
        return new HtmlArticle(title, section.isEmpty() ? null : section, paragraphs, wholePage);
    }

    private static String title(Document doc) {
        String og = doc.select("meta[property=og:title], meta[name=og:title]").attr("content").strip();
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        String title = doc.title().strip();
        return title.isEmpty() ? null : title;
    }

    /**
     * Class names lie at times: page wrappers called "theiaStickySidebar" or "advertisement-off-canvas--pusher"
     * hold the whole story. An element holding half the page's paragraph text stays, whatever its name.
     */
    private static void removeFurniture(Element body) {
        Map<Element, Integer> paragraphChars = paragraphChars(body);
        int total = paragraphChars.getOrDefault(body, 0);
        List<Element> furniture = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
            if (element != body && !names.isBlank() && containsAny(names, FURNITURE_NAMES)
                    && !containsAny(names, CONTENT_NAMES) && !element.normalName().equals("article")
                    && paragraphChars.getOrDefault(element, 0) * 2 < total) {
                furniture.add(element);
            }
        }
        furniture.forEach(Element::remove);
    }

    private static Map<Element, Integer> paragraphChars(Element root) {
        Map<Element, Integer> chars = new IdentityHashMap<>();
        for (Element p : root.select("p")) {
            int length = p.text().length();
            for (Element e = p; e != null; e = e.parent()) {
                chars.merge(e, length, Integer::sum);
            }
        }
        return chars;
    }

    private static boolean containsAny(String names, List<String> words) {
        for (String word : words) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
