package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the story and its metadata in text copied from a web page (a browser's text dump). */
final class PlainTextParser {

    /** Shorter lines between headline and story are bylines, dates and credits. */
    private static final int MIN_STANDFIRST_WORDS = 8;

    private final TextNormalizer normalizer;
    private final ParagraphAssembler assembler = new ParagraphAssembler();
    private final SectionLabelExtractor sections = new SectionLabelExtractor();
    private final BlockClassifier classifier = new BlockClassifier();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final TitleExtractor titles = new TitleExtractor();
    private final TeaserCards teasers = new TeaserCards();
    private final LineRoles roles = new LineRoles();

    PlainTextParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    ParsedPage parse(String content) {
        List<String> paragraphs = assembler.paragraphs(normalizer.normalize(content));
        String section = sections.find(paragraphs);
        if (section != null) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
        }
        Map<Integer, String> reasons = new HashMap<>();
        List<Block> blocks = teasers.demote(teasers.demote(roles.refine(classifier.classify(paragraphs), reasons)));
        Region region = boilerplate.mainRegion(blocks);
        if (region.isEmpty()) {
            // No prose to anchor on (a one-line note, a caption): keep whatever is not furniture.
            return ParsedPage.of(null, section, BoilerplateFilter.storyText(blocks, 0, blocks.size(), null));
        }
        int titleIndex = titles.find(blocks, region.start(), region.end());
        String title = titleIndex < 0 ? null : blocks.get(titleIndex).text();
        List<String> body = new ArrayList<>();
        if (titleIndex >= 0) {
            // A standfirst between the headline and the first paragraph belongs to the story.
            for (int i = titleIndex + 1; i < region.start(); i++) {
                Block block = blocks.get(i);
                if (!block.isBoilerplate() && !block.listItem() && block.words() >= MIN_STANDFIRST_WORDS) {
                    body.add(block.text());
                }
            }
        }
        body.addAll(BoilerplateFilter.storyText(blocks, region.start(), region.end(), title));
        return ParsedPage.of(title, section, body);
    }
}
