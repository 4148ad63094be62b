package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import io.newsflow.processor.extract.HtmlContentExtractor.HtmlArticle;
import java.util.ArrayList;
import java.util.List;

/** Finds the story and its metadata in an HTML page: main content from the DOM, the page's own metadata. */
final class HtmlParser {

    private final TextNormalizer normalizer;
    private final HtmlContentExtractor html = new HtmlContentExtractor();
    private final BlockClassifier classifier = new BlockClassifier();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();

    HtmlParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    ParsedPage parse(String content) {
        HtmlArticle article = html.extract(content);
        String title = article.title() == null ? null : normalizer.normalizeLine(article.title());
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
        String section = article.section() == null ? null : normalizer.normalizeLine(article.section());
        return ParsedPage.of(title == null || title.isEmpty() ? null : title, section, body);
    }
}
