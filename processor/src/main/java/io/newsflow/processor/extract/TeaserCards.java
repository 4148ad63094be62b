package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.ArrayList;
import java.util.Arrays;
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
        int[] prose = proseIndexes(blocks);
        boolean[] blurb = new boolean[prose.length];
        for (int p = 0; p < prose.length; p++) {
            blurb[p] = isBlurbShaped(blocks, prose[p]);
        }
        List<Block> out = new ArrayList<>(blocks);
        for (int p = 0; p < prose.length; p++) {
            // One card is a box; a list of them is what the story must not run into.
            if (blurb[p] && (p > 0 && blurb[p - 1] || p + 1 < prose.length && blurb[p + 1])) {
                Block block = blocks.get(prose[p]);
                out.set(prose[p], block.as(Kind.OTHER));
            }
        }
        return out;
    }

    private static int[] proseIndexes(List<Block> blocks) {
        int[] prose = new int[blocks.size()];
        int count = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (isProse(blocks.get(i))) {
                prose[count++] = i;
            }
        }
        return Arrays.copyOf(prose, count);
    }

    private static boolean isBlurbShaped(List<Block> blocks, int i) {
        return blocks.get(i).words() <= MAX_BLURB_WORDS && shortLinesAbove(blocks, i) >= MIN_LINES_ABOVE
                && (i + 1 == blocks.size() || !isProse(blocks.get(i + 1)));
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
