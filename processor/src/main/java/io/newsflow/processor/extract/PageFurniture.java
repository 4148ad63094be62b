package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes page furniture out of an HTML body before the story is looked for: elements that never hold
 * story text (scripts, menus, forms), then elements whose class or id names furniture. Counts what it
 * removes by reason, and keeps the link texts of the "related stories" boxes it removes.
 */
final class PageFurniture {

    /** What was removed: counts by reason, and the headlines that related-story boxes linked to. */
    record Removed(Map<String, Integer> counts, List<String> relatedHeadlines) {
    }

    /**
     * Elements that never hold story text, by tag and ARIA role, no guessing. The reasons are in removal order:
     * an element inside one removed for an earlier reason is gone before its own reason comes, and is not counted.
     */
    private static final List<String> NEVER_CONTENT = List.of(
            "script", "media", "navigation", "header", "footer", "sidebar", "form", "caption", "hidden", "dateline");
    private static final Map<String, String> NEVER_CONTENT_TAGS = Map.ofEntries(
            Map.entry("script", "script"), Map.entry("style", "script"), Map.entry("noscript", "script"),
            Map.entry("template", "script"), Map.entry("link", "script"), Map.entry("meta", "script"),
            Map.entry("svg", "media"), Map.entry("canvas", "media"), Map.entry("iframe", "media"),
            Map.entry("object", "media"), Map.entry("embed", "media"), Map.entry("nav", "navigation"),
            Map.entry("menu", "navigation"), Map.entry("header", "header"), Map.entry("footer", "footer"),
            Map.entry("aside", "sidebar"), Map.entry("button", "form"), Map.entry("select", "form"),
            Map.entry("input", "form"), Map.entry("textarea", "form"), Map.entry("figcaption", "caption"));
    private static final Map<String, String> NEVER_CONTENT_ROLES = Map.of(
            "navigation", "navigation", "banner", "header", "contentinfo", "footer", "complementary", "sidebar",
            "dialog", "hidden");
    private static final Set<String> DATE_PROPERTIES = Set.of("datePublished", "dateModified", "dateCreated");
    /** A form goes unless it holds paragraphs (some pages wrap the whole story in one). */
    private static final int FORM = NEVER_CONTENT.indexOf("form");
    private static final int KEPT = Integer.MAX_VALUE;
    /** Substrings of class or id and the reason they stand for; the first that matches wins. */
    private static final String[][] FURNITURE_NAMES = {
            {"comment", "comments"}, {"related", "related"}, {"recirc", "related"}, {"outbrain", "related"},
            {"taboola", "related"}, {"share", "share"}, {"social", "share"}, {"newsletter", "newsletter"},
            {"subscribe", "newsletter"}, {"signup", "newsletter"}, {"promo", "ads"}, {"advert", "ads"},
            {"sponsor", "ads"}, {"banner", "ads"}, {"cookie", "popup"}, {"popup", "popup"}, {"modal", "popup"},
            {"rollover", "popup"}, {"popover", "popup"}, {"hovercard", "popup"},
            {"sidebar", "sidebar"}, {"footer", "footer"}, {"breadcrumb", "navigation"}, {"menu", "navigation"},
            {"nav", "navigation"}, {"pagination", "navigation"}, {"author-bio", "byline"}, {"byline", "byline"},
            {"caption", "caption"}};
    /** Whole class tokens only: as substrings they hide in "head", "read", "gadget". */
    private static final Map<String, String> FURNITURE_TOKENS = Map.of(
            "ad", "ads", "ads", "ads", "dfp", "ads", "gpt", "ads", "tooltip", "popup", "tags", "navigation");
    private static final List<String> CONTENT_NAMES = List.of(
            "article", "body", "content", "main", "story", "entry", "post", "text", "embed");
    private static final Set<String> AFTER_STORY = Set.of("comments", "related");
    private static final int MIN_HEADLINE_WORDS = 3;

    private final WordCounter words = new WordCounter();

    Removed remove(Element body) {
        Map<String, Integer> counts = new TreeMap<>();
        removeAll(neverContent(body, counts));
        LinkedHashSet<String> related = new LinkedHashSet<>();
        Map<Element, String> furniture = namedFurniture(body);
        for (Map.Entry<Element, String> entry : furniture.entrySet()) {
            counts.merge(entry.getValue(), 1, Integer::sum);
            if (entry.getValue().equals("related")) {
                collectHeadlines(entry.getKey(), related);
            }
        }
        removeAll(furniture.keySet());
        return new Removed(counts, List.copyOf(related));
    }

    /**
     * The outermost elements that never hold story text, counting each such element by its reason, in one pass
     * over the page (a pass per reason was a fifth of the time on a mebibyte of nested tags). The count is the
     * one removing reason by reason gives: an element counts unless an ancestor goes for an earlier reason.
     */
    private static List<Element> neverContent(Element body, Map<String, Integer> counts) {
        NeverContent visitor = new NeverContent(counts);
        NodeTraversor.traverse(visitor, body);
        return visitor.outermost;
    }

    private static final class NeverContent implements NodeVisitor {
        private final Map<String, Integer> counts;
        private final List<Element> outermost = new ArrayList<>();
        /** The earliest reason for which each open ancestor goes, by depth (KEPT when none does). */
        private int[] earliest = new int[64];

        NeverContent(Map<String, Integer> counts) {
            this.counts = counts;
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return;
            }
            int above = depth == 0 ? KEPT : earliest[depth - 1];
            int own = neverContentReason(element);
            if (own != KEPT && own <= above) {
                counts.merge(NEVER_CONTENT.get(own), 1, Integer::sum);
                if (above == KEPT) {
                    outermost.add(element);
                }
            }
            if (depth == earliest.length) {
                earliest = Arrays.copyOf(earliest, depth * 2);
            }
            earliest[depth] = Math.min(above, own);
        }
    }

    /** The index in NEVER_CONTENT of the earliest reason this element goes for, or KEPT. */
    private static int neverContentReason(Element element) {
        int reason = reasonByTagOrAttributes(element);
        if (reason > FORM && element.normalName().equals("form") && !holdsParagraph(element)) {
            return FORM;
        }
        return reason;
    }

    private static int reasonByTagOrAttributes(Element element) {
        String byTag = NEVER_CONTENT_TAGS.get(element.normalName());
        int reason = byTag == null ? KEPT : NEVER_CONTENT.indexOf(byTag);
        if (element.attributesSize() > 0) {
            String byRole = NEVER_CONTENT_ROLES.get(element.attr("role").strip().toLowerCase(Locale.ROOT));
            if (byRole != null) {
                reason = Math.min(reason, NEVER_CONTENT.indexOf(byRole));
            }
            if (element.hasAttr("hidden") || element.attr("aria-hidden").strip().equalsIgnoreCase("true")) {
                reason = Math.min(reason, NEVER_CONTENT.indexOf("hidden"));
            }
            // The page's own date, marked for machines: metadata printed above the story, not a line of it.
            if (DATE_PROPERTIES.contains(element.attr("itemprop").strip()) && element.childrenSize() == 0) {
                reason = Math.min(reason, NEVER_CONTENT.indexOf("dateline"));
            }
        }
        return reason;
    }

    /** A paragraph still there when the forms' turn comes: not inside anything removed before forms. */
    private static boolean holdsParagraph(Element form) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element) || depth == 0) {
                    return FilterResult.CONTINUE;
                }
                if (reasonByTagOrAttributes(element) < FORM) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                found[0] = element.normalName().equals("p");
                return found[0] ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, form);
        return found[0];
    }

    /**
     * Class names lie at times: page wrappers called "theiaStickySidebar" or "advertisement-off-canvas--pusher"
     * hold the whole story. An element holding half the page's paragraph text stays, whatever its name.
     */
    private static Map<Element, String> namedFurniture(Element body) {
        Elements all = body.getAllElements();
        Map<Element, Integer> paragraphChars = paragraphChars(body, all);
        int total = paragraphChars.getOrDefault(body, 0);
        // In document order (jsoup nodes are equal only to themselves): related headlines come out in page
        // order on every run, where an identity map's order varied with identity hash codes.
        Map<Element, String> furniture = new LinkedHashMap<>();
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element element : all) {
            // Document order puts parents first: what lies inside removed furniture is known from its parent.
            Element parent = element.parent();
            if (parent != null && (furniture.containsKey(parent) || inside.contains(parent))) {
                inside.add(element);
                continue;
            }
            if (element == body || element.normalName().equals("article")) {
                continue;
            }
            String reason = reason(element);
            if (reason != null && paragraphChars.getOrDefault(element, 0) * 2 < total) {
                furniture.put(element, reason);
            }
        }
        return furniture;
    }

    /**
     * The reason an element's names give for removing it, or null. Names of content ("post", "entry") veto
     * the weaker furniture words ("post-sidebar" may be the story's column) but not the boxes that only ever
     * follow a story ("related-posts", "entry-comments").
     */
    static String reason(Element element) {
        if (element.attributesSize() == 0) {
            return null;
        }
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return null;
        }
        boolean content = containsAny(names);
        for (String[] name : FURNITURE_NAMES) {
            if (names.contains(name[0]) && (!content || AFTER_STORY.contains(name[1]) && !names.contains("embed"))) {
                return name[1];
            }
        }
        if (content) {
            return null;
        }
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || !Character.isLetter(names.charAt(i))) {
                String reason = i > start ? FURNITURE_TOKENS.get(names.substring(start, i)) : null;
                if (reason != null) {
                    return reason;
                }
                start = i + 1;
            }
        }
        return null;
    }

    private void collectHeadlines(Element box, LinkedHashSet<String> related) {
        for (Element link : box.select("a[href]")) {
            String text = link.text().strip();
            if (words.count(text) >= MIN_HEADLINE_WORDS) {
                related.add(text);
            }
        }
    }

    /**
     * Removing a child re-indexes its siblings, so removing thousands from one parent one by one is quadratic:
     * each parent's children are rebuilt once instead.
     */
    private static void removeAll(Collection<Element> elements) {
        Map<Element, Set<Node>> byParent = new IdentityHashMap<>();
        for (Element element : elements) {
            Element parent = element.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> Collections.newSetFromMap(new IdentityHashMap<>())).add(element);
            }
        }
        for (Map.Entry<Element, Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node child : parent.childNodes()) {
                if (!entry.getValue().contains(child)) {
                    kept.add(child);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    /** Summed bottom-up in reverse document order: linear however deep the page nests. */
    private static Map<Element, Integer> paragraphChars(Element root, Elements all) {
        Map<Element, Integer> chars = new IdentityHashMap<>(all.size() * 2);
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            int own = element.normalName().equals("p") ? element.text().length() : chars.getOrDefault(element, 0);
            if (own > 0) {
                chars.put(element, own);
                if (element != root && element.parent() != null) {
                    chars.merge(element.parent(), own, Integer::sum);
                }
            }
        }
        return chars;
    }

    private static boolean containsAny(String names) {
        for (String word : CONTENT_NAMES) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
