package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import io.newsflow.processor.extract.HtmlContentExtractor.HtmlArticle;
import io.newsflow.processor.extract.HtmlMetadata.Metadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Finds the story and its metadata in an HTML page: main content from the DOM, the page's own metadata. */
final class HtmlParser {

    /**
     * Deeper elements are parsed as siblings, as browsers do past 512. News pages nest 20 to 60 deep (52 at most
     * in the development set); every start tag checks the open elements, so on a mebibyte of unclosed tags half
     * jsoup's default 512 halves the parse (nested divs 218 to 125 ms CPU).
     */
    private static final int MAX_DEPTH = 256;

    private final TextNormalizer normalizer;
    private final HtmlMetadata metadata = new HtmlMetadata();
    private final HtmlContentExtractor html = new HtmlContentExtractor();
    private final BlockClassifier classifier = new BlockClassifier();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();

    HtmlParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    ParsedPage parse(String content) {
        Document doc = Parser.htmlParser().setMaxDepth(MAX_DEPTH).parseInput(content, "");
        Metadata meta = metadata.read(doc);
        HtmlArticle article = html.extract(doc);
        String title = line(meta.title());
        List<String> paragraphs = new ArrayList<>();
        for (String raw : article.paragraphs()) {
            String paragraph = normalizer.normalize(raw);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        List<Block> blocks = classifier.classify(paragraphs);
        Region story = article.wholePage() ? boilerplate.mainRegion(blocks) : boilerplate.beforeTail(blocks);
        List<String> body = BoilerplateFilter.storyText(blocks, story.start(), story.end(), title);
        Map<String, Integer> removed = new TreeMap<>(article.removed().counts());
        int dropped = blocks.size() - body.size();
        if (dropped > 0) {
            removed.merge("boilerplate", dropped, Integer::sum);
        }
        return new ParsedPage(title, subtitle(meta, title, body), line(meta.section()), line(meta.byline()),
                meta.authors().stream().map(this::line).toList(), line(meta.publisher()), meta.publishedAt(), body,
                article.removed().relatedHeadlines().stream().map(this::line).toList(), removed);
    }

    /**
     * The deck when the template marks one; else the page's description, unless it only repeats (or cuts
     * short) the opening of the story, as most CMSs make it by default.
     */
    private String subtitle(Metadata meta, String title, List<String> body) {
        String deck = line(meta.deck());
        if (deck != null) {
            return deck;
        }
        String description = line(meta.description());
        if (description == null || description.equalsIgnoreCase(title) || repeatsBody(description, body)) {
            return null;
        }
        return description;
    }

    /** A summary cut short ("...", "[…]") or whose middle is in the story's opening is the opening. */
    private static boolean repeatsBody(String summary, List<String> body) {
        String stripped = summary.strip();
        if (stripped.endsWith("…") || stripped.endsWith("...") || stripped.endsWith("[…]")) {
            return true;
        }
        String key = Text.comparisonKey(summary);
        int from = Math.min(key.length() / 3, 30);
        String window = key.substring(from, Math.min(key.length(), from + 50));
        String opening = Text.comparisonKey(String.join(" ", body.subList(0, Math.min(3, body.size()))));
        return !window.isBlank() && opening.contains(window);
    }

    private String line(String raw) {
        if (raw == null) {
            return null;
        }
        String line = normalizer.normalizeLine(raw);
        return line.isEmpty() ? null : line;
    }
}
