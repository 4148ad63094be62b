package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the prose of teaser cards: the blurbs under other stories' headlines in lists around an article. A
 * text dump shows no links, so only layout tells a blurb from a paragraph: a story's paragraphs follow one
 * another, while each blurb sits alone between the short lines of its card (picture, headline, author, date)
 * and the next card. Such prose is demoted to a short line, so a list of cards stops the story instead of
 * extending it.
 */
final class TeaserCards {

    /** A headline and a byline or a date above a blurb: one line above is only a subheading. */
    private static final int MIN_LINES_ABOVE = 2;
    /** Blurbs are a sentence or two; a longer paragraph under a heading is a section of the story. */
    private static final int MAX_BLURB_WORDS = 60;

    List<Block> demote(List<Block> blocks) {
        boolean[] blurb = new boolean[blocks.size()];
        int previous = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (isProse(blocks.get(i))) {
                blurb[i] = isBlurbShaped(blocks, i);
                previous = i;
            }
        }
        List<Block> out = new ArrayList<>(blocks);
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (isProse(blocks.get(i))) {
                int next = nextProse(blocks, i);
                // One card is a box; a list of them is what the story must not run into.
                if (blurb[i] && (last >= 0 && blurb[last] || next >= 0 && blurb[next])) {
                    Block block = blocks.get(i);
                    out.set(i, new Block(block.text(), Kind.OTHER, block.words(), block.listItem()));
                }
                last = i;
            }
        }
        return out;
    }

    private static boolean isBlurbShaped(List<Block> blocks, int i) {
        return blocks.get(i).words() <= MAX_BLURB_WORDS && shortLinesAbove(blocks, i) >= MIN_LINES_ABOVE
                && (i + 1 == blocks.size() || !isProse(blocks.get(i + 1)));
    }

    private static int nextProse(List<Block> blocks, int index) {
        for (int i = index + 1; i < blocks.size(); i++) {
            if (isProse(blocks.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int shortLinesAbove(List<Block> blocks, int index) {
        int lines = 0;
        for (int i = index - 1; i >= 0 && !isProse(blocks.get(i)); i--) {
            lines++;
        }
        return lines;
    }

    private static boolean isProse(Block block) {
        return block.kind() == Kind.CONTENT;
    }
}
