package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The lower-case words a headline can be asked about, found in a text's words as the text's lower-cased copy would
 * show them, without making that copy; a text that does not lower-case character by character
 * ({@link LowerCased#isCharByChar}) is lower-cased as a whole first. A word is a run of letters and digits.
 */
final class AskableWords {

    /**
     * Up to this many words in ASCII are each searched for in a text; more are matched word by word, as reading
     * a text word by word costs about as much as a dozen searches.
     */
    private static final int MAX_SEARCHED = 12;
    /** Letters from the rarest in English text to the most common: a word is searched for by its rarest. */
    private static final String LETTERS_BY_FREQUENCY = "zqxjvkbpygfwmucldrhsnioate";

    private final Set<String> askable;
    private final String[] searched;
    /** For each searched word, the index of the character it is searched by. */
    private final int[] anchors;
    /** The words by length, for matching word by word: made when first needed, as most texts are searched. */
    private List<List<String>> byLength;
    /** By length, a bit for each ASCII letter or digit that starts such a word, and bit 63 for any other. */
    private long[] firstChars;

    AskableWords(Set<String> askable) {
        this.askable = askable;
        boolean ascii = askable.size() <= MAX_SEARCHED;
        for (String word : askable) {
            ascii &= isAsciiWord(word);
        }
        searched = ascii ? askable.toArray(new String[0]) : null;
        anchors = ascii ? new int[searched.length] : null;
        for (int w = 0; ascii && w < searched.length; w++) {
            anchors[w] = rarestCharAt(searched[w]);
        }
    }

    private void indexByLength() {
        byLength = new ArrayList<>();
        for (String word : askable) {
            while (byLength.size() <= word.length()) {
                byLength.add(new ArrayList<>());
            }
            byLength.get(word.length()).add(word);
        }
        firstChars = new long[byLength.size()];
        for (String word : askable) {
            firstChars[word.length()] |= firstCharBit(word.charAt(0));
        }
    }

    /**
     * Adds the askable words that are words of {@code text} to {@code found}; returns how many words it has. A few
     * words in ASCII are searched for in the text, by {@link String#indexOf} of a rare letter of each, and the words
     * counted in a pass without a branch on their ends ({@link LineReading}): matching the text word by word
     * mispredicted at every word's ends, and was most of finding a headline.
     */
    int findIn(String text, Set<String> found) {
        return findIn(text, LineReading.of(text.toCharArray()), found);
    }

    /**
     * {@link #findIn(String, Set)}, with the text's reading at hand: its count of words, and the capitals it has (an
     * anchor's capital is searched for only when it is there, and a text that does not lower-case character by
     * character is told without a search).
     */
    int findIn(String text, LineReading reading, Set<String> found) {
        if (searched == null || (reading.marks & LineReading.NOT_CHAR_BY_CHAR) != 0) {
            return matchWordByWord(text, found);
        }
        for (int w = 0; w < searched.length; w++) {
            if (!found.contains(searched[w]) && hasWord(text, searched[w], anchors[w], reading.marks)) {
                found.add(searched[w]);
            }
        }
        return reading.runs;
    }

    /**
     * The text, lower-cased, has the word (lower-case ASCII) as a run of letters and digits of its own.
     *
     * @param marks the text's {@link LineReading#marks}: which capitals it has
     */
    private static boolean hasWord(String text, String word, int anchor, long marks) {
        char lower = word.charAt(anchor);
        boolean capital = lower >= 'a' && lower <= 'z' && (marks & LineReading.capital(lower)) != 0;
        return hasWord(text, word, anchor, lower) || capital && hasWord(text, word, anchor, Character.toUpperCase(lower))
                // The Kelvin sign lower-cases to "k".
                || lower == 'k' && capital && hasWord(text, word, anchor, '\u212A');
    }

    private static boolean hasWord(String text, String word, int anchor, char c) {
        for (int at = text.indexOf(c, anchor); at >= 0; at = text.indexOf(c, at + 1)) {
            int start = at - anchor;
            int end = start + word.length();
            if (LowerCased.isAt(text, start, word) && isWordEdge(text, start - 1) && isWordEdge(text, end)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordEdge(String text, int i) {
        return i < 0 || i >= text.length() || !Text.isLetterOrDigit(text.charAt(i));
    }

    private int matchWordByWord(String text, Set<String> found) {
        if (byLength == null) {
            indexByLength();
        }
        boolean lowered = !LowerCased.isCharByChar(text);
        char[] words = (lowered ? text.toLowerCase(Locale.ROOT) : text).toCharArray();
        int count = 0;
        for (int from = wordStart(words, 0); from < words.length; count++) {
            int to = wordEnd(words, from);
            char first = lowered ? words[from] : LowerCased.of(words[from]);
            if (to - from < firstChars.length && (firstChars[to - from] & firstCharBit(first)) != 0) {
                addMatches(words, from, byLength.get(to - from), lowered, found);
            }
            from = wordStart(words, to);
        }
        return count;
    }

    /** Most words of a story are not asked about: told by their length and first character, without a compare. */
    private static long firstCharBit(char lower) {
        return lower >= 'a' && lower <= 'z' ? 1L << (lower - 'a')
                : lower >= '0' && lower <= '9' ? 1L << (26 + lower - '0') : 1L << 63;
    }

    private static void addMatches(char[] text, int from, List<String> candidates, boolean lowered,
            Set<String> found) {
        for (String word : candidates) {
            if (isWordAt(text, from, word, lowered)) {
                found.add(word);
            }
        }
    }

    /** The text at {@code from}, lower-cased character by character unless already, is {@code word}. */
    private static boolean isWordAt(char[] text, int from, String word, boolean lowered) {
        for (int i = 0; i < word.length(); i++) {
            char c = text[from + i];
            if ((lowered ? c : LowerCased.of(c)) != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the first run of letters and digits at or after {@code from} starts; the text's length when none does.
     * Over a char array: String.charAt's check of the string's coding made this loop a third of finding a headline.
     */
    static int wordStart(char[] text, int from) {
        int i = from;
        while (i < text.length && !Text.isLetterOrDigit(text[i])) {
            i++;
        }
        return i;
    }

    /** Where the run of letters and digits that starts at {@code from} ends. */
    static int wordEnd(char[] text, int from) {
        int i = from + 1;
        while (i < text.length && Text.isLetterOrDigit(text[i])) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiWord(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** A digit, else the letter least common in English. */
    private static int rarestCharAt(String word) {
        int rarest = 0;
        int rank = Integer.MAX_VALUE;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            int r = c <= '9' ? -1 : LETTERS_BY_FREQUENCY.indexOf(c);
            if (r < rank) {
                rarest = i;
                rank = r;
            }
        }
        return rarest;
    }
}
