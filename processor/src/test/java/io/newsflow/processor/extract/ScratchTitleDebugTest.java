package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import io.newsflow.processor.extract.ParagraphAssembler.Layout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTitleDebugTest {
    @Test
    void dump() throws Exception {
        Path dir = Path.of("/work/shared/eval-dev/article-body");
        for (String prefix : System.getProperty("ids", "").split(",")) {
            Path file;
            try (var s = Files.list(dir)) {
                file = s.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".txt")).findFirst().orElseThrow();
            }
            Layout layout = new ParagraphAssembler().layout(new TextNormalizer().normalize(Files.readString(file)));
            List<String> paragraphs = layout.paragraphs();
            BitSet blockStarts = layout.blockStarts();
            String section = new SectionLabelExtractor().find(paragraphs);
            if (section != null) {
                paragraphs = paragraphs.subList(1, paragraphs.size());
                blockStarts = blockStarts.get(1, Math.max(1, blockStarts.length()));
            }
            TeaserCards teasers = new TeaserCards();
            StoryLists lists = new StoryLists();
            List<Block> blocks = teasers.demote(teasers.demote(new LineRoles().refine(new BlockClassifier().classify(paragraphs), new HashMap<>())));
            blocks = lists.endAtRelatedLists(lists.keepTables(blocks, blockStarts));
            Region region = lists.withAnnouncedList(blocks, new BoilerplateFilter().mainRegion(blocks), blockStarts);
            int t = new TitleExtractor().find(blocks, region.start(), region.end());
            System.out.println("=== " + prefix + " region " + region.start() + ".." + region.end() + " title " + t);
            for (int i = Math.max(0, region.start() - 40); i < Math.min(blocks.size(), region.start() + 4); i++) {
                Block b = blocks.get(i);
                String text = b.text();
                System.out.printf("%4d %-14s w%-3d %s %s%n", i, b.kind(), b.words(), b.listItem() ? "L" : " ", text.length() > 140 ? text.substring(0, 140) : text);
            }
        }
    }
}
