package io.newsflow.processor.extract;

import io.newsflow.processor.extract.ArticleHeader.Header;
import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import io.newsflow.processor.extract.ParagraphAssembler.Layout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the story and its metadata in text copied from a web page (a browser's text dump). */
final class PlainTextParser {

    /** Credits under a story's last paragraph: its last picture's, or the story's own source. */
    private static final int CREDITS_AFTER_STORY = 3;

    private final TextNormalizer normalizer;
    private final ParagraphAssembler assembler = new ParagraphAssembler();
    private final SectionLabelExtractor sections = new SectionLabelExtractor();
    private final BlockClassifier classifier = new BlockClassifier();
    private final BoilerplateFilter boilerplate = new BoilerplateFilter();
    private final TitleExtractor titles = new TitleExtractor();
    private final TeaserCards teasers = new TeaserCards();
    private final StoryLists lists = new StoryLists();
    private final LineRoles roles = new LineRoles();
    private final ArticleHeader headers = new ArticleHeader();
    private final RelatedHeadlinesExtractor relatedHeadlines = new RelatedHeadlinesExtractor();
    private final RemovalCounts removals = new RemovalCounts();
    private final PublisherExtractor publishers = new PublisherExtractor();
    private final BylineExtractor bylines = new BylineExtractor();
    private final DatelineExtractor datelines = new DatelineExtractor();

    PlainTextParser(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** @param today the day the page was read, for a date line that leaves out the year */
    ParsedPage parse(String content, LocalDate today) {
        Layout layout = assembler.layout(normalizer.clean(content));
        List<String> paragraphs = layout.paragraphs();
        BitSet blockStarts = layout.blockStarts();
        List<LineReading> lineReadings = layout.readings();
        String section = sections.find(paragraphs);
        if (section != null) {
            paragraphs = paragraphs.subList(1, paragraphs.size());
            lineReadings = lineReadings.subList(1, lineReadings.size());
            blockStarts = blockStarts.get(1, Math.max(1, blockStarts.length()));
        }
        Map<Integer, String> reasons = new HashMap<>();
        CreditReadings readings = new CreditReadings(bylines, datelines);
        List<Block> blocks = teasers.demote(teasers.demote(roles.refine(classifier.classify(paragraphs, lineReadings),
                reasons, readings)));
        blocks = lists.endAtRelatedLists(lists.keepTables(blocks, blockStarts));
        Region region = BoilerplateFilter.toEndOfCleanText(blocks,
                lists.withAnnouncedList(blocks, boilerplate.mainRegion(blocks), blockStarts));
        if (region.isEmpty()) {
            // No prose to anchor on (a one-line note, a caption): keep whatever is not furniture.
            return ParsedPage.of(null, section, BoilerplateFilter.storyText(blocks, 0, blocks.size(), null));
        }
        int titleIndex = titles.find(blocks, region.start(), region.end(), readings);
        String title = titleIndex < 0 ? null : blocks.get(titleIndex).text();
        Header header = headers.read(blocks, titleIndex, region.start(), today, readings);
        Set<Integer> used = new HashSet<>(header.lead());
        if (titleIndex >= 0) {
            used.add(titleIndex);
        }
        if (header.subtitleIndex() >= 0) {
            used.add(header.subtitleIndex());
        }
        List<String> body = new ArrayList<>();
        int dateline = (header.lead().isEmpty() ? region.start() : header.lead().get(0)) - 1;
        if (dateline > Math.max(titleIndex, header.subtitleIndex()) && !used.contains(dateline)
                && DatelineExtractor.isPlaceDateline(blocks.get(dateline).text())) {
            // "LONDON 1996-08-30" above a wire story: its first words, which name where it happens.
            body.add(blocks.get(dateline).text());
            used.add(dateline);
        }
        for (int i : header.lead()) {
            body.add(blocks.get(i).text());
        }
        for (int i = region.start(); i < region.end(); i++) {
            Block block = blocks.get(i);
            if (!block.isBoilerplate() && !block.text().equalsIgnoreCase(title) && i != header.subtitleIndex()) {
                body.add(block.text());
                used.add(i);
            }
        }
        Set<Integer> listed = new HashSet<>();
        List<String> related = relatedHeadlines.find(blocks, region.start(), listed);
        List<String> authors = header.authors().isEmpty() ? authorBoxName(blocks, region.end()) : header.authors();
        List<String> lines = BlockClassifier.texts(blocks, 0, blocks.size());
        String publisher = publishers.find(lines, marks(blocks), titleIndex >= 0 ? titleIndex : region.start(), title);
        title = title == null ? null : PublisherExtractor.withoutSiteSuffix(title, publisher);
        if (section == null && titleIndex >= 0) {
            String crumb = sections.fromBreadcrumb(lines, titleIndex);
            section = crumb != null ? crumb : sections.fromKicker(lines, titleIndex);
        }
        if (section == null) {
            section = sections.fromTags(lines, region.end());
        }
        return new ParsedPage(title, header.subtitle(), section, header.byline(), authors, publisher,
                header.publishedAt(), body, related,
                removals.count(blocks, region.start(), region.end(), reasons, used, listed),
                creditLines(blocks, region, used, reasons));
    }

    private static long[] marks(List<Block> blocks) {
        long[] marks = new long[blocks.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = blocks.get(i).reading().marks;
        }
        return marks;
    }

    /** The story's captions and credits, and those just under it, that the body left out. */
    private static List<String> creditLines(List<Block> blocks, Region region, Set<Integer> used,
            Map<Integer, String> reasons) {
        List<String> credits = new ArrayList<>();
        for (int i = region.start(); i < Math.min(blocks.size(), region.end() + CREDITS_AFTER_STORY); i++) {
            Block block = blocks.get(i);
            if (!used.contains(i) && (LineRoles.CAPTION.equals(reasons.get(i)) || LineRoles.isCredit(block))) {
                credits.add(block.text());
            }
        }
        return credits;
    }

    /** "IFP Editorial Staff" above its biography after the story: the author, when no byline names one. */
    private static List<String> authorBoxName(List<Block> blocks, int storyEnd) {
        for (int i = storyEnd; i + 1 < blocks.size(); i++) {
            Block name = blocks.get(i);
            if (name.kind() == BlockClassifier.Kind.END_MARKER && blocks.get(i + 1).kind() == BlockClassifier.Kind.BOILERPLATE
                    && !PageVocabulary.isTailHeading(name)
                    && PageVocabulary.mentionsJournalism(blocks.get(i + 1).text())) {
                return List.of(name.text());
            }
        }
        return List.of();
    }
}
