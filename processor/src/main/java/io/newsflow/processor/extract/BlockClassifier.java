package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Labels each paragraph of a page by its shape and vocabulary: prose, a short sentence, a heading-like
 * line, page furniture (menus, share buttons, teasers, cookie prompts, author boxes), or a heading that
 * opens what comes after an article (comments, lists of other stories). Knows no site.
 */
final class BlockClassifier {

    /**
     * NOISE is text that is not the story's but says nothing about where the story is (a caption, a byline, a
     * repeat): dropped from the text, weighed like a short line when locating the story.
     */
    enum Kind { CONTENT, SHORT_SENTENCE, OTHER, NOISE, BOILERPLATE, END_MARKER }

    /**
     * A paragraph with its label and its reading (its word count, which every later step needs, and its marks), and
     * its vocabulary key ({@link PageVocabulary#key} of its text without the list marker) as the classifier made it, so
     * that no later step lower-cases the line again: null for a paragraph of plain prose, whose key is made only if
     * asked for.
     */
    record Block(String text, Kind kind, LineReading reading, boolean listItem, String key) {
        int words() {
            return reading.words;
        }

        boolean isBoilerplate() {
            return kind == Kind.BOILERPLATE || kind == Kind.END_MARKER || kind == Kind.NOISE;
        }

        @Override
        public String key() {
            return key != null ? key : PageVocabulary.key(Text.withoutListMarker(text));
        }

        /**
         * The whole text lower-cased, when the key the classifier made is that: a line without a bullet, and without a
         * closing mark for the key to leave out. Null otherwise.
         */
        String lowerCased() {
            return key != null && !Text.isListItem(text) && PageVocabulary.keyEnd(text) == text.length() ? key : null;
        }

        /** The same line with another label. */
        Block as(Kind newKind) {
            return as(newKind, listItem);
        }

        /** The same line with another label, and read as a list item or not. */
        Block as(Kind newKind, boolean asListItem) {
            return new Block(text, newKind, reading, asListItem, key);
        }
    }

    /**
     * The texts of blocks [from, to), by a loop: the streams it replaced in parsing took 4-6% of its samples and a
     * fiftieth of its allocation.
     */
    static List<String> texts(List<Block> blocks, int from, int to) {
        List<String> texts = new ArrayList<>(Math.max(0, to - from));
        for (int i = from; i < to; i++) {
            texts.add(blocks.get(i).text());
        }
        return texts;
    }

    private static final int MIN_CONTENT_WORDS = 8;
    private static final int UNPUNCTUATED_CONTENT_WORDS = 20;
    private static final int MAX_TEASER_WORDS = 60;
    private static final int MAX_NAME_WORDS = 6;
    private static final int MAX_AUTHOR_BOX_BUTTONS = 8;
    private static final int MIN_TAGS = 6;
    private static final int MAX_TAG_WORDS = 4;
    private static final int MIN_PAGES = 3;
    private static final int MAX_PAGE_DIGITS = 4;
    /** The marks prose is punctuated with, in Latin, Arabic and CJK script. */
    private static final char[] PUNCTUATION = {',', '.', ';', ':', '!', '?', '،', '؛', '。', '，'};

    List<Block> classify(List<String> paragraphs) {
        return classify(paragraphs, Collections.nCopies(paragraphs.size(), null));
    }

    /** @param readings for each paragraph, its {@link LineReading} if made already, or null */
    List<Block> classify(List<String> paragraphs, List<LineReading> readings) {
        List<Block> blocks = new ArrayList<>(paragraphs.size());
        for (int i = 0; i < paragraphs.size(); i++) {
            String paragraph = paragraphs.get(i);
            LineReading reading = readings.get(i);
            reading = reading != null ? reading : LineReading.of(paragraph.toCharArray());
            String text = Text.withoutListMarker(paragraph);
            String key = isPlainProse(text, reading) ? null : PageVocabulary.key(text);
            blocks.add(new Block(paragraph, kindOf(paragraph, text, key, reading), reading,
                    Text.isListItem(paragraph), key));
        }
        markAuthorBoxes(blocks);
        keepCutSentences(blocks);
        return blocks;
    }

    /**
     * "According to the review, the platform does not ... in a stateme…": a paragraph cut short between two of the
     * story's paragraphs is the story's (a copy's truncation), not a teaser: teasers sit among short lines.
     */
    private static void keepCutSentences(List<Block> blocks) {
        for (int i = 1; i + 1 < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.BOILERPLATE && block.words() >= MIN_CONTENT_WORDS && Text.endsTruncated(block.text())
                    && blocks.get(i - 1).kind() == Kind.CONTENT && blocks.get(i + 1).kind() == Kind.CONTENT
                    && kindOf(withoutEllipsis(block.text()), block.reading()) != Kind.BOILERPLATE) {
                blocks.set(i, block.as(Kind.CONTENT));
            }
        }
    }

    private static String withoutEllipsis(String text) {
        return text.endsWith("…") ? text.substring(0, text.length() - 1) : text.substring(0, text.length() - 3);
    }

    /** @param reading the reading of the paragraph with its ellipsis, which holds none of the marks read */
    private static Kind kindOf(String paragraph, LineReading reading) {
        String text = Text.withoutListMarker(paragraph);
        return kindOf(paragraph, text, isPlainProse(text, reading) ? null : PageVocabulary.key(text), reading);
    }

    /**
     * @param key     the text's vocabulary key, or null when the text is plain prose
     * @param reading the paragraph's reading, whose marks say what its key lacks
     */
    private static Kind kindOf(String paragraph, String text, String key, LineReading reading) {
        int words = reading.words;
        if (key == null) {
            // Most of a story's text: only a list of tags of its shape can still be furniture.
            return isTagList(text, words) ? Kind.BOILERPLATE : kindOfText(text, words);
        }
        // As a list item, "Comments" is a link in a share bar, not the heading of a comment section.
        if (PageVocabulary.opensTail(key) && !Text.isListItem(paragraph)) {
            return Kind.END_MARKER;
        }
        if (words == 0 || PageVocabulary.isFurniture(key, words, reading.marks)
                || isFurnitureShaped(text, key, words, reading.marks)) {
            return Kind.BOILERPLATE;
        }
        return kindOfText(text, words);
    }

    /**
     * Not cut short like a teaser, with a word first (no page number), and nothing the vocabulary reads (no pipe and no
     * form field either): no key to make for it.
     */
    private static boolean isPlainProse(String text, LineReading reading) {
        return !text.isEmpty() && !Text.endsTruncated(text) && opensWithWord(text)
                && PageVocabulary.isPlainProse(text, reading.words, reading.marks);
    }

    /**
     * A letter first, or second after a mark ("“We expanded ...": many of a story's paragraphs open with a quotation,
     * and were lower-cased whole for the key): the first word has a letter, so {@link #isPageNumbers} reads no page
     * number in the key.
     */
    private static boolean opensWithWord(String text) {
        return Character.isLetter(text.charAt(0))
                || text.length() > 1 && text.charAt(0) != ' ' && Character.isLetter(text.charAt(1));
    }

    /** Prose, a short sentence or another line, by its words and punctuation. */
    private static Kind kindOfText(String text, int words) {
        boolean sentence = Text.endsSentence(text);
        if (sentence && words >= MIN_CONTENT_WORDS || words >= UNPUNCTUATED_CONTENT_WORDS && isPunctuated(text, words)) {
            return Kind.CONTENT;
        }
        return sentence && words >= 2 ? Kind.SHORT_SENTENCE : Kind.OTHER;
    }

    /** Teasers cut short, a run of pipe-separated links, a w3m form field, a list of tags, page numbers. */
    private static boolean isFurnitureShaped(String text, String key, int words, long marks) {
        return Text.endsTruncated(text) && words <= MAX_TEASER_WORDS
                || (marks & LineReading.BRACKET) != 0 && key.contains("[ ]")
                || (marks & LineReading.PIPE) != 0 && hasTwo(key, '|')
                || isTagList(text, words) || words >= MIN_PAGES && isPageNumbers(key);
    }

    /** "1 2 3 4 5 6 7 8", "« 1 2 3 »": the pages of a list, counted up from the first or the second. */
    private static boolean isPageNumbers(String key) {
        // A word first is no page number: most paragraphs are answered without the loops below, which C2 would
        // otherwise compile into kindOf with their profiled loop predicates (see count).
        if (!key.isEmpty() && Character.isLetter(key.charAt(0))) {
            return false;
        }
        int expected = -1;
        for (int start = 0; start <= key.length(); ) {
            int space = key.indexOf(' ', start);
            int end = space < 0 ? key.length() : space;
            String token = key.substring(start, end);
            if (!token.isEmpty() && token.length() <= MAX_PAGE_DIGITS && Text.isDigits(token, token.length())) {
                int page = Text.digitsValue(token, 0, token.length());
                if (expected < 0 ? page > 2 : page != expected) {
                    return false;
                }
                expected = page + 1;
            } else if (Text.hasLetters(token, 1) || Text.hasDigit(token)) {
                return false;
            }
            start = end + 1;
        }
        return expected > 0;
    }

    /** "stock car 2018, stock car brasil, stock car interlagos, ...": many short comma-separated items, no stop. */
    private static boolean isTagList(String text, int words) {
        if (Text.endsSentence(text)) {
            return false; // most paragraphs: answered without counting their commas
        }
        int items = count(text, ',') + 1;
        return items >= MIN_TAGS && words <= MAX_TAG_WORDS * items;
    }

    /** Prose has commas and stops; a tag cloud or a run of menu labels has none. */
    private static boolean isPunctuated(String text, int words) {
        int marks = 0;
        for (char mark : PUNCTUATION) {
            marks += count(text, mark);
        }
        return marks * 25 >= words;
    }

    /**
     * An author box is a short name line followed by a biography that starts with that name ("IFP Editorial
     * Staff" / "The IFP Editorial Staff is composed of ... journalists"). It is prose, so only this shape
     * tells it from the article; it opens the page's tail.
     */
    private static void markAuthorBoxes(List<Block> blocks) {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block name = blocks.get(i);
            if (name.words() == 0 || name.words() > MAX_NAME_WORDS || name.listItem() || Text.endsSentence(name.text())) {
                continue;
            }
            // The box's own buttons ("Follow Us", "twitter", "email") may stand between the name and the biography.
            int b = i + 1;
            while (b < blocks.size() && b - i <= MAX_AUTHOR_BOX_BUTTONS && blocks.get(b).kind() == Kind.BOILERPLATE) {
                b++;
            }
            Block bio = b < blocks.size() ? blocks.get(b) : null;
            if (bio != null && startsWithName(bio.text(), name.text()) && PageVocabulary.mentionsJournalism(bio.text())) {
                blocks.set(i, name.as(Kind.END_MARKER, false));
                blocks.set(b, bio.as(Kind.BOILERPLATE));
            }
        }
    }

    private static boolean startsWithName(String bio, String name) {
        if (differInFirstLetter(bio, name)) {
            return false; // most short lines and the paragraph after them: answered without a lower-cased copy
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        String lowerBio = lowerHead(bio, "the ".length() + lowerName.length() + 2);
        int at = lowerBio.startsWith(lowerName) ? 0
                : lowerBio.startsWith("the ") && lowerBio.startsWith(lowerName, 4) ? 4 : -1;
        int after = at + lowerName.length();
        return at >= 0 && after < lowerBio.length() && (lowerBio.charAt(after) == ' ' || lowerBio.charAt(after) == ',');
    }

    /**
     * The bio opens neither with the name's first letter nor with "the", in any case: told from their first characters
     * when both are ASCII, which lower-case alone and in place.
     */
    private static boolean differInFirstLetter(String bio, String name) {
        if (bio.isEmpty()) {
            return false;
        }
        char bioFirst = bio.charAt(0);
        char nameFirst = name.charAt(0);
        return bioFirst < 0x80 && nameFirst < 0x80 && LowerCased.of(bioFirst) != LowerCased.of(nameFirst)
                && LowerCased.of(bioFirst) != 't';
    }

    /**
     * The lower-cased text's first {@code length} characters but the last, or more: a biography is a paragraph, and
     * only its opening is read. A head that does not lower-case character by character is lower-cased whole.
     */
    private static String lowerHead(String text, int length) {
        String head = text.substring(0, Math.min(text.length(), length));
        return (LowerCased.isCharByChar(head) ? head : text).toLowerCase(Locale.ROOT);
    }

    /** At least two of {@code c}; found with {@link String#indexOf}, which the JIT makes faster than a loop. */
    private static boolean hasTwo(String text, char c) {
        int first = text.indexOf(c);
        return first >= 0 && text.indexOf(c, first + 1) >= 0;
    }

    /**
     * With {@link String#indexOf}, not a loop over {@link String#charAt}: C2 hoists the range check of charAt's
     * UTF-16 branch out of such a loop on a profile that saw both kinds of string, then traps on every Latin-1 one;
     * after a recompile the trap may stay and fire on every paragraph (14,630 times in one 10,000-article run).
     */
    private static int count(String text, char c) {
        int n = 0;
        for (int at = text.indexOf(c); at >= 0; at = text.indexOf(c, at + 1)) {
            n++;
        }
        return n;
    }
}
