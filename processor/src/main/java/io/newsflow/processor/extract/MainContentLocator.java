package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Locates the story in a cleaned HTML body. Paragraphs vote for their parent and, less, for the two
 * elements above (Readability's scoring: more for commas and length, less for link text); the winner then
 * climbs while that adds more paragraph text than other text, for stories whose paragraphs each sit in
 * their own box; siblings that scored well join it, for stories split in parts.
 */
final class MainContentLocator {

    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final double SIBLING_SHARE = 0.2;

    /** Text under one element, by kind; links count as other text as well. */
    private static final class TextMass {
        int paragraph;
        int other;
        int links;
        boolean inParagraph;
        boolean inLink;

        double linkDensity() {
            int all = paragraph + other;
            return all == 0 ? 0 : (double) links / all;
        }

        int paragraphMinusOther() {
            return paragraph - other;
        }
    }

    /** @return the elements holding the story, in document order; none when no paragraph scores */
    List<Element> locate(Element body) {
        Map<Element, TextMass> mass = measure(body);
        Map<Element, Double> scores = score(body, mass);
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                best = entry.getKey();
                bestScore = entry.getValue();
            }
        }
        if (best == null) {
            return List.of();
        }
        best = climb(best, body, mass);
        if (best == body || best.parent() == null) {
            return List.of(best);
        }
        List<Element> containers = new ArrayList<>();
        for (Element sibling : best.parent().children()) {
            if (sibling == best || scores.getOrDefault(sibling, 0.0) >= bestScore * SIBLING_SHARE) {
                containers.add(sibling);
            }
        }
        return containers;
    }

    private static Map<Element, Double> score(Element body, Map<Element, TextMass> mass) {
        // jsoup nodes are equal only to themselves; a linked map makes ties go to the first in document order
        // on every run, where an identity map's order (and so the winner) varied with identity hash codes.
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element p : body.select("p, pre")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
            Element ancestor = p.parent();
            for (int level = 0; ancestor != null && level < 3; level++, ancestor = ancestor.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                scores.merge(ancestor, score * share, Double::sum);
            }
        }
        scores.replaceAll((element, score) -> {
            TextMass m = mass.get(element);
            return m == null ? 0 : score * (1 - m.linkDensity());
        });
        return scores;
    }

    private static Element climb(Element best, Element body, Map<Element, TextMass> mass) {
        Element current = best;
        while (current != body && current.parent() != null && mass.containsKey(current.parent())
                && mass.get(current.parent()).paragraphMinusOther() >= mass.get(current).paragraphMinusOther()) {
            current = current.parent();
        }
        return current;
    }

    /** One pass down for context, one pass up for sums: no recursion, so no stack limit on deep pages. */
    private static Map<Element, TextMass> measure(Element body) {
        Elements all = body.getAllElements();
        Map<Element, TextMass> mass = new IdentityHashMap<>(all.size() * 2);
        for (Element element : all) {
            TextMass m = new TextMass();
            TextMass parent = element == body ? null : mass.get(element.parent());
            String name = element.normalName();
            m.inParagraph = parent != null && parent.inParagraph || name.equals("p") || name.equals("pre");
            m.inLink = parent != null && parent.inLink || name.equals("a");
            mass.put(element, m);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Element element = all.get(i);
            TextMass m = mass.get(element);
            for (Node child : element.childNodes()) {
                if (child instanceof TextNode text) {
                    int length = text.text().strip().length();
                    if (m.inLink) {
                        m.links += length;
                    }
                    if (m.inParagraph && !m.inLink) {
                        m.paragraph += length;
                    } else {
                        m.other += length;
                    }
                }
            }
            TextMass parent = element == body ? null : mass.get(element.parent());
            if (parent != null) {
                parent.paragraph += m.paragraph;
                parent.other += m.other;
                parent.links += m.links;
            }
        }
        return mass;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '،' || c == '，') {
                n++;
            }
        }
        return n;
    }
}
