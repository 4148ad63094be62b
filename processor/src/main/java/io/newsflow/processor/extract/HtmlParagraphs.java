package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Flattens an HTML element into paragraphs: every block element or line break ends one, inline markup
 * runs together. Paragraphs that are mostly link text ("Related: ...", tag lists) are dropped: in a
 * story, links decorate sentences rather than make them. A sentence whose own words make a clause around a
 * long link ("The suspect was convicted and [sentenced to life last Thursday].") is still the story's.
 */
final class HtmlParagraphs {

    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "blockquote", "br", "dd", "div", "dl", "dt", "figure", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "tr", "ul");
    /** A table row is one line: "HD  Home Depot  225.86  -5.44%" reads as a record, its cells alone do not. */
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final double MAX_LINK_SHARE = 0.5;
    /** Past this share even a clause is only a few words strung between links (a hover card, a link list). */
    private static final double MAX_CLAUSE_LINK_SHARE = 2 / 3.0;
    /** Words outside links that make a clause of their own, not a label such as "Related:" or "Read more:". */
    private static final int MIN_CLAUSE_WORDS = 5;
    private static final WordCounter WORDS = new WordCounter();

    List<String> of(List<Element> containers) {
        Collector collector = new Collector();
        for (Element container : containers) {
            collector.traverse(container);
            collector.flush();
        }
        return collector.paragraphs;
    }

    private static final class Collector implements NodeVisitor {
        final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int linkChars;
        private int linkDepth;
        private int wordsOutsideLinks;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                String chunk = textNode.getWholeText();
                text.append(chunk);
                if (linkDepth > 0) {
                    linkChars += chunk.strip().length();
                } else {
                    wordsOutsideLinks += WORDS.count(chunk);
                }
            } else if (node instanceof Element element) {
                if (BLOCKS.contains(element.normalName())) {
                    flush();
                } else if (CELLS.contains(element.normalName())) {
                    text.append(' ');
                } else if (element.normalName().equals("a")) {
                    linkDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                if (BLOCKS.contains(element.normalName())) {
                    flush();
                } else if (element.normalName().equals("a")) {
                    linkDepth--;
                }
            }
        }

        void flush() {
            String paragraph = collapse(text);
            if (!paragraph.isEmpty() && (linkChars <= paragraph.length() * MAX_LINK_SHARE
                    || linkChars <= paragraph.length() * MAX_CLAUSE_LINK_SHARE && wordsOutsideLinks >= MIN_CLAUSE_WORDS
                    && Text.endsSentence(paragraph))) {
                paragraphs.add(paragraph);
            }
            text.setLength(0);
            linkChars = 0;
            wordsOutsideLinks = 0;
        }

        /** HTML whitespace: any run of it, newlines included, is one space. */
        private static String collapse(CharSequence raw) {
            StringBuilder out = new StringBuilder(raw.length());
            boolean space = false;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = out.length() > 0;
                } else {
                    if (space) {
                        out.append(' ');
                        space = false;
                    }
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
