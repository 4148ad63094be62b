package io.newsflow.processor.extract;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * Splits text into words and single punctuation marks in one pass, marking the words that open a sentence: a
 * capital there says nothing about a name. Keeps "U.S.", "Mr." and initials whole so their dots end no sentence.
 *
 * <p>The split is held as arrays of offsets and shapes; a {@link Token} object is made only for a token a rule asks
 * about by {@link #get}, once: the rules that look for names go through the {@link #nameLike} tokens, listed while
 * splitting, instead of each scanning every token, and most of an article's tokens are never asked about further.
 */
final class Tokens extends AbstractList<Tokens.Token> implements RandomAccess {

    /**
     * A word or punctuation mark; {@code start}/{@code end} are offsets in the text. What the rules ask of every
     * token (a word? capitalised? a hyphen inside?) is decided while splitting, from characters already at hand; the
     * word itself is copied out of the text only when asked for: most words of an article never are.
     */
    static final class Token {

        private final String source;
        private final int start;
        private final int end;
        /** A byte, as {@link #answers}: together they fit in an int's padding (40 bytes a token). */
        private final byte shape;
        /** Null until first asked for; per call, never shared between threads. */
        private String text;
        /** The {@link Gazetteer}'s facts of the word as written, -1 until first asked for. */
        private int facts = -1;
        /**
         * The answers worked out once ({@link #isDemonym}, {@link #isCommonWord}): two bits each, whether it was
         * asked and what it was.
         */
        private byte answers;

        private Token(String source, int start, int end, int shape, String text) {
            this.source = source;
            this.start = start;
            this.end = end;
            this.shape = (byte) shape;
            this.text = text;
        }

        String text() {
            String copied = text;
            if (copied == null) {
                copied = source.substring(start, end);
                text = copied;
            }
            return copied;
        }

        /**
         * The {@link Gazetteer#facts} of the word, looked up once: the rules ask list after list about the same few
         * words of a name ("a title? a first name? a common word?").
         */
        int facts(Gazetteer gazetteer) {
            int known = facts;
            if (known < 0) {
                known = gazetteer.facts(text());
                facts = known;
            }
            return known;
        }

        /** {@link Gazetteer#isCommonWord(Token)}, worked out once. */
        boolean isCommonWord(Gazetteer gazetteer) {
            return isAnswered(COMMON_WORD) ? answer(COMMON_WORD) : keep(COMMON_WORD, gazetteer.namesACommonWord(this));
        }

        /**
         * {@link Gazetteer#isDemonym(Token)}, worked out once: several rules ask it of the same name word, and a
         * word of no list is tried against the places' names with each of a people's endings.
         */
        boolean isDemonym(Gazetteer gazetteer) {
            return isAnswered(DEMONYM) ? answer(DEMONYM) : keep(DEMONYM, gazetteer.namesAPeople(this));
        }

        /** Where in {@link #answers} a question's two bits are. */
        private static final int DEMONYM = 0;
        private static final int COMMON_WORD = 2;

        private boolean isAnswered(int question) {
            return (answers & 1 << question) != 0;
        }

        private boolean answer(int question) {
            return (answers & 2 << question) != 0;
        }

        private boolean keep(int question, boolean answer) {
            answers |= (byte) ((answer ? 3 : 1) << question);
            return answer;
        }

        int start() {
            return start;
        }

        int end() {
            return end;
        }

        boolean sentenceStart() {
            return (shape & SENTENCE_START) != 0;
        }

        /** The first character, without copying the word. */
        char first() {
            return source.charAt(start);
        }

        boolean isWord() {
            return (shape & WORD) != 0;
        }

        boolean isCapitalised() {
            return (shape & CAPITALISED) != 0;
        }

        /** A word that opens with a digit ("23andMe", "1st"). */
        boolean opensWithDigit() {
            return (shape & DIGIT_FIRST) != 0;
        }

        /** A word with a hyphen inside ("al-Qaeda", "London-based", "R-TX"). */
        boolean isHyphenated() {
            return (shape & HYPHENATED) != 0;
        }

        /** "'s", "’s": kept as the text writes it, as a name that ends in it must be ("Macy’s"). */
        boolean isPossessive() {
            return Tokens.isPossessive(source, start, end);
        }
    }

    /** A token's shape bits, decided while splitting. */
    private static final int WORD = 1;
    private static final int CAPITALISED = 2;
    private static final int DIGIT_FIRST = 4;
    private static final int HYPHENATED = 8;
    private static final int SENTENCE_START = 64;
    /** The shape bits of the tokens {@link #nameLike} lists. */
    private static final int NAME_LIKE = CAPITALISED | DIGIT_FIRST | HYPHENATED;

    private static final WordList ABBREVIATIONS = WordList.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov",
            "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Brig", "Rev", "St", "Mt", "Jr", "Sr", "Inc",
            "Ltd", "Corp", "Co", "Bros", "No", "vs", "Ft");

    /** Punctuation marks as strings, made once: an article has hundreds of commas. */
    private static final String[] ASCII = new String[128];

    /**
     * What the split asks of a character, for every char value: its {@link Token} shape bits (a capital, a digit),
     * and whether it is white space or a letter or digit. One table read instead of {@link Character}'s range tests
     * and Unicode tables, several per character; 64 KB, of which a text's few alphabets' parts stay in cache.
     */
    private static final byte[] KIND = new byte[Character.MAX_VALUE + 1];
    private static final int SPACE = 16;
    private static final int LETTER_OR_DIGIT = 32;

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            KIND[c] = (byte) ((Character.isUpperCase((char) c) ? CAPITALISED : 0)
                    | (Character.isDigit((char) c) ? DIGIT_FIRST : 0)
                    | (Character.isWhitespace((char) c) ? SPACE : 0)
                    | (Character.isLetterOrDigit((char) c) ? LETTER_OR_DIGIT : 0));
        }
    }

    private final String source;
    private int size;
    private int[] starts;
    private int[] ends;
    private byte[] shapes;
    /**
     * The capitalised tokens and the words that open with a digit or have a hyphen inside, in order: a name's words
     * are among them, and about a sixth of an article's tokens are.
     */
    private int[] nameLike;
    private int nameLikeCount;
    /** The tokens made so far by {@link #get}; per call, never shared between threads. */
    private Token[] made;

    private Tokens(String source, int capacity) {
        this.source = source;
        starts = new int[capacity];
        ends = new int[capacity];
        shapes = new byte[capacity];
        nameLike = new int[capacity / 4 + 1];
    }

    static Tokens of(String text) {
        // One copy to a char array: the loops below then read plain array elements, not String.charAt's
        // bounds and encoding checks per character.
        return of(text, text.toCharArray());
    }

    /** @param chars the characters of {@code text}, when the caller has copied them already; only read */
    static Tokens of(String text, char[] chars) {
        Tokens tokens = new Tokens(text, chars.length / 5 + 1);
        boolean sentenceStart = true;
        int nextHyphen = -1; // the first hyphen at or after i, found again only once i has passed it
        int i = 0;
        int n = chars.length;
        while (i < n) {
            char c = chars[i];
            int kind = KIND[c];
            if ((kind & SPACE) != 0) {
                sentenceStart |= c == '\n';
                i++;
            } else if ((kind & LETTER_OR_DIGIT) != 0) {
                int end = wordEnd(text, chars, i);
                if (nextHyphen < i && nextHyphen != Integer.MAX_VALUE) {
                    nextHyphen = text.indexOf('-', i);
                    nextHyphen = nextHyphen < 0 ? Integer.MAX_VALUE : nextHyphen;
                }
                tokens.add(i, end, (sentenceStart ? SENTENCE_START : 0) | WORD | kind & (CAPITALISED | DIGIT_FIRST)
                        | (nextHyphen < end ? HYPHENATED : 0));
                sentenceStart = false;
                i = end;
            } else if (isApostrophe(c) && i + 1 < n && (chars[i + 1] == 's' || chars[i + 1] == 'S')
                    && (i + 2 == n || !isLetterOrDigit(chars[i + 2]))) {
                tokens.add(i, i + 2, 0);
                i += 2;
            } else {
                // a mark may count as a capital: "Ⓐ" and "Ⅻ" are upper case without being letters
                tokens.add(i, i + 1, (sentenceStart ? SENTENCE_START : 0) | kind & CAPITALISED);
                // an opening quote or bracket keeps the sentence start for the word inside it
                sentenceStart = c == '.' || c == '!' || c == '?' || c == ':' || c == ';'
                        || (sentenceStart && (c == '“' || c == '"' || c == '‘' || c == '(' || c == '\''))
                        || c == '“';
                i++;
            }
        }
        tokens.made = new Token[tokens.size];
        return tokens;
    }

    private void add(int start, int end, int shape) {
        if (size == starts.length) {
            int capacity = size + (size >> 1) + 1;
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            shapes = Arrays.copyOf(shapes, capacity);
        }
        starts[size] = start;
        ends[size] = end;
        shapes[size] = (byte) shape;
        if ((shape & NAME_LIKE) != 0) {
            if (nameLikeCount == nameLike.length) {
                nameLike = Arrays.copyOf(nameLike, nameLikeCount + (nameLikeCount >> 1) + 1);
            }
            nameLike[nameLikeCount++] = size;
        }
        size++;
    }

    @Override
    public int size() {
        return size;
    }

    /** Token {@code k}, made on the first call for it and the same object after. */
    @Override
    public Token get(int k) {
        Token token = made[k];
        return token != null ? token : make(k);
    }

    private Token make(int k) {
        int start = starts[k];
        int shape = shapes[k];
        char c = source.charAt(start);
        // punctuation marks share their strings
        String text = (shape & WORD) == 0 && ends[k] - start == 1 && c < ASCII.length ? ASCII[c] : null;
        Token token = new Token(source, start, ends[k], shape, text);
        made[k] = token;
        return token;
    }

    /**
     * The text of token {@code k}, as {@link Token#text}; a punctuation mark's shared string without a token made for
     * it: the rules ask the words around names what they are, and many of those are marks.
     */
    String text(int k) {
        if (made[k] == null && (shapes[k] & WORD) == 0 && ends[k] - starts[k] == 1) {
            char c = source.charAt(starts[k]);
            if (c < ASCII.length) {
                return ASCII[c];
            }
        }
        return get(k).text();
    }

    /*
     * What the scans over every token ask, from the arrays: no Token made.
     */

    int start(int k) {
        return starts[Objects.checkIndex(k, size)];
    }

    int end(int k) {
        return ends[Objects.checkIndex(k, size)];
    }

    boolean sentenceStart(int k) {
        return (shapes[Objects.checkIndex(k, size)] & SENTENCE_START) != 0;
    }

    boolean isWord(int k) {
        return (shapes[Objects.checkIndex(k, size)] & WORD) != 0;
    }

    boolean isCapitalised(int k) {
        return (shapes[Objects.checkIndex(k, size)] & CAPITALISED) != 0;
    }

    /** A word that opens with a digit ("23andMe", "500"). */
    boolean opensWithDigit(int k) {
        return (shapes[Objects.checkIndex(k, size)] & DIGIT_FIRST) != 0;
    }

    boolean isHyphenated(int k) {
        return (shapes[Objects.checkIndex(k, size)] & HYPHENATED) != 0;
    }

    /** A word whose first letter is a capital. */
    boolean isCapitalisedWord(int k) {
        return (shapes[Objects.checkIndex(k, size)] & (WORD | CAPITALISED)) == (WORD | CAPITALISED);
    }

    /** How many tokens are capitalised, or words that open with a digit or have a hyphen inside. */
    int nameLikeCount() {
        return nameLikeCount;
    }

    /** The index of the {@code c}th token that is capitalised, or a word that opens with a digit or has a hyphen inside. */
    int nameLike(int c) {
        return nameLike[Objects.checkIndex(c, nameLikeCount)];
    }

    /** Neither a word that opens with a digit nor one with a hyphen inside: its shape bits say all about it. */
    boolean isPlainWordOrMark(int k) {
        return (shapes[Objects.checkIndex(k, size)] & (DIGIT_FIRST | HYPHENATED)) == 0;
    }

    /** Whether token {@code k} is written {@code word}: compared in the text, not copied out of it. */
    boolean is(int k, String word) {
        int start = starts[Objects.checkIndex(k, size)];
        return ends[k] - start == word.length() && source.startsWith(word, start);
    }

    /** "'s", "’s". */
    boolean isPossessive(int k) {
        return isPossessive(source, starts[Objects.checkIndex(k, size)], ends[k]);
    }

    private static boolean isPossessive(String source, int start, int end) {
        return end - start == 2 && isApostrophe(source.charAt(start))
                && (source.charAt(start + 1) == 's' || source.charAt(start + 1) == 'S');
    }

    /** How many characters token {@code k} has. */
    int length(int k) {
        return ends[Objects.checkIndex(k, size)] - starts[k];
    }

    /** The last character of token {@code k}. */
    char last(int k) {
        return source.charAt(ends[Objects.checkIndex(k, size)] - 1);
    }

    /** The first character of token {@code k}. */
    char first(int k) {
        return source.charAt(start(k));
    }

    private static boolean isLetterOrDigit(char c) {
        return (KIND[c] & LETTER_OR_DIGIT) != 0;
    }

    /**
     * Letters and digits, joined by single inner apostrophes, hyphens, dots or ampersands ("O'Neil", "AT&T").
     * {@code chars} holds the characters of {@code text}.
     */
    private static int wordEnd(String text, char[] chars, int start) {
        int n = chars.length;
        int i = start + 1;
        while (true) {
            while (i < n && isLetterOrDigit(chars[i])) {
                i++;
            }
            if (i + 1 < n && isJoiner(chars[i]) && isLetterOrDigit(chars[i + 1])
                    && !(isApostrophe(chars[i]) && isPossessive(chars, i))) {
                i++;
            } else {
                break;
            }
        }
        // Before a full stop: only a word as short as an abbreviation or with a dot of its own may keep it, so the
        // word that ends a sentence is not copied to find out.
        if (i < n && chars[i] == '.' && (i - start <= ABBREVIATIONS.longest() || text.indexOf('.', start) < i)
                && keepsDot(text.substring(start, i))) {
            i++;
        }
        return i;
    }

    private static boolean keepsDot(String word) {
        // "U.S.", "Ph.D.": a dot after letters that dots cut to ones; "Wired.com." ends a sentence
        return ABBREVIATIONS.contains(word) || word.indexOf('.') > 0 && word.length() - word.lastIndexOf('.') <= 2
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0)));
    }

    private static boolean isPossessive(char[] chars, int apostrophe) {
        int s = apostrophe + 1;
        return (chars[s] == 's' || chars[s] == 'S') && (s + 1 == chars.length || !isLetterOrDigit(chars[s + 1]));
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '&' || isApostrophe(c);
    }

    /** A possessive token: an apostrophe, straight or typographic, and an s. */
    static boolean isPossessive(String word) {
        return word.length() == 2 && isApostrophe(word.charAt(0)) && (word.charAt(1) == 's' || word.charAt(1) == 'S');
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
