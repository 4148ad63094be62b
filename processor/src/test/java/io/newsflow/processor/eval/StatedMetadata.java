package io.newsflow.processor.eval;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Which metadata fields an HTML page states in its own head (Open Graph, {@code article:*} and author meta tags,
 * schema.org JSON-LD), as opposed to what an extractor guesses from the visible markup. Only those fields of the
 * HTML extraction serve as silver labels for the plain-text one: a page's stated metadata is usually right, its
 * layout a guess like any other.
 */
final class StatedMetadata {

    enum Field { TITLE, AUTHORS, PUBLISHED_AT, PUBLISHER, SECTION }

    /** The fields a page states, and every name it gives its publisher (brand and company often differ). */
    record Stated(Set<Field> fields, Set<String> publishers) {
    }

    private static final String TITLE = "meta[property=og:title], meta[name=twitter:title]";
    private static final String AUTHORS = "meta[name=author], meta[property=article:author], meta[name=article:author]";
    private static final String PUBLISHED_AT = "meta[property=article:published_time], "
            + "meta[name=article:published_time], meta[itemprop=datePublished], meta[name=pubdate], "
            + "meta[name=publish-date], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued]";
    private static final String PUBLISHER = "meta[property=og:site_name], meta[name=application-name]";
    private static final String SECTION = "meta[property=article:section], meta[name=article:section]";

    private StatedMetadata() {
    }

    static Stated of(String html) {
        Document doc = Jsoup.parse(html);
        Set<Field> stated = EnumSet.noneOf(Field.class);
        Set<String> publishers = new LinkedHashSet<>();
        for (Element meta : doc.select(PUBLISHER)) {
            publishers.add(meta.attr("content").strip());
        }
        addIfStated(doc, TITLE, Field.TITLE, stated);
        addIfStated(doc, AUTHORS, Field.AUTHORS, stated);
        addIfStated(doc, PUBLISHED_AT, Field.PUBLISHED_AT, stated);
        addIfStated(doc, PUBLISHER, Field.PUBLISHER, stated);
        addIfStated(doc, SECTION, Field.SECTION, stated);
        for (Element script : doc.select("script[type=application/ld+json]")) {
            addJsonLdFields(script.data(), stated, publishers);
        }
        publishers.remove("");
        return new Stated(stated, publishers);
    }

    private static void addIfStated(Document doc, String selector, Field field, Set<Field> stated) {
        for (Element meta : doc.select(selector)) {
            if (!meta.attr("content").isBlank()) {
                stated.add(field);
            }
        }
    }

    private static void addJsonLdFields(String json, Set<Field> stated, Set<String> publishers) {
        JsonNode root;
        try {
            root = Json.MAPPER.reader().withFeatures(JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).readTree(json.strip());
        } catch (java.io.IOException e) {
            return; // a broken script states nothing
        }
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.add(root == null ? Json.MAPPER.nullNode() : root);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node.isObject()) {
                addIfPresent(node, "headline", Field.TITLE, stated);
                addIfPresent(node, "author", Field.AUTHORS, stated);
                addIfPresent(node, "datePublished", Field.PUBLISHED_AT, stated);
                addIfPresent(node, "publisher", Field.PUBLISHER, stated);
                addIfPresent(node, "articleSection", Field.SECTION, stated);
                JsonNode publisher = node.path("publisher");
                publishers.add((publisher.isTextual() ? publisher : publisher.path("name")).asText("").strip());
            }
            node.forEach(pending::add);
        }
    }

    private static void addIfPresent(JsonNode node, String name, Field field, Set<Field> stated) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank())) {
            stated.add(field);
        }
    }
}
