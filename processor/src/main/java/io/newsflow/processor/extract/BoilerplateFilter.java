package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the article inside a page: the run of paragraphs where prose outweighs page furniture most
 * (a maximum-sum segment, linear time). Prose scores its words, furniture costs at least a few words, so a
 * lone "Advertisement" inside the story does not split it while a menu or a list of other stories stops it.
 * A heading that opens the page's tail (comments, related stories, an author box) costs so much that
 * only a long stretch of prose after it (the rest of a story interrupted by a box) is worth crossing it.
 */
final class BoilerplateFilter {

    /** The main run of paragraphs, [start, end); empty when the page has no prose. */
    record Region(int start, int end) {
        boolean isEmpty() {
            return start >= end;
        }
    }

    private static final double OTHER_COST = 2;
    private static final double LIST_ITEM_COST = 3;
    private static final double MIN_BOILERPLATE_COST = 5;
    /** A tail heading ends the story unless about a hundred words of prose follow it. */
    private static final double END_MARKER_COST = 100;
    private static final int WORDS_BEFORE_TAIL = 50;

    Region mainRegion(List<Block> blocks) {
        double best = 0;
        int bestStart = 0;
        int bestEnd = 0;
        double sum = 0;
        int start = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (sum <= 0) {
                sum = 0;
                start = i;
            }
            sum += score(blocks.get(i));
            if (sum > best) {
                best = sum;
                bestStart = start;
                bestEnd = i + 1;
            }
        }
        return new Region(bestStart, bestEnd);
    }

    /**
     * For a story already cut out of its page (HTML): all of it up to a heading that opens the page's tail,
     * once some prose has been read (before that, such a heading is a box inside the story).
     */
    Region beforeTail(List<Block> blocks) {
        int prose = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.END_MARKER && prose >= WORDS_BEFORE_TAIL) {
                return new Region(0, i);
            }
            if (block.kind() == Kind.CONTENT) {
                prose += block.words();
            }
        }
        return new Region(0, blocks.size());
    }

    /**
     * A text with no furniture at all is a story already cut out of its page (a wire copy, a feed's text): what
     * follows its last paragraph (a results table, "Japan 2 Syria 1", a closing short line) is the story's too.
     */
    static Region toEndOfCleanText(List<Block> blocks, Region region) {
        if (region.isEmpty()) {
            return region;
        }
        for (Block block : blocks) {
            if (block.kind() == Kind.BOILERPLATE || block.kind() == Kind.END_MARKER) {
                return region;
            }
        }
        return new Region(region.start(), blocks.size());
    }

    private static double score(Block block) {
        return switch (block.kind()) {
            case CONTENT -> block.words();
            case SHORT_SENTENCE -> block.words() / 2.0;
            case OTHER -> block.listItem() ? -LIST_ITEM_COST : -OTHER_COST;
            case NOISE -> -MIN_BOILERPLATE_COST;
            case BOILERPLATE -> -Math.max(MIN_BOILERPLATE_COST, block.words());
            case END_MARKER -> -Math.max(END_MARKER_COST, block.words());
        };
    }

    /** The story's paragraphs in [start, end): boilerplate and a repeat of the title left out. */
    static List<String> storyText(List<Block> blocks, int start, int end, String title) {
        List<String> kept = new ArrayList<>();
        for (Block block : blocks.subList(start, end)) {
            if (!block.isBoilerplate() && !block.text().equalsIgnoreCase(title)) {
                kept.add(block.text());
            }
        }
        return kept;
    }
}
