package io.newsflow.processor.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.events.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the schema.org article a page describes in its JSON-LD scripts: the first object typed as an article,
 * at the top, in an array or in an {@code @graph}. Hand-written JSON-LD is often slightly broken (trailing
 * commas, raw line breaks inside strings): those are read; a script that still fails is skipped.
 */
final class JsonLdReader {

    /** What the page's JSON-LD says about its article; any field may be null or empty. */
    record LdArticle(String headline, String description, String section, List<String> authors, String publisher,
                     String datePublished, List<String> breadcrumb) {
        static final LdArticle NONE = new LdArticle(null, null, null, List.of(), null, null, List.of());
    }

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "report", "techarticle",
            "scholarlyarticle", "liveblogposting", "posting", "socialmediaposting");
    private static final int MAX_NODES = 2_000;
    private static final ObjectReader LENIENT = Json.MAPPER.reader()
            .withFeatures(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS);

    LdArticle read(MetadataElements page) {
        JsonNode article = null;
        List<String> breadcrumb = List.of();
        for (Element script : page.select("script[type=application/ld+json]")) {
            for (JsonNode node : objects(parse(script.data()))) {
                if (article == null && isArticle(node)) {
                    article = node;
                } else if (breadcrumb.isEmpty() && hasType(node, "breadcrumblist")) {
                    breadcrumb = crumbs(node);
                }
            }
        }
        if (article == null) {
            return breadcrumb.isEmpty() ? LdArticle.NONE : new LdArticle(null, null, null, List.of(), null, null, breadcrumb);
        }
        return new LdArticle(text(article.get("headline")), text(article.get("description")),
                text(article.get("articleSection")), names(article.get("author")), text(article.path("publisher").get("name")),
                text(article.get("datePublished")), breadcrumb);
    }

    private static JsonNode parse(String json) {
        try {
            return LENIENT.readTree(json.strip());
        } catch (Exception e) {
            return null;
        }
    }

    /** Every object reachable through arrays and @graph, breadth first, bounded against hostile input. */
    private static List<JsonNode> objects(JsonNode root) {
        List<JsonNode> found = new ArrayList<>();
        Deque<JsonNode> queue = new ArrayDeque<>();
        if (root != null) {
            queue.add(root);
        }
        while (!queue.isEmpty() && found.size() < MAX_NODES) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                found.add(node);
                if (node.has("@graph")) {
                    queue.add(node.get("@graph"));
                }
            }
        }
        return found;
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        for (JsonNode t : type.isArray() ? type : List.of(type)) {
            if (ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasType(JsonNode node, String wanted) {
        return node.path("@type").asText().equalsIgnoreCase(wanted);
    }

    private static List<String> crumbs(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (JsonNode item : list.path("itemListElement")) {
            String name = text(item.get("name"));
            name = name != null ? name : text(item.path("item").get("name"));
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** An author is a string, a Person or Organization with a name, or an array of those. */
    private static List<String> names(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            String name = one.isObject() ? text(one.get("name")) : text(one);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** A string value, stripped; the first of an array; null for anything else or blank. */
    private static String text(JsonNode node) {
        if (node != null && node.isArray() && !node.isEmpty()) {
            node = node.get(0);
        }
        if (node == null || !node.isValueNode() || node.isNull()) {
            return null;
        }
        // Templates often print HTML-escaped text into JSON: "&#8217;", "&amp;hellip;".
        String value = Parser.unescapeEntities(Parser.unescapeEntities(node.asText(), false), false).strip();
        return value.isEmpty() ? null : value;
    }
}
