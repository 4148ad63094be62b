package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the headline of a plain-text article among the lines just above its body: the first headline-shaped
 * line whose words come back in the opening of the story. The echo tells a headline from the menu items
 * and labels around it; taking the first one prefers the headline to the standfirst that follows it. A
 * kicker ("IFP Exclusive") is too short to qualify.
 */
final class TitleExtractor {

    private static final int WINDOW = 25;
    /** A gallery or a video block may sit between a headline with its byline and the story. */
    private static final int CREDITED_WINDOW = 60;
    private static final int MIN_WORDS = 3;
    private static final int MAX_WORDS = 30;
    private static final int LEAD_WORDS = 400;
    private static final double MIN_ECHO = 0.5;
    /** Kicker, headline, standfirst: more lines than this above the body means a page around it. */
    private static final int CLEAN_TOP = 3;
    /** A headline printed again under its breadcrumb trail comes within a few lines. */
    private static final int REPEAT_WINDOW = 6;
    private static final Set<String> FUNCTION_WORDS = StopWords.of("en");
    /** Headline, standfirst, byline: the byline is at most two lines down. */
    private static final int CREDIT_LINES = 2;
    /** Headline, credits, date, share buttons: the lines a story's head takes above its first paragraph. */
    private static final int STORY_HEAD_LINES = 6;
    /** A card prints its headline again under its picture and label. */
    private static final int CARD_REPEAT_LINES = 2;
    private static final String TRAIL_SEPARATORS = "»›>/";

    private final BylineExtractor bylines = new BylineExtractor();

    /**
     * @return the index of the headline in {@code blocks}, or -1: the first echoed headline-shaped line near
     *         the story with a byline under it; else one with a byline further up (a gallery between); else the
     *         first echoed one near the story
     */
    int find(List<Block> blocks, int bodyStart, int bodyEnd, CreditReadings readings) {
        ShapedLines shaped = new ShapedLines(blocks, bodyStart, readings);
        Set<String> lead = leadWords(blocks, bodyStart, bodyEnd, askableWords(blocks, shaped, bodyStart));
        int near = find(blocks, shaped, bodyStart - WINDOW, bodyStart, lead, false);
        if (near >= 0 && isCredited(blocks, near, readings)) {
            return withoutBreadcrumb(blocks, near);
        }
        int far = find(blocks, shaped, bodyStart - CREDITED_WINDOW, bodyStart - WINDOW, lead, true);
        if (far >= 0 || near >= 0) {
            return withoutBreadcrumb(blocks, far >= 0 ? far : near);
        }
        int dated = creditedAboveStory(blocks, shaped, bodyStart, readings);
        if (dated >= 0) {
            return dated;
        }
        // A clean article (no page around it) opens with its headline, echoed or not.
        if (bodyStart <= CLEAN_TOP) {
            for (int i = 0; i < bodyStart; i++) {
                if (shaped.at(i)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /**
     * Whether each line above the story is headline-shaped, each asked once when first needed: the passes below ask of
     * most lines two or three times. And the words of each, split once for the words the lead is asked about and again
     * for whether the lead echoes the line.
     */
    private final class ShapedLines {
        private final List<Block> blocks;
        private final CreditReadings readings;
        /** Per line: 0 not asked yet, else {@link #SHAPED} or {@link #UNSHAPED}. */
        private final byte[] answers;
        private static final byte SHAPED = 1;
        private static final byte UNSHAPED = 2;
        /** Per line, its distinct words once split; null before. */
        private final List<Set<String>> words;

        ShapedLines(List<Block> blocks, int bodyStart, CreditReadings readings) {
            this.blocks = blocks;
            this.readings = readings;
            this.answers = new byte[bodyStart];
            this.words = new ArrayList<>(Collections.nCopies(bodyStart, null));
        }

        /** The distinct lower-case words of the line: see {@link #tokens}. */
        Set<String> words(int line) {
            Set<String> split = words.get(line);
            if (split == null) {
                split = new HashSet<>(tokens(blocks.get(line).text()));
                words.set(line, split);
            }
            return split;
        }

        boolean at(int line) {
            if (answers[line] == 0) {
                answers[line] = isHeadlineShaped(blocks, line, readings) ? SHAPED : UNSHAPED;
            }
            return answers[line] == SHAPED;
        }
    }

    /**
     * A line ending in a full stop is a sentence (a caption, a standfirst) unless the story's date is printed right
     * under it: "South Dakota doubles down on 'Meth. We're on it.' They just might be." over "Posted Nov 18". A
     * caption has a photo credit or the byline under it, not a date line.
     */
    private static boolean isHeadlineShaped(List<Block> blocks, int line, CreditReadings readings) {
        Block block = blocks.get(line);
        String text = block.text();
        char last = text.charAt(text.length() - 1);
        return !block.isBoilerplate() && !block.listItem()
                && block.words() >= MIN_WORDS && block.words() <= MAX_WORDS
                && (last != '.' || line + 1 < blocks.size() && readings.isDateline(blocks.get(line + 1).text()))
                && last != ':' && last != ',' && !Text.endsTruncated(text)
                && !text.regionMatches(true, 0, "By ", 0, 3) && Text.letterCount(text) * 2 > text.length()
                && !isTrail(text) && !isTeaserCard(blocks, line, readings);
    }

    /**
     * "Boosted Sentra Turbo launched", "AUTO NEWS", "Boosted Sentra Turbo launched", "September 12, 2016": another
     * story's card (its headline over the picture, its label, its headline again, its date), not the story's head,
     * whichever copy is asked about.
     * A story's headline printed twice has its standfirst or credits after it, not a date of its own.
     */
    static boolean isTeaserCard(List<Block> blocks, int line, CreditReadings readings) {
        String text = blocks.get(line).text();
        for (int i = Math.max(0, line - CARD_REPEAT_LINES); i <= line + CARD_REPEAT_LINES && i < blocks.size(); i++) {
            int second = Math.max(i, line);
            if (i != line && blocks.get(i).text().equalsIgnoreCase(text)) {
                return second + 1 < blocks.size() && readings.isDateline(blocks.get(second + 1).text());
            }
        }
        return false;
    }

    /**
     * "Home » Dare to Play »", "News > World > Europe", "Home / Sport": a breadcrumb trail, never a headline. One
     * slash inside a line ("Dare to Play 3 / October pack") is a headline's own punctuation.
     */
    private static boolean isTrail(String text) {
        String line = text.strip();
        if (TRAIL_SEPARATORS.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return true;
        }
        int arrows = 0;
        for (int i = 1; i + 1 < line.length(); i++) {
            boolean spaced = line.charAt(i - 1) == ' ' && line.charAt(i + 1) == ' ';
            if (spaced && TRAIL_SEPARATORS.indexOf(line.charAt(i)) >= 0) {
                if (line.regionMatches(true, 0, "Home ", 0, "Home ".length()) && i == "Home ".length()) {
                    return true;
                }
                arrows += line.charAt(i) == '/' ? 0 : 1;
            }
        }
        return arrows >= 2;
    }

    /**
     * The words {@link #isEchoed} can ask about: those of the headline-shaped lines in the credited window above
     * {@code to}.
     */
    private static Set<String> askableWords(List<Block> blocks, ShapedLines shaped, int to) {
        Set<String> words = new HashSet<>();
        for (int i = Math.max(0, to - CREDITED_WINDOW); i < to; i++) {
            if (shaped.at(i)) {
                words.addAll(shaped.words(i));
            }
        }
        return words;
    }

    /**
     * The words of the story's opening (whole paragraphs up to {@link #LEAD_WORDS} words) that are among
     * {@code askable}: matched in place, not copied and hashed, as the opening is hundreds of words and the
     * headline candidates a few dozen. Read no further once every askable word is found, or when none is askable.
     */
    private static Set<String> leadWords(List<Block> blocks, int start, int end, Set<String> askable) {
        AskableWords words = new AskableWords(askable);
        Set<String> found = new HashSet<>();
        int taken = 0;
        for (int i = start; i < end && taken < LEAD_WORDS && found.size() < askable.size(); i++) {
            Block block = blocks.get(i);
            if (!block.isBoilerplate()) {
                taken += words.findIn(block.text(), block.reading(), found);
            }
        }
        return found;
    }

    /** The first echoed headline-shaped line in [from, to) with a byline under it, else (unless onlyCredited) the first. */
    private int find(List<Block> blocks, ShapedLines shaped, int from, int to, Set<String> lead, boolean onlyCredited) {
        int first = -1;
        for (int i = Math.max(0, from); i < to; i++) {
            if (shaped.at(i) && isEchoed(shaped.words(i), lead)) {
                if (isCredited(blocks, i, shaped.readings)) {
                    return i;
                }
                first = first < 0 && !onlyCredited ? i : first;
            }
        }
        return first;
    }

    /**
     * A headline the story does not echo (a calendar, a listing, a review under a play on words) still stands just
     * above the story with its byline or date line right under it: the nearest such line, with no paragraph of prose
     * between it and the story.
     */
    private int creditedAboveStory(List<Block> blocks, ShapedLines shaped, int bodyStart, CreditReadings readings) {
        for (int i = bodyStart - 2; i >= Math.max(0, bodyStart - STORY_HEAD_LINES); i--) {
            if (blocks.get(i).kind() == Kind.CONTENT) {
                return -1;
            }
            String under = blocks.get(i + 1).text();
            if (shaped.at(i) && (isCredit(under, readings) || readings.isDateline(under))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A byline right under the line, or under the standfirst below it: a story's headline, where a teaser or
     * another story's headline above it has none.
     */
    private boolean isCredited(List<Block> blocks, int line, CreditReadings readings) {
        int lines = 0;
        for (int i = line + 1; lines < CREDIT_LINES && i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (PageVocabulary.isCommentCount(PageVocabulary.key(text))) {
                continue; // "New, 15 comments" printed between the headline and its standfirst
            }
            if (isCredit(text, readings)) {
                return true;
            }
            lines++;
        }
        return false;
    }

    /** "By Jane Doe", "Jane Doe, Staff Writer": a line that credits the story to someone. */
    private boolean isCredit(String text, CreditReadings readings) {
        return readings.isByline(text) || !bylines.creditNames(text, readings.datelines()).isEmpty();
    }

    /**
     * "Home News Business News Ascom announces..." above "Ascom announces...": a breadcrumb trail run into the
     * headline, which the page prints again on its own just below. The line on its own is the headline.
     */
    private static int withoutBreadcrumb(List<Block> blocks, int line) {
        String text = blocks.get(line).text();
        for (int i = line + 1; i < Math.min(blocks.size(), line + REPEAT_WINDOW); i++) {
            String next = blocks.get(i).text();
            if (next.length() < text.length() && blocks.get(i).words() >= MIN_WORDS
                    && text.regionMatches(true, text.length() - next.length(), next, 0, next.length())
                    && text.charAt(text.length() - next.length() - 1) == ' ') {
                return i;
            }
        }
        return line;
    }

    /**
     * Most of the line's words come back in the lead, and at least two that are not function words: "You are
     * signed in as" and "Back to Gallery" would echo any story.
     */
    private static boolean isEchoed(Set<String> words, Set<String> lead) {
        int found = 0;
        int telling = 0;
        for (String word : words) {
            if (lead.contains(word)) {
                found++;
                telling += FUNCTION_WORDS.contains(word) ? 0 : 1;
            }
        }
        return telling >= 2 && found >= words.size() * MIN_ECHO;
    }

    /** Lower-case words: runs of letters and digits of the lower-cased text, as {@link #leadWords} splits it. */
    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        char[] lower = text.toLowerCase(Locale.ROOT).toCharArray();
        for (int from = AskableWords.wordStart(lower, 0); from < lower.length; ) {
            int to = AskableWords.wordEnd(lower, from);
            tokens.add(new String(lower, from, to - from));
            from = AskableWords.wordStart(lower, to);
        }
        return tokens;
    }
}
