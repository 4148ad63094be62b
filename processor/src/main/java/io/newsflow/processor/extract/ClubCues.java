package io.newsflow.processor.extract;

import java.util.Set;

/**
 * What says a name is a club, or the firm or label someone signs with, whatever its words: a match played ("beat
 * Chelsea", "drew 1-1 with Lyon", "Liverpool 3 Bournemouth 0"), its staff ("Chelsea manager"), a player or an
 * artist joining it ("joined Vanxim", "signed with Coburg").
 */
final class ClubCues {

    /** Who works for a club, after its name: "Chelsea manager Enzo Maresca", "Leicester striker Jamie Vardy". */
    static final Set<String> CLUB_STAFF = WordSets.of("coach", "manager", "boss", "striker", "midfielder",
            "defender", "goalkeeper", "winger", "squad");
    private static final Set<String> MATCH_BEFORE = WordSets.of("beat", "beats", "beating", "defeated", "defeating",
            "against", "vs", "v", "versus", "hosts", "hosted", "hosting", "thrashed", "edged", "eliminated");
    private static final Set<String> MATCH_AFTER = WordSets.of("beat", "beats", "defeated", "drew", "thrashed", "edged");
    /** Verbs whose object is a body one becomes part of. */
    private static final Set<String> JOINING = WordSets.of("joined", "joins", "joining", "rejoined", "quit");
    /** Verbs of a contract, whose object after "to", "with" or "for" is a club or a label. */
    private static final Set<String> SIGNING = WordSets.of("signed", "signs", "signing", "re-signed");
    private static final Set<String> PLAYING = WordSets.of("played", "plays", "playing");

    private ClubCues() {
    }

    /**
     * "joined Vanxim", "signed with Coburg", "signed to Deltasonic", "played for Footscray": what a player or an
     * artist joins or signs with is a club, a firm or a label, even where a town gives it its name.
     */
    static boolean joinsABody(Tokens tokens, int from) {
        String before = from > 0 ? tokens.get(from - 1).text() : "";
        String twoBefore = from > 1 ? tokens.get(from - 2).text() : "";
        return JOINING.contains(before) || SIGNING.contains(twoBefore)
                && (before.equals("to") || before.equals("with") || before.equals("for"))
                || PLAYING.contains(twoBefore) && before.equals("for");
    }

    /**
     * A club at play: "beat Chelsea", "against Leeds", "drew (1-1) with Lyon", "a draw by Genk", "won 2-0 at Lyon",
     * "lost to Porto", "Chelsea 3-1", "Celtic thrashed", "Chelsea manager", "Chelsea supporters".
     */
    static boolean playsAMatch(Tokens tokens, int from, int to) {
        String before = from > 0 ? tokens.get(from - 1).text() : "";
        String after = to < tokens.size() ? tokens.get(to).text() : "";
        if (MATCH_BEFORE.contains(before) || MATCH_AFTER.contains(after) || isScore(after)
                || CLUB_STAFF.contains(after) || after.equals("supporters") || inResultLine(tokens, from, to)) {
            return true;
        }
        String twoBefore = from > 1 ? tokens.get(from - 2).text() : "";
        return before.equals("with") && (twoBefore.equals("drew") || twoBefore.equals("draw") || isScore(twoBefore))
                || before.equals("to") && (twoBefore.equals("lost") || twoBefore.equals("defeat") || isScore(twoBefore))
                || before.equals("over") && (twoBefore.equals("win") || twoBefore.equals("victory"))
                || before.equals("by") && (twoBefore.equals("beaten") || twoBefore.equals("defeated")
                        || twoBefore.equals("held") || twoBefore.equals("draw"))
                || before.equals("at") && (twoBefore.equals("drew") || isScore(twoBefore));
    }

    /** A results table's line, "Liverpool 3 Bournemouth 0": goals after the name, and a side or goals around it. */
    private static boolean inResultLine(Tokens tokens, int from, int to) {
        if (to >= tokens.size() || !isGoals(tokens.get(to).text())) {
            return false;
        }
        if (from > 0 && isGoals(tokens.get(from - 1).text())) {
            return true;
        }
        int k = to + 1; // the other side's name, then its goals: "3 West Ham 0"
        while (k < tokens.size() && k <= to + 3 && tokens.get(k).isCapitalised() && !tokens.get(k).sentenceStart()) {
            k++;
        }
        return k > to + 1 && k < tokens.size() && isGoals(tokens.get(k).text());
    }

    private static boolean isGoals(String word) {
        return word.length() <= 2 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(word.length() - 1));
    }

    /** "3-1": digits, a hyphen, digits. */
    private static boolean isScore(String word) {
        int dash = word.indexOf('-');
        return dash > 0 && dash < word.length() - 1 && digitsAround(word, dash) && word.indexOf('-', dash + 1) < 0;
    }

    /** Digits in every place of {@code word} but the hyphen's at {@code dash}. */
    private static boolean digitsAround(String word, int dash) {
        for (int i = 0; i < word.length(); i++) {
            if (i != dash && !Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
