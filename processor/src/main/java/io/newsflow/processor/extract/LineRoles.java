package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Marks the lines of a text dump that belong to the page rather than the story although they look like
 * text: bylines, date lines, photo captions and credits, pictures, rules, and repeats (a caption printed
 * under each slide, a headline printed in each card). Each gets the reason it was dropped for.
 */
final class LineRoles {

    static final String BYLINE = "byline";
    static final String DATELINE = "dateline";
    static final String CAPTION = "caption";
    static final String DUPLICATE = "duplicate";

    /** A repeat of a word or two is a label ("Share", "Company Town") that the vocabulary already judges. */
    private static final int MIN_REPEAT_WORDS = 3;
    private static final int MAX_CAPTION_WORDS = 80;
    private static final int MAX_CREDIT_WORDS = 24;
    private static final int CREDIT_TAIL = 60;
    private static final String[] CREDIT_MARKS = {"(image:", "(photo:", "(ap photo", "(photo by", "(photo credit",
            "photo credit:", "image credit:", "(credit:", "credit: ", "getty images", "/ap)",
            "/reuters)", "photograph:", "/ associated press", "/ reuters", "/ getty", "/ afp", "/ ap photo", "(file photo", "(courtesy", " via ap)", " via reuters)", " via getty",
            "(source:", "submitted photo", "contributed photo"};
    /** Most marks hold one of these; a line's end without any is checked for the few others only. */
    private static final String MARK_SIGNS = "(:/)";
    private static final long SIGN_BITS = signBits();
    private static final String[] UNSIGNED_CREDIT_MARKS = unsigned(CREDIT_MARKS);
    /** "In this photo issued by ITV, ...", "FILE - In this Nov. 5 file photo, ...": how agencies open captions. */
    private static final String[] CAPTION_OPENINGS = {"in this photo", "in this image", "in this file photo",
            "in this undated photo", "in this handout photo", "in this picture", "file - ", "file photo - "};
    private static final int MAX_AGENCY_LINE_WORDS = 6;
    private static final int MAX_CREDIT_LINE_WORDS = 12;
    private static final String[] CREDIT_OPENINGS = {"©", "(c) ", "copyright ", "provided by ", "courtesy of ",
            "image source:", "image: ", "photo: ", "picture: ", "source: "};

    /** The blocks with these lines turned into noise; {@code reasons} gets each one's reason by index. */
    List<Block> refine(List<Block> blocks, Map<Integer, String> reasons, CreditReadings readings) {
        PrintedLines printed = new PrintedLines(blocks.size());
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean repeated = !printed.add(block.text());
            String reason = block.isBoilerplate() ? null : reason(block, repeated, readings);
            if (reason == null && !block.isBoilerplate() && block.words() <= MAX_CREDIT_WORDS
                    && isTweetSignature(block.text())) {
                // Weighed as the story's line, so a quoted post that ends the story is not cut off as its footer.
                block = block.as(Kind.SHORT_SENTENCE);
            }
            if (reason != null) {
                reasons.put(i, reason);
                block = block.as(Kind.NOISE);
            }
            out.add(block);
        }
        return out;
    }

    private static String reason(Block block, boolean repeated, CreditReadings readings) {
        String text = block.text();
        if (block.words() >= MIN_REPEAT_WORDS && repeated) {
            return DUPLICATE;
        }
        // The story's own lines, though shaped like a credit or a date line: kept.
        if (block.words() <= MAX_CREDIT_WORDS && (isTweetSignature(text) || DatelineExtractor.isPlaceDateline(text))) {
            return null;
        }
        // Credits are short: sparing long paragraphs the tokenizing keeps this pass cheap.
        if (block.words() <= MAX_CREDIT_WORDS && readings.isByline(text)) {
            return BYLINE;
        }
        if (block.words() <= MAX_CREDIT_WORDS && readings.isDateline(text)) {
            return DATELINE;
        }
        return isCaption(block) ? CAPTION : null;
    }

    /**
     * "— Jane Roe (@janeroe) November 18, 2019": the signature under a post the story quotes, which a text copy of an
     * embedded post ends with. The story's quotation, not the page's byline or date line.
     */
    static boolean isTweetSignature(String text) {
        int handle = text.indexOf("(@");
        return handle > 0 && (text.startsWith("—") || text.startsWith("–") || text.startsWith("-"))
                && text.indexOf(')', handle) > handle + 2;
    }

    /**
     * "© Jane Roe", "Copyright 2019 Example News. All rights reserved.", "Provided by Example Agency", "Image Source:
     * Jane Roe / Example Pictures": a short line that credits a picture or the story to someone.
     */
    static boolean isCredit(String text, int words) {
        return isCredit(text, words, null);
    }

    /** {@link #isCredit(String, int)} of the line, lower-cased as the classifier did if it did. */
    static boolean isCredit(Block line) {
        return isCredit(line.text(), line.words(), line.lowerCased());
    }

    /** @param lowerCased the text lower-cased, or null to lower-case it here */
    private static boolean isCredit(String text, int words, String lowerCased) {
        if (words == 0 || words > MAX_CREDIT_LINE_WORDS) {
            return false;
        }
        String lower = lowerCased != null ? lowerCased : text.toLowerCase(Locale.ROOT);
        for (String opening : CREDIT_OPENINGS) {
            if (lower.startsWith(opening)) {
                return true;
            }
        }
        return isCaption(text, words, lowerCased);
    }

    /** A photo's caption or credit, a picture's file name or alternative text, a horizontal rule. */
    static boolean isCaption(String text, int words) {
        return isCaption(text, words, null);
    }

    /** {@link #isCaption(String, int)} of the line, lower-cased as the classifier did if it did. */
    private static boolean isCaption(Block line) {
        return isCaption(line.text(), line.words(), line.lowerCased());
    }

    /** @param lowerCased the text lower-cased, or null to lower-case its end here */
    private static boolean isCaption(String text, int words, String lowerCased) {
        if (isBracketed(text) || words == 0 && text.length() >= 3) {
            return true;
        }
        if (words > MAX_CAPTION_WORDS) {
            return false;
        }
        // Credits and file names close a caption: reading its end is enough, and keeps long lines cheap.
        String lower = lowerCased != null && text.length() <= CREDIT_TAIL ? lowerCased
                : text.substring(Math.max(0, text.length() - CREDIT_TAIL)).toLowerCase(Locale.ROOT);
        if (isFileName(lower, words) || words <= MAX_AGENCY_LINE_WORDS && lower.endsWith("associated press")
                || opensLikeCaption(text)) {
            return true;
        }
        for (String mark : hasSign(lower) ? CREDIT_MARKS : UNSIGNED_CREDIT_MARKS) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A sign of {@link #MARK_SIGNS} in the text, in one pass without a branch per character: four searches with
     * {@link String#indexOf} over a lower-cased line end cost more than the line's 60 characters read once.
     */
    private static boolean hasSign(String text) {
        long found = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // A shift reads only the low six bits of c: the mask of (c < 64) keeps other characters out.
            found |= (SIGN_BITS >>> c) & ((c - 64) >>> 31);
        }
        return (found & 1) != 0;
    }

    private static long signBits() {
        long bits = 0;
        for (int i = 0; i < MARK_SIGNS.length(); i++) {
            bits |= 1L << MARK_SIGNS.charAt(i);
        }
        return bits;
    }

    private static String[] unsigned(String[] marks) {
        List<String> unsigned = new ArrayList<>();
        for (String mark : marks) {
            if (!hasSign(mark)) {
                unsigned.add(mark);
            }
        }
        return unsigned.toArray(new String[0]);
    }

    private static boolean opensLikeCaption(String text) {
        // Every opening starts with "i" or "f": a line opening with another ASCII character is answered at once.
        char first = text.isEmpty() ? ' ' : text.charAt(0);
        if (first < 0x80 && "iIfF".indexOf(first) < 0) {
            return false;
        }
        for (String opening : CAPTION_OPENINGS) {
            if (text.regionMatches(true, 0, opening, 0, opening.length())) {
                return true;
            }
        }
        return false;
    }

    /** "[vw-concept-6]": how a text dump shows a picture. */
    private static boolean isBracketed(String text) {
        return text.startsWith("[") && text.endsWith("]") && text.indexOf(']') == text.length() - 1;
    }

    /** "GettyImages-687786465.jpg": a picture's file name; {@code lowerEnd} is how the line ends, lower-cased. */
    private static boolean isFileName(String lowerEnd, int words) {
        return words <= 8 && (lowerEnd.endsWith(".jpg") || lowerEnd.endsWith(".jpeg") || lowerEnd.endsWith(".png")
                || lowerEnd.endsWith(".gif") || lowerEnd.endsWith(".webp"));
    }

    /**
     * The lines printed so far, to tell a repeat. Told apart by their length and their first and last few characters
     * before they are compared: hashing every paragraph whole was a tenth of reading a page.
     */
    private static final class PrintedLines {
        private static final int ENDS = 8;
        private final List<String> lines = new ArrayList<>();
        private final int[] slots;

        PrintedLines(int capacity) {
            slots = new int[Integer.highestOneBit(Math.max(2, capacity) * 2) * 2];
        }

        /** False when the line was printed before; the first time, notes it. */
        boolean add(String line) {
            int mask = slots.length - 1;
            for (int slot = shapeHash(line) & mask; ; slot = (slot + 1) & mask) {
                if (slots[slot] == 0) {
                    lines.add(line);
                    slots[slot] = lines.size();
                    return true;
                }
                if (lines.get(slots[slot] - 1).equals(line)) {
                    return false;
                }
            }
        }

        private static int shapeHash(String line) {
            int length = line.length();
            int hash = length;
            for (int i = 0; i < Math.min(ENDS, length); i++) {
                hash = 31 * hash + line.charAt(i);
                hash = 31 * hash + line.charAt(length - 1 - i);
            }
            return hash ^ (hash >>> 16);
        }
    }
}
