package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.Tokens.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * What the words around an unknown name suggest it is: "the band Killing Joke", "carmaker Geely", "singer Shakira",
 * "the village of Lougou", "Halliburton's shares", "Dozier said", "in Gazipur". Only a hint: a list or a name's own
 * words outrank it, and a person named in full elsewhere in the article claims a short form whatever its hint.
 */
final class NameCues {

    private static final Set<String> SAYING = WordSets.of("said", "says", "told", "added", "explained", "stated",
            "noted", "argued", "wrote", "asked", "replied", "insisted", "stressed", "emphasized", "emphasised",
            "underlined", "announced", "warned", "claimed", "believes", "thinks", "urged", "recalled", "who", "tweeted",
            "testified", "recalls", "adds", "tells");
    private static final Set<String> PLACE_PREPOSITIONS = WordSets.of("in", "near", "outside", "across", "to", "from",
            "at", "towards", "toward", "atop");
    /** Prepositions that place a name of two or more words as surely as one: "in Cedar Rapids", "atop Mauna Kea". */
    private static final Set<String> SURE_PLACE_PREPOSITIONS = WordSets.of("in", "near", "atop");

    /** Nouns that name what kind of body the next name is. */
    private static final Set<String> ORGANISATION_NOUNS = WordSets.of("band", "group", "company", "firm", "club", "team",
            "label", "network", "channel", "broadcaster", "newspaper", "daily", "tabloid", "magazine", "publisher",
            "airline", "carrier", "bank", "lender", "insurer", "retailer", "supermarket", "chain", "brand", "maker",
            "carmaker", "automaker", "manufacturer", "giant", "startup", "start-up", "conglomerate", "agency",
            "outfit", "side", "franchise", "party", "charity", "nonprofit", "union", "regulator", "operator",
            "developer", "studio", "station", "subsidiary", "miner", "distributor", "supplier", "fund", "university", "college", "school",
            "hospital", "militia", "movement", "website", "app", "platform", "service", "airlines", "ensemble", "journal",
            "outlet", "publication", "newswire", "site", "blog", "podcast");
    /** "A spokeswoman for Southern Water", "he played for Benfica", "chief executive of Tesla", "analyst at UBS". */
    private static final Set<String> MEMBER_OF = WordSets.of("spokesman", "spokeswoman", "spokesperson", "works",
            "worked", "working", "plays", "played", "playing", "signed", "writes", "wrote", "writing", "executive",
            "executives", "founder", "co-founder", "chairman", "chairwoman", "owner", "shareholders", "shares",
            "employees", "employee", "subsidiary", "analyst", "analysts", "economist", "economists", "professor",
            "CEO", "ceo", "president", "director", "chief", "boss", "head", "member", "members", "partner", "partners",
            "investor", "investors", "shareholder", "stake", "staff", "researcher", "researchers", "lawyer", "lawyers",
            "strategist", "strategists", "manager", "managers", "editor", "reporter", "correspondent", "columnist",
            "scientist", "scientists");
    /** What follows a club's or a company's name: "Chelsea coach Enzo Maresca", "Google spokesman". */
    private static final Set<String> ORGANISATION_STAFF = union(ClubCues.CLUB_STAFF, WordSets.of("spokesman", "spokeswoman",
            "spokesperson", "shares", "shareholders", "executives", "employees", "chairman", "chairwoman", "CEO", "CFO",
            "COO", "founder", "co-founder", "newspaper", "magazine", "tabloid", "website", "broadcaster", "subsidiary", "headquarters",
            "official", "officials", "executive", "chief", "president", "director", "board", "researchers", "stock",
            "stake", "owner", "owners", "unit", "workers", "staff", "engineers", "lawyers", "union", "party", "group", "leader",
            "leaders"));
    /** What a longer name faces: a body far more often than a person no list knows. */
    private static final Set<String> OPPOSED = WordSets.of("against", "hosts", "hosted", "hosting", "vs", "versus");
    private static final Set<String> DETERMINERS = WordSets.of("a", "an", "the", "its", "his", "her", "their");
    /** Nouns for people: what someone does or is to someone else. */
    private static final Set<String> PERSON_NOUNS = WordSets.of("singer", "actor", "actress", "rapper", "striker",
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
    private static final Set<String> PLACE_NOUNS = WordSets.of("city", "town", "village", "hamlet", "suburb",
            "neighbourhood", "neighborhood", "district", "province", "state", "region", "county", "island",
            "port", "capital", "municipality", "commune", "parish", "borough", "township", "settlement",
            "enclave", "territory", "country", "nation", "republic", "kingdom", "outskirts", "north", "south",
            "east", "west", "northeast", "northwest", "southeast", "southwest", "northern", "southern", "eastern",
            "western", "central", "resort", "river", "valley");
    /** Nouns for a part of a country, after its name: "the Donbas region", "the Kherson province". */
    private static final Set<String> AREA_NOUNS = WordSets.of("region", "province", "district", "valley", "peninsula",
            "basin", "prefecture", "governorate", "oblast", "countryside", "coast", "area", "delta", "highlands");
    /** What an organisation, a person or a place has: "Halliburton's shares", "Dozier's wife", "Iraq's capital". */
    private static final Set<String> ORGANISATION_HAS = WordSets.of("shares", "stock", "shareholders", "board",
            "headquarters", "subsidiary", "chief", "ceo", "executives", "employees", "staff", "workers",
            "customers", "products", "profit", "profits", "revenue", "revenues", "sales", "earnings", "website",
            "album", "debut", "lineup", "line-up", "members", "roster", "squad", "fans", "stadium", "manifesto",
            "spokesman", "spokeswoman", "spokesperson", "founder", "owner", "owners", "chairman", "chairwoman",
            "chairperson", "subsidiaries", "shareholder", "investors");
    private static final Set<String> PERSON_HAS = WordSets.of("wife", "husband", "son", "daughter", "father",
            "mother", "brother", "sister", "parents", "family", "children", "girlfriend", "boyfriend", "widow",
            "career", "death", "birth", "funeral", "lawyer", "lawyers", "attorney", "attorneys", "body",
            "life", "memoir", "biography", "presidency", "campaign", "resignation", "arrest", "trial");
    private static final Set<String> PLACE_HAS = WordSets.of("capital", "population", "economy", "borders", "border",
            "coast", "residents", "inhabitants", "citizens", "mayor", "governor", "streets", "outskirts",
            "suburbs", "province", "provinces", "region", "regions", "airport", "parliament", "government",
            "army", "military", "constitution");

    private static final Set<String> STOP_WORDS = StopWords.of("en");

    private static Set<String> union(Set<String> some, Set<String> others) {
        Set<String> all = new HashSet<>(some);
        all.addAll(others);
        return WordSets.copyOf(all);
    }

    /** Craft a one-word name may be given ("the Orion spacecraft", "a Vulcan rocket"), not a place or a body. */
    private static final Set<String> CRAFT = WordSets.of("spacecraft", "rocket", "rockets", "capsule", "lander", "rover",
            "satellite", "satellites", "telescope", "launcher", "booster", "probe", "spaceship");

    /** A one-word name right before a craft's noun is the craft's, a product the guidelines leave out. */
    static boolean namesACraft(List<Token> tokens, int from, int to) {
        return to - from == 1 && to < tokens.size() && CRAFT.contains(tokens.get(to).text());
    }

    private final Gazetteer gazetteer;

    NameCues(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The type the neighbours of tokens {@code from..to} suggest, or null. */
    String hint(List<Token> tokens, int from, int to) {
        String after = to < tokens.size() ? tokens.get(to).text() : "";
        String before = from > 0 ? tokens.get(from - 1).text() : "";
        if (speaksForABody(tokens, from, to)) {
            return Entity.ORGANIZATION;
        }
        if (!after.equals("in") && listedAfterIn(tokens, from, to)) {
            // "unions in Gazipur and Narayanganj said": the places, not who said it; "3AW in Melbourne and FIVEaa in
            // Adelaide" pairs bodies with places
            return Entity.LOCATION;
        }
        if (listedBeforeBodies(tokens, from, to)) {
            return Entity.ORGANIZATION; // "includes Draper, Lockheed Martin, and Northrop Grumman"
        }
        if (SAYING.contains(after) || before.equals("said") && saidOpensClause(tokens, from - 1)
                || to - from > 1 && after.equals("of") && opensAListedBody(tokens, to + 1)) {
            return Entity.PERSON;
        }
        if (after.equals(",")) {
            String apposition = apposition(tokens, to + 1);
            if (apposition != null) {
                return apposition;
            }
        }
        if (from > 1 && publishedIn(tokens.get(from - 2).text(), before) && !gazetteer.isCity(tokens.get(from).text())) {
            return Entity.ORGANIZATION; // "published in Science", "reprinted on Wired.com", "surveyed by Refinitiv"
        }
        if (to - from == 1 && (after.equals("administration") || after.equals("regime"))) {
            return Entity.PERSON; // "the Trump administration", "the Assad regime"
        }
        String kind = before.equals("producer") && madeByAFirm(tokens, from - 2) ? Entity.ORGANIZATION : kindOf(before);
        if (kind == null) {
            kind = kindOfExample(tokens, from);
        }
        if (kind == null) {
            kind = definedAs(tokens, to);
        }
        if (kind != null) {
            return kind;
        }
        if (from > 1 && MEMBER_OF.contains(lowerAtSentenceStart(tokens.get(from - 2)))
                && (before.equals("for") || before.equals("of") || before.equals("at"))) {
            return Entity.ORGANIZATION; // "a spokeswoman for X", "chief executive of X", "an analyst at X"
        }
        if (before.equals("of") && from > 1 && PLACE_NOUNS.contains(tokens.get(from - 2).text())
                || before.equals("the") && AREA_NOUNS.contains(after)
                && !gazetteer.isDemonym(tokens.get(to - 1).text())) {
            // "the village of Lougou", "the Donbas region", "the Boston area"; "the Goan countryside" is a people's
            return Entity.LOCATION;
        }
        if (Tokens.isPossessive(after) && to + 1 < tokens.size()) {
            String owned = owner(tokens.get(to + 1).text());
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
        if (ORGANISATION_STAFF.contains(after)) {
            return Entity.ORGANIZATION; // "Chelsea coach Enzo Maresca", "Google spokesman"
        }
        if (to - from == 1 ? ClubCues.playsAMatch(tokens, from, to) : OPPOSED.contains(before)) {
            // a town's club: "Arsenal beat Chelsea 3-1", "a suit against Amuse World"; "Novak Djokovic beat" a player
            return Entity.ORGANIZATION;
        }
        // "in Eurogamer's review", "prior to Mophie's": the preposition governs what the name owns
        boolean accordingTo = before.equals("to") && from > 1 && tokens.get(from - 2).text().equalsIgnoreCase("according");
        if ((to - from == 1 ? PLACE_PREPOSITIONS : SURE_PLACE_PREPOSITIONS).contains(before)
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
    private boolean listedAfterIn(List<Token> tokens, int from, int to) {
        if (from < 3 || !LIST_JOINS.contains(tokens.get(from - 1).text())) {
            return false;
        }
        int k = from - 2;
        while (k > 0 && k >= from - 8 && (LIST_JOINS.contains(tokens.get(k).text()) || tokens.get(k).isCapitalised()
                && !tokens.get(k).sentenceStart())) {
            k--;
        }
        String first = tokens.get(k + 1).text();
        return k < from - 2 && tokens.get(k).text().equals("in") && (gazetteer.isLocation(first) || gazetteer.isCity(first))
                && !gazetteer.isCommonWord(tokens.get(from).text()) && (to - from == 1 || endsWithAnd(tokens, k, from));
    }

    private static final Set<String> LIST_JOINS = WordSets.of(",", "and", "or");

    /**
     * A name that opens a list going on with a listed body ("includes Draper, Lockheed Martin, and Northrop Grumman")
     * is one too, though a town bears it; after a place's preposition ("in Seattle, Amazon and Microsoft") it is the
     * place the sentence is set in.
     */
    private boolean listedBeforeBodies(List<Token> tokens, int from, int to) {
        if (to + 1 >= tokens.size() || !LIST_JOINS.contains(tokens.get(to).text())
                || from > 0 && PLACE_PREPOSITIONS.contains(lowerAtSentenceStart(tokens.get(from - 1)))) {
            return false;
        }
        return listedBodyAt(tokens, to + 1, end -> end < tokens.size() && LIST_JOINS.contains(tokens.get(end).text()));
    }

    /** A list has its "and" or "or" before the name at {@code at} or right after it. */
    private static boolean endsWithAnd(List<Token> tokens, int from, int at) {
        for (int k = from; k <= at + 2 && k < tokens.size(); k++) {
            String word = tokens.get(k).text();
            if (k != at + 1 && (word.equals("and") || word.equals("or"))) {
                return true;
            }
        }
        return false;
    }

    /** What a publication does to a text, and texts it publishes: "published in X", "a paper in X". */
    private static final Set<String> PUBLISHING = WordSets.of("published", "reprinted", "republished", "syndicated",
            "paper", "papers", "study", "article", "editorial");
    private static final Set<String> SURVEYING = WordSets.of("surveyed", "polled", "published", "reported", "compiled");

    /**
     * "published in [Science]", "originally published on [Live Science]", "a paper in [Nature]", "analysts surveyed by
     * [Refinitiv]".
     */
    private static boolean publishedIn(String verb, String preposition) {
        return PUBLISHING.contains(verb) && (preposition.equals("in") || preposition.equals("on"))
                || SURVEYING.contains(verb) && preposition.equals("by");
    }

    /**
     * "Sui-Lee Wee of the New York Times", "Jane Hill of Reuters": a name of two or more words before "of" and a listed
     * body is someone who works there (a body's own "of" name was kept whole by the chunker).
     */
    private boolean opensAListedBody(List<Token> tokens, int at) {
        int from = at < tokens.size() && tokens.get(at).text().equals("the") ? at + 1 : at;
        return listedBodyAt(tokens, from, end -> true);
    }

    /** Whether a listed body of up to four name words opens at {@code from}, ending where {@code endsWell} allows. */
    private boolean listedBodyAt(List<Token> tokens, int from, IntPredicate endsWell) {
        for (int end = from + 1; end <= Math.min(tokens.size(), from + 4); end++) {
            if (!NameChunker.isNameWord(tokens.get(end - 1))) {
                return false;
            }
            if (gazetteer.isOrganisation(MentionTyper.text(tokens, from, end)) && endsWell.test(end)) {
                return true;
            }
        }
        return false;
    }

    /** Where a firm's words come from: a statement, a filing, a press release. */
    private static final Set<String> CORPORATE_CHANNELS = WordSets.of("statement", "filing", "release", "press");

    /**
     * "X said its profit...", and a one-word X "said in a statement": a body speaking. News names a person in full
     * first, so a lone word issuing statements is a firm or an agency far more often than someone's surname.
     */
    private static boolean speaksForABody(List<Token> tokens, int from, int to) {
        if (to + 1 >= tokens.size() || !SAID.contains(tokens.get(to).text())) {
            return false;
        }
        String next = tokens.get(to + 1).text();
        if (next.equals("its")) {
            return true;
        }
        return to - from == 1 && next.equals("in") && to + 3 < tokens.size()
                && (tokens.get(to + 2).text().equals("a") || tokens.get(to + 2).text().equals("its"))
                && CORPORATE_CHANNELS.contains(tokens.get(to + 3).text());
    }

    private static final Set<String> SAID = WordSets.of("said", "says", "stated", "announced", "added");

    /** What a producer who is a person makes; any other producer ("zinc producer X", "oil producer X") is a firm. */
    private static final Set<String> ARTS = WordSets.of("film", "movie", "record", "music", "television", "radio",
            "theatre", "theater", "executive", "documentary", "hip-hop", "co", "line", "associate", "veteran", "famed",
            "legendary", "award-winning", "dance", "house", "techno", "rap", "reggae", "jazz", "pop", "rock");

    /** Whether the word at {@code at}, before "producer", is a lower-case product no artist makes ("zinc producer"). */
    private static boolean madeByAFirm(List<Token> tokens, int at) {
        if (at < 0) {
            return false;
        }
        Token made = tokens.get(at);
        return made.isWord() && !made.isCapitalised() && !ARTS.contains(made.text()) && !DETERMINERS.contains(made.text())
                && !STOP_WORDS.contains(made.text());
    }

    /**
     * "…,” said X" and "he was, said X," put the speaker after "said"; in "the government said X would…" X is what was
     * said, not who said it.
     */
    private static boolean saidOpensClause(List<Token> tokens, int said) {
        return said == 0 || tokens.get(said).sentenceStart() || !tokens.get(said - 1).isWord();
    }

    /** "Shares of X" opens a sentence as "shares of X" runs inside one; "Professor of Mathematics" is a title. */
    private static String lowerAtSentenceStart(Token token) {
        return token.sentenceStart() ? token.text().toLowerCase(Locale.ROOT) : token.text();
    }

    /** What a noun says its name is: "the band X", "striker X", "the village X". */
    private static String kindOf(String noun) {
        return typeIn(noun, ORGANISATION_NOUNS, PERSON_NOUNS, PLACE_NOUNS);
    }

    /** Words that open a list of examples of a kind: "bands like X", "firms such as X", "clients include X". */
    private static final Set<String> EXAMPLES = WordSets.of("like", "including", "include", "includes", "included");

    /**
     * The kind a plural before an example names: "bands like [The Ramones]", "companies such as [Nyrstar]", "cities
     * including [Lyon]"; the names listed with it share the hint.
     */
    private static String kindOfExample(List<Token> tokens, int from) {
        int at = from - 1;
        if (at > 1 && tokens.get(at).text().equals("as") && tokens.get(at - 1).text().equals("such")) {
            at--;
        } else if (at < 1 || !EXAMPLES.contains(tokens.get(at).text())) {
            return null;
        }
        String plural = tokens.get(at - 1).text();
        if (plural.length() < 4 || !plural.endsWith("s")) {
            return null;
        }
        String singular = plural.endsWith("ies") ? plural.substring(0, plural.length() - 3) + "y"
                : plural.substring(0, plural.length() - 1);
        return kindOf(singular);
    }

    /** What owning a thing says its owner is: "X's shares", "X's wife", "X's capital". */
    private static String owner(String owned) {
        return typeIn(owned, ORGANISATION_HAS, PERSON_HAS, PLACE_HAS);
    }

    private static String typeIn(String word, Set<String> organisations, Set<String> people, Set<String> places) {
        if (organisations.contains(word)) {
            return Entity.ORGANIZATION;
        }
        if (people.contains(word)) {
            return Entity.PERSON;
        }
        return places.contains(word) ? Entity.LOCATION : null;
    }

    /**
     * What a comma after the name goes on to say: "Bridgton, Maine" (a place's state), "Musk, 53," (an age), "Musk,
     * the chief executive" / "Tesla, the carmaker" / "Kharkiv, the second city" (a description).
     */
    private String apposition(List<Token> tokens, int at) {
        if (placeFollows(tokens, at)) {
            return Entity.LOCATION;
        }
        if (at + 1 < tokens.size() && isAge(tokens.get(at).text()) && tokens.get(at + 1).text().equals(",")) {
            return Entity.PERSON;
        }
        return at < tokens.size() && DETERMINERS.contains(tokens.get(at).text()) ? kindAfter(tokens, at + 1) : null;
    }

    /** The first kind named in the few words from {@code at}: "[a French record] label", "[the] carmaker". */
    private static String kindAfter(List<Token> tokens, int at) {
        for (int k = at; k < Math.min(tokens.size(), at + 4) && tokens.get(k).isWord(); k++) {
            String kind = kindOf(tokens.get(k).text());
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    private static final Set<String> COPULAS = WordSets.of("is", "was", "are", "were");

    /** "Bilka is a Danish chain", "Crazyhead are an English punk rock band": what a name is defined as. */
    private static String definedAs(List<Token> tokens, int to) {
        return to + 2 < tokens.size() && COPULAS.contains(tokens.get(to).text())
                && (tokens.get(to + 1).text().equals("a") || tokens.get(to + 1).text().equals("an"))
                ? kindAfter(tokens, to + 2) : null;
    }

    private static boolean isAge(String word) {
        return word.length() == 2 && Character.isDigit(word.charAt(0)) && Character.isDigit(word.charAt(1));
    }

    private boolean noCommonWord(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (gazetteer.isCommonWord(tokens.get(k).text())) {
                return false;
            }
        }
        return true;
    }

    /** "Cary, North Carolina": the name at {@code to} is followed by a comma and a listed place. */
    boolean placeAfterComma(List<Token> tokens, int to) {
        return to < tokens.size() && tokens.get(to).text().equals(",") && placeFollows(tokens, to + 1);
    }

    /** A listed place of one or two words that ends its clause, as a town's state or country does. */
    private boolean placeFollows(List<Token> tokens, int at) {
        for (int length = 1; length <= 2 && at + length <= tokens.size(); length++) {
            boolean ends = at + length == tokens.size() || !tokens.get(at + length).isWord()
                    && !tokens.get(at + length).isPossessive();
            if (ends && gazetteer.isLocation(MentionTyper.text(tokens, at, at + length))) {
                return true;
            }
        }
        return false;
    }
}
