package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts the lines a page parser left out of the body, by why: what they say ("share", "advertisement"), what
 * they are (a "byline", a "caption", a "related" list, an "author-bio") or, for the rest, where they sit:
 * "navigation" above the story, "boilerplate" inside it, "footer" below it.
 */
final class RemovalCounts {

    /**
     * @param reasons the reasons already known, by block index
     * @param used    the blocks in the body or in the metadata: not removed
     * @param related the lines of lists of other stories
     */
    Map<String, Integer> count(List<Block> blocks, int storyStart, int storyEnd, Map<Integer, String> reasons,
            Set<Integer> used, Set<Integer> related) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean authorBox = isAuthorName(blocks, i) || i > 0 && isAuthorName(blocks, i - 1);
            if (!used.contains(i)) {
                counts.merge(reason(block, i, storyStart, storyEnd, reasons, related, authorBox), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String reason(Block block, int i, int storyStart, int storyEnd, Map<Integer, String> reasons,
            Set<Integer> related, boolean authorBox) {
        String known = reasons.get(i);
        if (known != null) {
            return known;
        }
        if (related.contains(i)) {
            return "related";
        }
        if (authorBox) {
            return "author-bio";
        }
        String purpose = PageVocabulary.purpose(block.key());
        if (purpose != null) {
            return purpose;
        }
        return i < storyStart ? "navigation" : i < storyEnd ? "boilerplate" : "footer";
    }

    /** The classifier marks an author box as a short tail heading followed by a biography. */
    private static boolean isAuthorName(List<Block> blocks, int i) {
        return blocks.get(i).kind() == Kind.END_MARKER && i + 1 < blocks.size()
                && !PageVocabulary.isTailHeading(blocks.get(i))
                && PageVocabulary.mentionsJournalism(blocks.get(i + 1).text());
    }
}
