package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.Tokens.Token;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What the words around an unknown name suggest it is: "the band Killing Joke", "carmaker Geely", "singer Shakira",
 * "the village of Lougou", "Halliburton's shares", "Dozier said", "in Gazipur". Only a hint: a list or a name's own
 * words outrank it, and a person named in full elsewhere in the article claims a short form whatever its hint.
 */
final class NameCues {

    /**
     * Every list below, as a bit: a candidate's hint asks some twenty of them about the same few words around it, one
     * look-up per word here. Declared first, as the lists' initialisers fill it.
     */
    private static final WordBits CUES = new WordBits();

    private static final int SAYING = CUES.list("said", "says", "told", "added", "explained", "stated",
            "noted", "argued", "wrote", "asked", "replied", "insisted", "stressed", "emphasized", "emphasised",
            "underlined", "announced", "warned", "claimed", "believes", "thinks", "urged", "recalled", "who", "tweeted",
            "testified", "recalls", "adds", "tells");
    private static final int PLACE_PREPOSITIONS = CUES.list("in", "near", "outside", "across", "to", "from",
            "at", "towards", "toward", "atop");
    /** Prepositions that place a name of two or more words as surely as one: "in Cedar Rapids", "atop Mauna Kea". */
    private static final int SURE_PLACE_PREPOSITIONS = CUES.list("in", "near", "atop");

    /** Nouns that name what kind of body the next name is. */
    private static final int ORGANISATION_NOUNS = CUES.list("band", "group", "company", "firm", "club", "team",
            "label", "network", "channel", "broadcaster", "newspaper", "daily", "tabloid", "magazine", "publisher",
            "airline", "carrier", "bank", "lender", "insurer", "retailer", "supermarket", "chain", "brand", "maker",
            "carmaker", "automaker", "manufacturer", "giant", "startup", "start-up", "conglomerate", "agency",
            "outfit", "side", "franchise", "party", "charity", "nonprofit", "union", "regulator", "operator",
            "developer", "studio", "station", "subsidiary", "miner", "distributor", "supplier", "fund", "university", "college", "school",
            "hospital", "militia", "movement", "website", "app", "platform", "service", "airlines", "ensemble", "journal",
            "outlet", "publication", "newswire", "site", "blog", "podcast");
    /** "A spokeswoman for Southern Water", "he played for Benfica", "chief executive of Tesla", "analyst at UBS". */
    private static final int MEMBER_OF = CUES.list("spokesman", "spokeswoman", "spokesperson", "works",
            "worked", "working", "plays", "played", "playing", "signed", "writes", "wrote", "writing", "executive",
            "executives", "founder", "co-founder", "chairman", "chairwoman", "owner", "shareholders", "shares",
            "employees", "employee", "subsidiary", "analyst", "analysts", "economist", "economists", "professor",
            "CEO", "ceo", "president", "director", "chief", "boss", "head", "member", "members", "partner", "partners",
            "investor", "investors", "shareholder", "stake", "staff", "researcher", "researchers", "lawyer", "lawyers",
            "strategist", "strategists", "manager", "managers", "editor", "reporter", "correspondent", "columnist",
            "scientist", "scientists");
    /** What follows a club's or a company's name: "Chelsea coach Enzo Maresca", "Google spokesman". */
    private static final int ORGANISATION_STAFF = CUES.list(union(ClubCues.CLUB_STAFF, WordSets.of("spokesman", "spokeswoman",
            "spokesperson", "shares", "shareholders", "executives", "employees", "chairman", "chairwoman", "CEO", "CFO",
            "COO", "founder", "co-founder", "newspaper", "magazine", "tabloid", "website", "broadcaster", "subsidiary", "headquarters",
            "official", "officials", "executive", "chief", "president", "director", "board", "researchers", "stock",
            "stake", "owner", "owners", "unit", "workers", "staff", "engineers", "lawyers", "union", "party", "group", "leader",
            "leaders")));
    /** What a longer name faces: a body far more often than a person no list knows. */
    private static final int OPPOSED = CUES.list("against", "hosts", "hosted", "hosting", "vs", "versus");
    private static final int DETERMINERS = CUES.list("a", "an", "the", "its", "his", "her", "their");
    /** Nouns for people: what someone does or is to someone else. */
    private static final int PERSON_NOUNS = CUES.list("singer", "actor", "actress", "rapper", "striker",
            "forward", "midfielder", "defender", "goalkeeper", "winger", "coach", "manager", "quarterback", "pitcher",
            "player", "author", "writer", "novelist", "poet", "director", "filmmaker", "artist", "painter",
            "sculptor", "photographer", "musician", "guitarist", "drummer", "bassist", "vocalist", "pianist",
            "composer", "songwriter", "comedian", "journalist", "reporter", "correspondent", "columnist", "editor",
            "analyst", "economist", "lawyer", "attorney", "businessman", "businesswoman", "entrepreneur", "tycoon",
            "billionaire", "chef", "activist", "politician", "lawmaker", "legislator", "candidate", "challenger",
            "incumbent", "boxer", "wrestler", "golfer", "cyclist", "swimmer", "runner", "sprinter", "teammate",
            "son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "widow", "cousin",
            "nephew", "niece", "uncle", "aunt", "grandson", "granddaughter", "friend", "colleague", "founder",
            "co-founder", "spokesman", "spokeswoman", "spokesperson", "suspect", "defendant", "plaintiff",
            "prosecutor", "executive", "scientist", "researcher", "historian", "philosopher", "architect", "designer",
            "producer", "presenter", "host", "anchor", "star", "legend", "veteran", "rookie", "captain",
            "chancellor", "minister", "president", "premier", "governor", "mayor", "senator", "congressman",
            "congresswoman", "dancer", "model", "doctor", "surgeon", "nurse", "teacher", "student",
            "officer", "soldier", "general", "colonel", "sergeant", "pilot", "priest", "bishop", "cleric",
            "referee", "umpire", "jockey", "trainer", "skier", "skater", "batsman", "bowler", "catcher");
    /** Nouns for places, before the name or before "of" ("the village of Lougou"). */
    private static final int PLACE_NOUNS = CUES.list("city", "town", "village", "hamlet", "suburb",
            "neighbourhood", "neighborhood", "district", "province", "state", "region", "county", "island",
            "port", "capital", "municipality", "commune", "parish", "borough", "township", "settlement",
            "enclave", "territory", "country", "nation", "republic", "kingdom", "outskirts", "north", "south",
            "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern",
            "western", "central", "resort", "river", "valley");
    /** Nouns for a part of a country, after its name: "the Donbas region", "the Kherson province". */
    private static final int AREA_NOUNS = CUES.list("region", "province", "district", "valley", "peninsula",
            "basin", "prefecture", "governorate", "oblast", "countryside", "coast", "area", "delta", "highlands");
    /** What an organisation, a person or a place has: "Halliburton's shares", "Dozier's wife", "Iraq's capital". */
    private static final int ORGANISATION_HAS = CUES.list("shares", "stock", "shareholders", "board",
            "headquarters", "subsidiary", "chief", "ceo", "executives", "employees", "staff", "workers",
            "customers", "products", "profit", "profits", "revenue", "revenues", "sales", "earnings", "website",
            "album", "debut", "lineup", "line-up", "members", "roster", "squad", "fans", "stadium", "manifesto",
            "spokesman", "spokeswoman", "spokesperson", "founder", "owner", "owners", "chairman", "chairwoman",
            "chairperson", "subsidiaries", "shareholder", "investors");
    private static final int PERSON_HAS = CUES.list("wife", "husband", "son", "daughter", "father",
            "mother", "brother", "sister", "parents", "family", "children", "girlfriend", "boyfriend", "widow",
            "career", "death", "birth", "funeral", "lawyer", "lawyers", "attorney", "attorneys", "body",
            "life", "memoir", "biography", "presidency", "campaign", "resignation", "arrest", "trial");
    private static final int PLACE_HAS = CUES.list("capital", "population", "economy", "borders", "border",
            "coast", "residents", "inhabitants", "citizens", "mayor", "governor", "streets", "outskirts",
            "suburbs", "province", "provinces", "region", "regions", "airport", "parliament", "government",
            "army", "military", "constitution");

    private static final Set<String> STOP_WORDS = StopWords.of("en");

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new HashSet<>(some);
        all.addAll(others);
        return all;
    }

    private static boolean is(String word, int list) {
        return (CUES.of(word) & list) != 0;
    }

    /** Craft a one-word name may be given ("the Orion spacecraft", "a Vulcan rocket"), not a place or a body. */
    private static final int CRAFT = CUES.list("spacecraft", "rocket", "rockets", "capsule", "lander", "rover",
            "satellite", "satellites", "telescope", "launcher", "booster", "probe", "spaceship");

    /** A one-word name right before a craft's noun is the craft's, a product the guidelines leave out. */
    static boolean namesACraft(Tokens tokens, int from, int to) {
        return to - from == 1 && to < tokens.size() && is(tokens.text(to), CRAFT);
    }

    private final Gazetteer gazetteer;

    NameCues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The type the neighbours of tokens {@code from..to} suggest, or null. */
    String hint(Tokens tokens, int from, int to) {
        String after = to < tokens.size() ? tokens.text(to) : "";
        String before = from > 0 ? tokens.text(from - 1) : "";
        int afterIs = CUES.of(after);
        int beforeIs = CUES.of(before);
        if (speaksForABody(tokens, from, to, afterIs)) {
            return Entity.ORGANIZATION;
        }
        if (!after.equals("in") && listedAfterIn(tokens, from, to, beforeIs)) {
            // "unions in Gazipur and Narayanganj said": the places, not who said it; "3AW in Melbourne and FIVEaa in
            // Adelaide" pairs bodies with places
            return Entity.LOCATION;
        }
        if (listedBeforeBodies(tokens, from, to, afterIs, beforeIs)) {
            return Entity.ORGANIZATION; // "includes Draper, Lockheed Martin, and Northrop Grumman"
        }
        if ((afterIs & SAYING) != 0 || before.equals("said") && saidOpensClause(tokens, from - 1)
                || to - from > 1 && after.equals("of") && opensAListedBody(tokens, to + 1)) {
            return Entity.PERSON;
        }
        if (after.equals(",")) {
            String apposition = apposition(tokens, to + 1);
            if (apposition != null) {
                return apposition;
            }
        }
        // the word two before speaks only through one of these prepositions: most names need it neither copied nor
        // looked up
        int twoBeforeIs = from > 1 && (beforeIs & ASKS_WORD_BEFORE) != 0 ? CUES.of(tokens.text(from - 2)) : 0;
        if (from > 1 && publishedIn(twoBeforeIs, before) && !gazetteer.isCity(tokens.get(from))) {
            return Entity.ORGANIZATION; // "published in Science", "reprinted on Wired.com", "surveyed by Refinitiv"
        }
        if (to - from == 1 && (after.equals("administration") || after.equals("regime"))) {
            return Entity.PERSON; // "the Trump administration", "the Assad regime"
        }
        String kind = before.equals("producer") && madeByAFirm(tokens, from - 2) ? Entity.ORGANIZATION : kindOf(beforeIs);
        if (kind == null) {
            kind = kindOfExample(tokens, from, beforeIs);
        }
        if (kind == null) {
            kind = definedAs(tokens, to, afterIs);
        }
        if (kind != null) {
            return kind;
        }
        if (from > 1 && (before.equals("for") || before.equals("of") || before.equals("at"))
                && (cuesAtSentenceStart(tokens.get(from - 2), twoBeforeIs) & MEMBER_OF) != 0) {
            return Entity.ORGANIZATION; // "a spokeswoman for X", "chief executive of X", "an analyst at X"
        }
        if (before.equals("of") && from > 1 && (twoBeforeIs & PLACE_NOUNS) != 0
                || before.equals("the") && (afterIs & AREA_NOUNS) != 0
                && !gazetteer.isDemonym(tokens.get(to - 1))) {
            // "the village of Lougou", "the Donbas region", "the Boston area"; "the Goan countryside" is a people's
            return Entity.LOCATION;
        }
        if (Tokens.isPossessive(after) && to + 1 < tokens.size()) {
            String owned = owner(CUES.of(tokens.get(to + 1).text()));
            if (owned != null) {
                return owned;
            }
            if (to - from > 1 && opensAListedBody(tokens, to + 1)) {
                return Entity.PERSON; // "Elon Musk’s SpaceX": a listed firm's owner of two words or more is its founder
            }
        }
        if (ClubCues.joinsABody(tokens, from)) {
            return Entity.ORGANIZATION; // "he joined Vanxim in 2015", "signed with Benfica", "signed to Deltasonic"
        }
        if ((afterIs & ORGANISATION_STAFF) != 0) {
            return Entity.ORGANIZATION; // "Chelsea coach Enzo Maresca", "Google spokesman"
        }
        if (to - from == 1 ? ClubCues.playsAMatch(tokens, from, to) : (beforeIs & OPPOSED) != 0) {
            // a town's club: "Arsenal beat Chelsea 3-1", "a suit against Amuse World"; "Novak Djokovic beat" a player
            return Entity.ORGANIZATION;
        }
        // "in Eurogamer's review", "prior to Mophie's": the preposition governs what the name owns
        boolean accordingTo = before.equals("to") && from > 1 && tokens.get(from - 2).text().equalsIgnoreCase("according");
        if ((beforeIs & (to - from == 1 ? PLACE_PREPOSITIONS : SURE_PLACE_PREPOSITIONS)) != 0
                && !accordingTo && !Tokens.isPossessive(after) && noCommonWord(tokens, from, to)) {
            return Entity.LOCATION;
        }
        return null;
    }

    /**
     * "in Gazipur and Narayanganj", "in Erlangen, Nuremberg or Fürth", "in Senlis, Oise, Picardie": a later name of a
     * list opened by a known place ("in Management, Sales and Consulting" lists no places, "in Miami, ERJ
     * International, a charity" has a longer name and no "and").
     */
    private boolean listedAfterIn(Tokens tokens, int from, int to, int beforeIs) {
        if (from < 3 || (beforeIs & LIST_JOINS) == 0) {
            return false;
        }
        int k = from - 2;
        while (k > 0 && k >= from - 8 && (is(tokens.text(k), LIST_JOINS) || tokens.isCapitalised(k)
                && !tokens.sentenceStart(k))) {
            k--;
        }
        String first = tokens.get(k + 1).text();
        return k < from - 2 && tokens.is(k, "in") && (gazetteer.isLocation(first) || gazetteer.isCity(first))
                && !gazetteer.isCommonWord(tokens.get(from)) && (to - from == 1 || endsWithAnd(tokens, k, from));
    }

    private static final int LIST_JOINS = CUES.list(",", "and", "or");

    /**
     * A name that opens a list going on with a listed body ("includes Draper, Lockheed Martin, and Northrop Grumman")
     * is one too, though a town bears it; after a place's preposition ("in Seattle, Amazon and Microsoft") it is the
     * place the sentence is set in.
     */
    private boolean listedBeforeBodies(Tokens tokens, int from, int to, int afterIs, int beforeIs) {
        if (to + 1 >= tokens.size() || (afterIs & LIST_JOINS) == 0
                || from > 0 && (cuesAtSentenceStart(tokens.get(from - 1), beforeIs) & PLACE_PREPOSITIONS) != 0) {
            return false;
        }
        return listedBodyAt(tokens, to + 1, end -> end < tokens.size() && is(tokens.text(end), LIST_JOINS));
    }

    /** A list has its "and" or "or" before the name at {@code at} or right after it. */
    private static boolean endsWithAnd(Tokens tokens, int from, int at) {
        for (int k = from; k <= at + 2 && k < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (k != at + 1 && (word.equals("and") || word.equals("or"))) {
                return true;
            }
        }
        return false;
    }

    /** The prepositions after which a rule asks the word before them: "published in X", "a spokeswoman for X". */
    private static final int ASKS_WORD_BEFORE = CUES.list("in", "on", "by", "for", "of", "at");

    /** What a publication does to a text, and texts it publishes: "published in X", "a paper in X". */
    private static final int PUBLISHING = CUES.list("published", "reprinted", "republished", "syndicated",
            "paper", "papers", "study", "article", "editorial");
    private static final int SURVEYING = CUES.list("surveyed", "polled", "published", "reported", "compiled");

    /**
     * "published in [Science]", "originally published on [Live Science]", "a paper in [Nature]", "analysts surveyed by
     * [Refinitiv]".
     */
    private static boolean publishedIn(int verbIs, String preposition) {
        return (verbIs & PUBLISHING) != 0 && (preposition.equals("in") || preposition.equals("on"))
                || (verbIs & SURVEYING) != 0 && preposition.equals("by");
    }

    /**
     * "Sui-Lee Wee of the New York Times", "Jane Hill of Reuters": a name of two or more words before "of" and a listed
     * body is someone who works there (a body's own "of" name was kept whole by the chunker).
     */
    private boolean opensAListedBody(Tokens tokens, int at) {
        int from = at < tokens.size() && tokens.is(at, "the") ? at + 1 : at;
        return listedBodyAt(tokens, from, end -> true);
    }

    /** Whether a listed body of up to four name words opens at {@code from}, ending where {@code endsWell} allows. */
    private boolean listedBodyAt(Tokens tokens, int from, IntPredicate endsWell) {
        for (int end = from + 1; end <= Math.min(tokens.size(), from + 4); end++) {
            if (!NameChunker.isNameWord(tokens, end - 1)) {
                return false;
            }
            if (gazetteer.isOrganisation(tokens, from, end) && endsWell.test(end)) {
                return true;
            }
        }
        return false;
    }

    /** Where a firm's words come from: a statement, a filing, a press release. */
    private static final int CORPORATE_CHANNELS = CUES.list("statement", "filing", "release", "press");

    /**
     * "X said its profit...", and a one-word X "said in a statement": a body speaking. News names a person in full
     * first, so a lone word issuing statements is a firm or an agency far more often than someone's surname.
     */
    private static boolean speaksForABody(Tokens tokens, int from, int to, int afterIs) {
        if (to + 1 >= tokens.size() || (afterIs & SAID) == 0) {
            return false;
        }
        if (tokens.is(to + 1, "its")) {
            return true;
        }
        return to - from == 1 && tokens.is(to + 1, "in") && to + 3 < tokens.size()
                && (tokens.is(to + 2, "a") || tokens.is(to + 2, "its"))
                && is(tokens.get(to + 3).text(), CORPORATE_CHANNELS);
    }

    private static final int SAID = CUES.list("said", "says", "stated", "announced", "added");

    /** What a producer who is a person makes; any other producer ("zinc producer X", "oil producer X") is a firm. */
    private static final int ARTS = CUES.list("film", "movie", "record", "music", "television", "radio",
            "theatre", "theater", "executive", "documentary", "hip-hop", "co", "line", "associate", "veteran", "famed",
            "legendary", "award-winning", "dance", "house", "techno", "rap", "reggae", "jazz", "pop", "rock");

    /** Whether the word at {@code at}, before "producer", is a lower-case product no artist makes ("zinc producer"). */
    private static boolean madeByAFirm(Tokens tokens, int at) {
        if (at < 0) {
            return false;
        }
        Token made = tokens.get(at);
        return made.isWord() && !made.isCapitalised() && !is(made.text(), ARTS | DETERMINERS)
                && !STOP_WORDS.contains(made.text());
    }

    /**
     * "…,” said X" and "he was, said X," put the speaker after "said"; in "the government said X would…" X is what was
     * said, not who said it.
     */
    private static boolean saidOpensClause(Tokens tokens, int said) {
        return said == 0 || tokens.get(said).sentenceStart() || !tokens.get(said - 1).isWord();
    }

    /**
     * The lists {@code token} is on in lower case at a sentence's start, else {@code asWritten}, its own: "Shares of X"
     * opens a sentence as "shares of X" runs inside one; "Professor of Mathematics" is a title.
     */
    private static int cuesAtSentenceStart(Token token, int asWritten) {
        return token.sentenceStart() ? CUES.of(token.text().toLowerCase(Locale.ROOT)) : asWritten;
    }

    /** What a noun (the lists it is on) says its name is: "the band X", "striker X", "the village X". */
    private static String kindOf(int nounIs) {
        return typeIn(nounIs, ORGANISATION_NOUNS, PERSON_NOUNS, PLACE_NOUNS);
    }

    /** Words that open a list of examples of a kind: "bands like X", "firms such as X", "clients include X". */
    private static final int EXAMPLES = CUES.list("like", "including", "include", "includes", "included");

    /**
     * The kind a plural before an example names: "bands like [The Ramones]", "companies such as [Nyrstar]", "cities
     * including [Lyon]"; the names listed with it share the hint.
     */
    private static String kindOfExample(Tokens tokens, int from, int beforeIs) {
        int at = from - 1;
        if (at > 1 && tokens.is(at, "as") && tokens.is(at - 1, "such")) {
            at--;
        } else if (at < 1 || (beforeIs & EXAMPLES) == 0) {
            return null;
        }
        String plural = tokens.get(at - 1).text();
        if (plural.length() < 4 || !plural.endsWith("s")) {
            return null;
        }
        String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.substring(0, plural.length() - 1);
        return kindOf(CUES.of(singular));
    }

    /** What owning a thing (the lists it is on) says its owner is: "X's shares", "X's wife", "X's capital". */
    private static String owner(int ownedIs) {
        return typeIn(ownedIs, ORGANISATION_HAS, PERSON_HAS, PLACE_HAS);
    }

    private static String typeIn(int wordIs, int organisations, int people, int places) {
        if ((wordIs & organisations) != 0) {
            return Entity.ORGANIZATION;
        }
        if ((wordIs & people) != 0) {
            return Entity.PERSON;
        }
        return (wordIs & places) != 0 ? Entity.LOCATION : null;
    }

    /**
     * What a comma after the name goes on to say: "Bridgton, Maine" (a place's state), "Musk, 53," (an age), "Musk,
     * the chief executive" / "Tesla, the carmaker" / "Kharkiv, the second city" (a description).
     */
    private String apposition(Tokens tokens, int at) {
        if (placeFollows(tokens, at)) {
            return Entity.LOCATION;
        }
        if (at + 1 < tokens.size() && isAge(tokens.get(at).text()) && tokens.is(at + 1, ",")) {
            return Entity.PERSON;
        }
        return at < tokens.size() && is(tokens.get(at).text(), DETERMINERS) ? kindAfter(tokens, at + 1) : null;
    }

    /** The first kind named in the few words from {@code at}: "[a French record] label", "[the] carmaker". */
    private static String kindAfter(Tokens tokens, int at) {
        for (int k = at; k < Math.min(tokens.size(), at + 4) && tokens.isWord(k); k++) {
            String kind = kindOf(CUES.of(tokens.get(k).text()));
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static final int COPULAS = CUES.list("is", "was", "are", "were");

    /** "Bilka is a Danish chain", "Crazyhead are an English punk rock band": what a name is defined as. */
    private static String definedAs(Tokens tokens, int to, int afterIs) {
        return to + 2 < tokens.size() && (afterIs & COPULAS) != 0
                && (tokens.is(to + 1, "a") || tokens.is(to + 1, "an"))
                ? kindAfter(tokens, to + 2) : null;
    }

    private static boolean isAge(String word) {
        return word.length() == 2 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(1));
    }

    private boolean noCommonWord(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gazetteer.isCommonWord(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** "Cary, North Carolina": the name at {@code to} is followed by a comma and a listed place. */
    boolean placeAfterComma(Tokens tokens, int to) {
        return to < tokens.size() && tokens.is(to, ",") && placeFollows(tokens, to + 1);
    }

    /** A listed place of one or two words that ends its clause, as a town's state or country does. */
    private boolean placeFollows(Tokens tokens, int at) {
        for (int length = 1; length <= 2 && at + length <= tokens.size(); length++) {
            boolean ends = at + length == tokens.size() || !tokens.isWord(at + length)
                    && !tokens.isPossessive(at + length);
            if (ends && gazetteer.isLocation(tokens, at, at + length)) {
                return true;
            }
        }
        return false;
    }
}
