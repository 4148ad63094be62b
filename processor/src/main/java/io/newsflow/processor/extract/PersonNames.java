package io.newsflow.processor.extract;

import io.newsflow.processor.extract.Tokens.Token;

/**
 * Where a candidate name holds a person's name: which titles before it are someone's ("President Trump", "Rep. Chip
 * Roy") rather than part of a body's name ("Major League Baseball"), and at which word the person's name starts.
 * The lists decide first; the shapes of words ("Frontman", "Dover Saddlery") decide what no list knows.
 */
final class PersonNames {

    /** Endings of nouns for who does something: "Frontman", "Midfielder", "Lobbyist", "Comedian". */
    private static final String[] AGENT_ENDINGS = {"man", "woman", "er", "or", "ist", "ian"};

    private final Gazetteer gazetteer;

    PersonNames(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Whether token {@code at} is a title that comes off the name ending at {@code to}, as a person's does. */
    boolean stripsTitle(Tokens tokens, int at, int to) {
        return gazetteer.isTitle(tokens.get(at))
                && (isAbbreviated(tokens.get(at).text()) && endsLikeASurname(tokens.get(to - 1))
                        || to - at == 2 && personalTitleBeforeSurname(tokens, at)
                        || !beforeCommonWord(tokens, at + 1));
    }

    /**
     * Where a person's name starts in tokens {@code from..to}, or -1: at a first name ("Gene Wolfe", "Imran Khan";
     * a first name that is also a word needs a surname or an uncommon word after it: "Rose Garden" is no one),
     * also after a capitalised job ("Coroner William McLaughlin"). A lone first name counts unless it is a word or a
     * town ("Florence").
     */
    int start(Tokens tokens, int from, int to, boolean city) {
        Token firstWord = tokens.get(from);
        String first = firstWord.text();
        if (Text.hasDigit(first)) {
            return -1; // "F-105 Thunderchief"
        }
        if (to - from == 1) {
            return gazetteer.isGivenName(firstWord) && !gazetteer.isNonEntity(firstWord) && !city
                    && !gazetteer.isCommonWord(firstWord) ? from : -1;
        }
        if (namedAfterPlace(tokens, from, to)) {
            return -1;
        }
        Token lastWord = tokens.get(to - 1);
        boolean surnameLast = !gazetteer.isCommonWord(lastWord) || gazetteer.isSurname(lastWord);
        if (isFirstName(firstWord) && (surnameLast || !gazetteer.isCommonWord(firstWord) && !isPluralNoun(lastWord.text()))) {
            return from;
        }
        boolean job = gazetteer.isCommonWord(firstWord) && !gazetteer.isPlaceWord(firstWord) && !gazetteer.isOrgWord(firstWord)
                || firstWord.sentenceStart() && !gazetteer.isAny(firstWord, Gazetteer.LISTS) && isAgentNoun(first);
        if (surnameLast && job) {
            for (int k = from + 1; k < to - 1; k++) {
                if (isFirstName(tokens.get(k)) && tokens.get(k).isCapitalised()) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * A job no list knows, as a sentence may open with one before a name ("Frontman Chris Martin"): a word with an
     * agent noun's ending, not a name of its own ("Adenet Le Roi").
     */
    private static boolean isAgentNoun(String word) {
        if (!Character.isLowerCase(word.charAt(word.length() - 1))) {
            return false;
        }
        for (String ending : AGENT_ENDINGS) {
            if (word.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** "Lewis Leathers", "Dover Saddlery"'s kind: a plural of an English word names a firm's wares, not a family. */
    private boolean isPluralNoun(String word) {
        return word.length() > 3 && word.endsWith("s") && gazetteer.isCommonWord(word)
                && gazetteer.isCommonWord(word.substring(0, word.length() - 1));
    }

    private boolean isFirstName(Token word) {
        return gazetteer.isGivenName(word) && !gazetteer.isNonEntity(word);
    }

    /**
     * "Houston Chronicle", "Orlando Magic": a town's name before words no surname list knows names a newspaper or a
     * club, not a person ("Paris Hilton").
     */
    private boolean namedAfterPlace(Tokens tokens, int from, int to) {
        if (to - from > 2 && gazetteer.isPlace(tokens, from, from + 2)) {
            return true; // "Sioux Falls Argus", "Los Angeles Galaxy"
        }
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        // a first name that is also a place, before a surname, is a person: "Virginia Giuffre", "Chad Wolf"
        boolean person = gazetteer.isGivenName(first) && (!gazetteer.isCommonWord(last) || gazetteer.isSurname(last))
                && !demonymBeforeHyphen(last); // but "Odessa American" is a newspaper
        return (gazetteer.isCity(first) || gazetteer.isLocation(first)) && !gazetteer.isSurname(last)
                && !gazetteer.isGivenName(tokens.get(from + 1)) && !person;
    }

    /**
     * "Rep.", "Sen.", "Gov.": a title written short stands before a person whatever common word follows ("Rep. Chip
     * Roy"), as no body's name opens with one; before words that end in no surname it addresses an office ("Mr.
     * Ranking Member").
     */
    /**
     * Whether the word up to its first hyphen, the whole word without one, is a people's: "American", "Afghan-born".
     */
    private boolean demonymBeforeHyphen(Token word) {
        int hyphen = word.text().indexOf('-');
        return hyphen < 0 ? gazetteer.isDemonym(word) : gazetteer.isDemonym(word.text().substring(0, hyphen));
    }

    private static boolean isAbbreviated(String title) {
        return title.endsWith(".");
    }

    /**
     * "President Trump", "Governor Brown": a title only a person holds, before one word that is no body's, place's or
     * event's, is that person's; the word is a surname though it is also an English word.
     */
    private boolean personalTitleBeforeSurname(Tokens tokens, int title) {
        Token next = tokens.get(title + 1);
        String word = next.text();
        int notNames = Gazetteer.ORG_WORD | Gazetteer.PLACE_WORD | Gazetteer.TITLE | Gazetteer.NON_ENTITY
                | Gazetteer.DEMONYM;
        return NameShapes.isPersonalTitle(tokens.get(title).text()) && !gazetteer.isAny(next, notNames)
                && !NameShapes.isEventWord(word) && !NameShapes.isVenueWord(word);
    }

    private boolean endsLikeASurname(Token word) {
        return gazetteer.isSurname(word) || !gazetteer.isCommonWord(word);
    }

    /** "Major League Baseball", "General Assembly": a title before a common word is part of a name. */
    private boolean beforeCommonWord(Tokens tokens, int next) {
        Token word = tokens.get(next);
        int names = Gazetteer.TITLE | Gazetteer.GIVEN_NAME | Gazetteer.DEMONYM | Gazetteer.SURNAME;
        return gazetteer.isCommonWord(word) && !gazetteer.isAny(word, names) && !gazetteer.isDemonym(word);
    }

    /** "George F. Hauser": a capital initial between two names. */
    static boolean hasInitial(Tokens tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            String word = tokens.get(k).text();
            if (word.length() == 2 && word.charAt(1) == '.' && Character.isUpperCase(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }
}
