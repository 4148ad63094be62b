package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and single punctuation marks in one pass, marking the words that open a sentence: a
 * capital there says nothing about a name. Keeps "U.S.", "Mr." and initials whole so their dots end no sentence.
 */
final class Tokens {

    /** A word or punctuation mark; {@code start}/{@code end} are offsets in the text. */
    record Token(String text, int start, int end, boolean sentenceStart) {

        boolean isWord() {
            return Text.isLetterOrDigit(text.charAt(0));
        }

        boolean isCapitalised() {
            return Character.isUpperCase(text.charAt(0));
        }

        /** "'s", "’s": kept as the text writes it, as a name that ends in it must be ("Macy’s"). */
        boolean isPossessive() {
            return Tokens.isPossessive(text);
        }
    }

    private static final WordList ABBREVIATIONS = WordList.of("Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov",
            "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Brig", "Rev", "St", "Mt", "Jr", "Sr", "Inc",
            "Ltd", "Corp", "Co", "Bros", "No", "vs", "Ft");

    /** Punctuation marks as strings, made once: an article has hundreds of commas. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    private Tokens() {
    }

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5);
        boolean sentenceStart = true;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                sentenceStart |= c == '\n';
                i++;
            } else if (Text.isLetterOrDigit(c)) {
                int end = wordEnd(text, i);
                tokens.add(new Token(text.substring(i, end), i, end, sentenceStart));
                sentenceStart = false;
                i = end;
            } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Text.isLetterOrDigit(text.charAt(i + 2)))) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2, false));
                i += 2;
            } else {
                tokens.add(new Token(c < ASCII.length ? ASCII[c] : String.valueOf(c), i, i + 1, sentenceStart));
                // an opening quote or bracket keeps the sentence start for the word inside it
                sentenceStart = c == '.' || c == '!' || c == '?' || c == ':' || c == ';'
                        || (sentenceStart && (c == '“' || c == '"' || c == '‘' || c == '(' || c == '\''))
                        || c == '“';
                i++;
            }
        }
        return tokens;
    }

    /** Letters and digits, joined by single inner apostrophes, hyphens, dots or ampersands ("O'Neil", "AT&T"). */
    private static int wordEnd(String text, int start) {
        int n = text.length();
        int i = start + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (Text.isLetterOrDigit(c)) {
                i++;
            } else if ((c == '-' || c == '.' || c == '&' || isApostrophe(c)) && i + 1 < n
                    && Text.isLetterOrDigit(text.charAt(i + 1))
                    && !(isApostrophe(c) && isPossessive(text, i))) {
                i++;
            } else {
                break;
            }
        }
        // Before a full stop: only a word as short as an abbreviation or with a dot of its own may keep it, so the
        // word that ends a sentence is not copied to find out.
        if (i < n && text.charAt(i) == '.' && (i - start <= ABBREVIATIONS.longest() || text.indexOf('.', start) < i)
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

    private static boolean isPossessive(String text, int apostrophe) {
        int s = apostrophe + 1;
        return (text.charAt(s) == 's' || text.charAt(s) == 'S')
                && (s + 1 == text.length() || !Text.isLetterOrDigit(text.charAt(s + 1)));
    }

    /** A possessive token: an apostrophe, straight or typographic, and an s. */
    static boolean isPossessive(String word) {
        return word.length() == 2 && isApostrophe(word.charAt(0)) && (word.charAt(1) == 's' || word.charAt(1) == 'S');
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’';
    }
}
