package io.newsflow.processor.extract;

import java.util.List;
import java.util.Locale;

/**
 * Finds a section label in a copied page: a lone bullet with a short label ("• National") at the top, or the
 * last crumb of a breadcrumb trail above the headline. A bullet followed by more bullets is a menu, not a label.
 */
final class SectionLabelExtractor {

    private static final int MAX_LABEL_WORDS = 4;
    private static final int MAX_LABEL_LENGTH = 40;
    /** Home, section, subsection, and a level or two more. */
    private static final int MAX_CRUMBS = 5;

    private final WordCounter wordCounter = new WordCounter();

    /** @return the label without its bullet, or null when the first paragraph is not one */
    String find(List<String> paragraphs) {
        if (paragraphs.size() < 2) {
            return null;
        }
        String first = paragraphs.get(0);
        if (!Text.isListItem(first) || Text.isListItem(paragraphs.get(1))) {
            return null;
        }
        return label(first.substring(2));
    }

    /**
     * The last crumb of a breadcrumb trail printed right above the headline: "• Home", "• Business", "• Economy &
     * Business" (maybe the headline again as the last crumb), or a numbered trail ("1. Home", "2. News"). A run of
     * bullets not opened by "Home" or by numbers is a menu, not a trail.
     *
     * @param title the headline's index in {@code lines}
     */
    String fromBreadcrumb(List<String> lines, int title) {
        int end = title;
        if (end > 0 && Text.isListItem(lines.get(end - 1))
                && lines.get(end - 1).substring(2).strip().equalsIgnoreCase(lines.get(title).strip())) {
            end--;
        }
        // Back to the trail's first crumb; the menu above it is a list of bullets too.
        int start = end;
        while (start > 0 && end - start < MAX_CRUMBS && crumb(lines.get(start - 1)) != null && !isTrailStart(lines.get(start))) {
            start--;
        }
        if (start == end || !isTrailStart(lines.get(start)) || crumb(lines.get(start)).equalsIgnoreCase("home") && end - start < 2) {
            return null;
        }
        String last = crumb(lines.get(end - 1));
        return last.equalsIgnoreCase("home") ? null : label(last);
    }

    /**
     * A kicker above the headline, or set in capitals under it, that the page's menu lists too ("Company Town"
     * over the story, "• Company Town" in the menu): the section the story is filed in, as the menu spells it
     * ("AUTO NEWS" under a headline is the menu's "Auto News"). Under a headline, a line in mixed case that the
     * menu lists is as often a button ("Read Later").
     *
     * @param title the headline's index in {@code lines}
     */
    String fromKicker(List<String> lines, int title) {
        String above = title < 1 ? null : listedInMenu(lines, lines.get(title - 1));
        if (above != null || title + 1 >= lines.size()) {
            return above;
        }
        String below = lines.get(title + 1);
        return below.equals(below.toUpperCase(Locale.ROOT)) ? listedInMenu(lines, below) : null;
    }

    /**
     * The story's tags printed right after it, one short label a line ("Opinion", "Beltway Confidential",
     * "China"): the first that the page's menu lists is the section the story is filed in. It takes two labels
     * the menu lists: one alone is as often a list's heading ("Next Up In Tech", "Good Deals" over related stories).
     *
     * @param end the index of the first line after the story
     */
    String fromTags(List<String> lines, int end) {
        String first = null;
        int listed = 0;
        for (int i = end; i < Math.min(lines.size(), end + MAX_CRUMBS); i++) {
            String line = lines.get(i);
            if (Text.isListItem(line) || label(line) == null) {
                break;
            }
            String section = listedInMenu(lines, line);
            first = first == null ? section : first;
            listed += section == null ? 0 : 1;
        }
        return listed >= 2 ? first : null;
    }

    /** The menu item that {@code line} repeats, a short capitalized label without digits, or null. */
    private String listedInMenu(List<String> lines, String line) {
        if (Text.isListItem(line)) {
            return null;
        }
        String kicker = label(line);
        if (kicker == null || !Character.isUpperCase(kicker.codePointAt(0)) || Text.hasDigit(kicker)) {
            return null;
        }
        for (String item : lines) {
            if (Text.isListItem(item) && item.substring(2).strip().equalsIgnoreCase(kicker)) {
                return item.substring(2).strip();
            }
        }
        return null;
    }

    /** "• Home" or "1. Anything": where a trail begins. */
    private static boolean isTrailStart(String line) {
        String crumb = crumb(line);
        return crumb != null && (crumb.equalsIgnoreCase("home") || line.strip().startsWith("1. "));
    }

    /** The text of a bulleted or numbered item ("• News", "2. News"), or null. */
    private static String crumb(String line) {
        String text = line.strip();
        if (Text.isListItem(text)) {
            return text.substring(2).strip();
        }
        int dot = text.indexOf(". ");
        return dot > 0 && dot <= 2 && Text.isDigits(text, dot) ? text.substring(dot + 2).strip() : null;
    }

    private String label(String text) {
        String label = text.strip();
        boolean shortLabel = label.length() <= MAX_LABEL_LENGTH && wordCounter.count(label) <= MAX_LABEL_WORDS;
        return shortLabel && Text.letterCount(label) > 0 && !Text.endsSentence(label) ? label : null;
    }
}
