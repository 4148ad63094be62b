package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the headlines of other stories a page lists ("Recent Posts", "Related", "Read more: ..."), which the
 * body leaves out but which say what the story is linked to. Under a list heading, an item is a headline-shaped
 * line; its blurb, its date and its picture are not. The list ends at the next tail heading or at prose.
 */
final class RelatedHeadlinesExtractor {

    private static final int MAX_HEADLINES = 20;
    private static final int MIN_WORDS = 2;
    private static final int MAX_WORDS = 25;
    /** A list is over when this many lines in a row hold no headline. */
    private static final int MAX_GAP = 4;

    /** The headlines from the story on, in page order, without repeats; {@code listed} gets every list line's index. */
    List<String> find(List<Block> blocks, int storyStart, Set<Integer> listed) {
        Set<String> headlines = new LinkedHashSet<>();
        // Above the story, a list under such a heading is a menu.
        for (int i = storyStart; i < blocks.size() && headlines.size() < MAX_HEADLINES; i++) {
            Block block = blocks.get(i);
            String inline = PageVocabulary.inlineRelatedHeadline(block.text());
            if (inline != null && isHeadline(inline, block.words())) {
                headlines.add(inline);
                listed.add(i);
            } else if (!block.listItem() && PageVocabulary.isRelatedListHeading(block)) {
                i = readList(blocks, i, headlines, listed);
            }
        }
        return List.copyOf(headlines).subList(0, Math.min(headlines.size(), MAX_HEADLINES));
    }

    /** Reads the list under the heading at {@code heading}; returns the index of its last line. */
    private static int readList(List<Block> blocks, int heading, Set<String> headlines, Set<Integer> listed) {
        listed.add(heading);
        int gap = 0;
        int i = heading + 1;
        for (; i < blocks.size() && gap < MAX_GAP && headlines.size() < MAX_HEADLINES; i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.END_MARKER || block.kind() == Kind.CONTENT && block.words() > MAX_WORDS) {
                break;
            }
            listed.add(i);
            String text = Text.withoutListMarker(block.text());
            if (block.kind() != Kind.BOILERPLATE && block.kind() != Kind.NOISE && isHeadline(text, block.words())) {
                headlines.add(text);
                gap = 0;
            } else {
                gap++;
            }
        }
        return i - 1;
    }

    private static boolean isHeadline(String text, int words) {
        char last = text.charAt(text.length() - 1);
        return words >= MIN_WORDS && words <= MAX_WORDS && last != '.' && last != ',' && last != ':'
                && !Text.endsTruncated(text) && Character.isUpperCase(text.codePointAt(0))
                && Text.letterCount(text) * 2 > text.length();
    }
}
