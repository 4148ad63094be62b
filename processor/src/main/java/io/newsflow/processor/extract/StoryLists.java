package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Keeps the lists that belong to a story although, line by line, they look like page furniture: short lines
 * without a full stop. Two shapes tell them apart in a text dump. A table printed as text (tour dates,
 * a season's calendar, results) is a run of lines printed together, each a number, a dash and a name; a
 * menu has no such rows. And a list the story announces ("The dates:") follows the line that announces it.
 */
final class StoryLists {

    /** Fewer rows than this are a date line or two, not a table. */
    private static final int MIN_ROWS = 4;
    private static final int MAX_ROW_WORDS = 20;
    private static final int MIN_RELATED_ITEMS = 2;
    private static final String[] DASHES = {" – ", " — ", " -- ", " - "};

    /** The blocks with each row of a table printed as text counted as a short sentence of the story. */
    List<Block> keepTables(List<Block> blocks, BitSet blockStarts) {
        List<Block> out = new ArrayList<>(blocks);
        int i = 0;
        while (i < blocks.size()) {
            int end = i;
            while (end < blocks.size() && isRow(blocks.get(end)) && (end == i || !blockStarts.get(end))) {
                end++;
            }
            if (end - i >= MIN_ROWS) {
                for (int k = i; k < end; k++) {
                    Block row = blocks.get(k);
                    out.set(k, row.as(Kind.SHORT_SENTENCE, false));
                }
            }
            i = Math.max(end, i + 1);
        }
        return out;
    }

    /**
     * The blocks with each heading of a list of other stories ("Related", "Most Read") that is followed by
     * its items, bulleted or numbered, turned into the end of the story: as a bare word it may be a link.
     */
    List<Block> endAtRelatedLists(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks);
        for (int i = 0; i + MIN_RELATED_ITEMS < blocks.size(); i++) {
            Block heading = blocks.get(i);
            if (heading.kind() != Kind.END_MARKER && !heading.listItem()
                    && PageVocabulary.isRelatedListHeading(heading) && itemsFollow(blocks, i)) {
                out.set(i, heading.as(Kind.END_MARKER, false));
            }
        }
        return out;
    }

    private static boolean itemsFollow(List<Block> blocks, int heading) {
        for (int i = heading + 1; i <= heading + MIN_RELATED_ITEMS; i++) {
            Block item = blocks.get(i);
            if (!item.listItem() && !isNumbered(item.text())) {
                return false;
            }
        }
        return true;
    }

    /** "1. Headline", "12) Headline". */
    private static boolean isNumbered(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits <= 2 && digits + 1 < text.length()
                && (text.charAt(digits) == '.' || text.charAt(digits) == ')') && text.charAt(digits + 1) == ' ';
    }

    /**
     * The region, extended over the list that its last line announces with a colon: the lines printed with
     * that line, or the bulleted items after it, up to the first piece of furniture.
     */
    Region withAnnouncedList(List<Block> blocks, Region region, BitSet blockStarts) {
        if (region.isEmpty() || !blocks.get(region.end() - 1).text().endsWith(":")) {
            return region;
        }
        int end = region.end();
        while (end < blocks.size() && isItem(blocks.get(end)) && (blocks.get(end).listItem() || !blockStarts.get(end))) {
            end++;
        }
        return new Region(region.start(), end);
    }

    private static boolean isItem(Block block) {
        return !block.isBoilerplate() && !block.text().endsWith(":");
    }

    private static boolean isRow(Block block) {
        if (block.listItem() || block.words() < 3 || block.words() > MAX_ROW_WORDS
                || block.kind() == Kind.BOILERPLATE || block.kind() == Kind.END_MARKER) {
            return false;
        }
        String text = block.text();
        return Text.hasDigit(text) && hasSpacedDash(text);
    }

    private static boolean hasSpacedDash(String text) {
        for (String dash : DASHES) {
            if (text.contains(dash)) {
                return true;
            }
        }
        return false;
    }
}
