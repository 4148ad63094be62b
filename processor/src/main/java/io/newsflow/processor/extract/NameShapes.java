package io.newsflow.processor.extract;

import java.util.Locale;
import java.util.Set;

/**
 * What a word's spelling or a short closed list says of it, before any gazetteer: initials ("NAACP"), capitals
 * ("KYIV"), company forms ("LLC"), state codes ("NJ"), month and day names, compass words, events' last words.
 */
final class NameShapes {

    private static final Set<String> COMPASS = WordSets.of("North", "South", "East", "West", "Northern", "Southern",
            "Eastern", "Western", "Central", "Upper", "Lower", "Greater", "Northeast", "Northwest", "Southeast",
            "Southwest", "Inner", "Outer", "Sur", "Norte", "Nord", "Sud", "Oriental", "Occidental");

    /** US postal codes of states, which follow a town's name and a comma: "Harrisburg, PA". */
    private static final Set<String> STATE_CODES = WordSets.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA",
            "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV",
            "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA",
            "WA", "WV", "WI", "WY", "DC");

    /**
     * US states as news agencies abbreviate them after a town ("Fresno, Calif."), without their dot, which is a token
     * of its own (AP style; the states it writes out in full are not here).
     */
    private static final Set<String> STATE_ABBREVIATIONS = WordSets.of("Ala", "Ariz", "Ark", "Calif", "Colo", "Conn",
            "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn", "Miss", "Mo",
            "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo");

    /**
     * Stock indexes named by their provider and their number of stocks ("S&P 500", "FTSE 100", "STOXX 600"), which
     * the guidelines leave out; the provider alone may be a body, so only the name before a number is one.
     */
    private static final Set<String> INDEX_PROVIDERS = WordSets.of("S&P", "FTSE", "STOXX", "Stoxx", "Euro Stoxx",
            "Russell", "CAC", "DAX", "Nikkei", "Hang Seng", "KOSPI", "IBEX", "ASX", "Wilshire", "Nifty", "MSCI");
    /** Last words of indexes' names: "Dow Jones Industrial Average", "Nasdaq Composite", "Shanghai Composite". */
    private static final Set<String> INDEX_ENDINGS = WordSets.of("Average", "Composite");

    /**
     * The planets and the Moon, which the guidelines count as places; Mercury and Venus left out (more often a person,
     * a metal or a goddess). Not in the place lists: those make "Old Earth" a body of the place and "Earth-Mars" a
     * region, while a planet is named alone.
     */
    private static final Set<String> CELESTIAL_BODIES = WordSets.of("Earth", "Moon", "Mars", "Jupiter", "Saturn", "Uranus",
            "Neptune", "Pluto");

    /**
     * Titles that only a person holds and no body's or thing's name opens with (unlike "General Motors", "Major
     * League", "Private Eye", "Premier League", "Grand Canyon").
     */
    private static final Set<String> PERSONAL_TITLES = WordSets.of("President", "Senator", "Governor", "Mayor",
            "Representative", "Congressman", "Congresswoman", "Ambassador", "Chancellor", "Speaker", "Sheriff",
            "Pope", "Rabbi", "Reverend", "Councilman", "Councilwoman", "Councillor", "Commissioner", "Detective",
            "Sergeant", "Professor", "Ayatollah", "Sheikh", "Imam");

    /** Navies' and lines' prefixes of ships' names ("USS Gerald R. Ford", "HMS Queen Elizabeth"): no entity's. */
    private static final Set<String> SHIP_PREFIXES = WordSets.of("USS", "USNS", "HMS", "HMAS", "HMCS", "HMNZS", "RMS",
            "INS");

    private static final Set<String> STOP_WORDS = StopWords.of("en");

    /** Month and day names, which follow a name in datelines and bylines without belonging to it. */
    private static final Set<String> CALENDAR = WordSets.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug",
            "Sep", "Sept", "Oct", "Nov", "Dec", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday");

    /** Company forms written after a comma ("Cascade Timberlands, LLC"): they say what the name before is. */
    private static final Set<String> COMPANY_FORMS = WordSets.of("Inc", "Inc.", "Ltd", "Ltd.", "LLC", "L.L.C.", "LLP",
            "L.P.", "LP", "PLC", "plc", "Corp", "Corp.", "Co.", "AG", "SA", "S.A.", "SE", "NV", "N.V.", "BV", "B.V.",
            "GmbH", "S.p.A.", "SpA", "Pty", "Limited");

    /** Last words of events, which an organisation word inside does not make a body: "MTV Video Music Awards". */
    private static final Set<String> EVENTS = WordSets.of("Award", "Awards", "Festival", "Draft", "Classic", "Cup",
            "Championship", "Championships", "Open", "Games", "Tournament", "Prize", "Trophy", "Series", "Contest",
            "Show", "Week", "Day", "Summit", "Expo", "Fair", "Marathon", "Rally", "Final", "Finals", "Masters", "Derby",
            "Bowl", "Regatta", "Slam", "Olympiad", "Invitational", "Playoffs", "War", "Wars", "Battle", "Revolution",
            "Uprising", "Massacre", "Crisis", "Election", "Elections", "Referendum", "Accord", "Accords", "Treaty", "Act");

    /**
     * Last words of venues run as businesses, which the guidelines (as Wikigold) count as bodies however placelike the
     * name: "Bridgestone Arena", "Shoreline Amphitheatre", "PNC Music Pavilion", "Budweiser Stage", "County Jail".
     */
    private static final Set<String> VENUES = WordSets.of("Arena", "Amphitheatre", "Amphitheater", "Pavilion", "Jail",
            "Bandshell", "Playhouse");
    /** Venues' words that also name a room or a part of one ("City Hall", "Main Stage"), so need a name beside them. */
    private static final Set<String> ROOMS = WordSets.of("Hall", "Stage", "Ballroom");

    /**
     * Last words of machines, programmes and plans, which the guidelines leave out (CoNLL's MISC) even when spelled
     * out before their initials: "Human Landing System (HLS)", "Exploration Upper Stage (EUS)".
     */
    private static final Set<String> MACHINES_AND_SCHEMES = WordSets.of("System", "Stage", "Vehicle", "Module", "Lander",
            "Rover", "Telescope", "Satellite", "Engine", "Rocket", "Capsule", "Mission", "Project", "Initiative",
            "Scheme", "Plan");

    private NameShapes() {
    }

    static boolean isCompassWord(String word) {
        return COMPASS.contains(word);
    }

    static boolean isStateCode(String word) {
        return STATE_CODES.contains(word);
    }

    /**
     * Whether a sentence opens at token {@code at}: one the split marked, or a capitalised function word after an
     * abbreviation's dot, which was the full stop too ("...left Brisco Tools Inc. The firm grew").
     */
    static boolean opensSentence(Tokens tokens, int at) {
        return tokens.sentenceStart(at) || at > 0 && tokens.isCapitalised(at) && tokens.last(at - 1) == '.'
                && STOP_WORDS.contains(tokens.get(at).text().toLowerCase(Locale.ROOT));
    }

    static boolean isStateAbbreviation(String word) {
        return STATE_ABBREVIATIONS.contains(word);
    }

    /** Tokens {@code from..to} name a stock index: "S&P 500", "Nasdaq Composite". */
    static boolean namesAnIndex(Tokens tokens, int from, int to) {
        // a lone word is asked only as a provider, as no index ending is one: most spans are one word
        if (to - from > 1 && INDEX_ENDINGS.contains(tokens.get(to - 1).text())) {
            return true;
        }
        if (to >= tokens.size() || !tokens.opensWithDigit(to) || to - from > 2) {
            return false;
        }
        return INDEX_PROVIDERS.contains(MentionTyper.text(tokens, from, to));
    }

    static boolean isCelestialBody(String word) {
        return CELESTIAL_BODIES.contains(word);
    }

    static boolean isPersonalTitle(String word) {
        return PERSONAL_TITLES.contains(word);
    }

    /** Tokens {@code from..to} name a ship: a navy's prefix and the ship's own name. */
    static boolean namesAShip(Tokens tokens, int from, int to) {
        return to - from > 1 && SHIP_PREFIXES.contains(tokens.get(from).text());
    }

    static boolean isCalendarWord(String word) {
        return CALENDAR.contains(word);
    }

    static boolean isCompanyForm(String word) {
        return COMPANY_FORMS.contains(word);
    }

    static boolean isVenueWord(String word) {
        return VENUES.contains(word) || ROOMS.contains(word);
    }

    static boolean isRoomWord(String word) {
        return ROOMS.contains(word);
    }

    static boolean isMachineOrSchemeWord(String word) {
        return MACHINES_AND_SCHEMES.contains(word);
    }

    static boolean isEventWord(String word) {
        return EVENTS.contains(word);
    }

    /**
     * A firm's or a site's name that opens with a digit and has a capital after small letters ("9to5Mac",
     * "23andMe"); a model, a unit or an ordinal ("4K", "72W", "1st", "10am") never does, nor
     * a headline's age ("9-Month-Old").
     */
    static boolean isDigitBrand(String word) {
        if (word.isEmpty() || !Character.isDigit(word.charAt(0)) || word.indexOf('-') >= 0) {
            return false;
        }
        boolean small = false;
        for (int k = 1; k < word.length(); k++) {
            if (small && Character.isUpperCase(word.charAt(k))) {
                return true;
            }
            small |= Character.isLowerCase(word.charAt(k));
        }
        return false;
    }

    /** A US lawmaker's party and state, as in "Rep. Brian Babin (R-TX)" or "(D-Calif.)": no name of its own. */
    static boolean isPartyAndState(String word) {
        return word.length() > 3 && word.charAt(1) == '-' && "RDI".indexOf(word.charAt(0)) >= 0
                && Character.isUpperCase(word.charAt(2));
    }

    /** All in capitals, as datelines write places ("CUPERTINO, Calif."). */
    static boolean shouted(String name) {
        return name.length() > 3 && !hasLowerCase(name);
    }

    static boolean hasLowerCase(String word) {
        // a loop, not a stream: asked of every name, and a stream's set-up costs more than the few characters read
        // before a lower-case one answers
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "International Atomic Energy Agency (IAEA)": a name followed by its own initials in brackets is a body's; a
     * plural's ("Intensive Care Units (ICUs)") names a kind of thing.
     */
    static boolean spelledOut(Tokens tokens, int from, int to) {
        if (to + 2 >= tokens.size() || !tokens.is(to, "(") || !tokens.is(to + 2, ")")) {
            return false;
        }
        String acronym = tokens.get(to + 1).text();
        StringBuilder initials = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (tokens.get(k).isCapitalised()) {
                initials.append(tokens.get(k).text().charAt(0));
            }
        }
        return isAcronym(acronym) && initials.toString().equals(acronym);
    }

    /**
     * Initials in brackets at {@code at} that a machine's or a programme's name right before spells out
     * ("Exploration Upper Stage (EUS)"): they stand for no name either.
     */
    static boolean spellOutAMachine(Tokens tokens, int at) {
        int close = at - 1;
        if (close < 2 || !tokens.is(close, "(") || !isMachineOrSchemeWord(tokens.get(close - 1).text())) {
            return false;
        }
        for (int from = close - 2; from >= Math.max(0, close - 2 * tokens.get(at).text().length()); from--) {
            if (spelledOut(tokens, from, close)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Initials with a hyphen name a part, a model or a code ("USB-C", "IL-25", "RS-25", "BD-1"), not a body (with a
     * digit only they may: TV channels "MTV2", "A3").
     */
    static boolean isCode(String word) {
        return isAcronym(word) && word.indexOf('-') > 0;
    }

    /** The initials a word is, without a plural's "s" ("GPCRs" -> "GPCR"), or null. */
    static String initials(String word) {
        String singular = word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return isAcronym(singular) && allLetters(singular) ? singular : null;
    }

    private static boolean allLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Initials in brackets or after ", or" that the lower-case words right before them spell ("G protein-coupled
     * receptors (GPCRs)", "hypersensitivity pneumonitis, or HP"): a common noun's short form. The words may open
     * with a capital (a sentence's first word, a letter: "G"), the others are lower case.
     */
    static boolean spelledInLowerCase(Tokens tokens, int at, String initials) {
        int end;
        if (at >= 2 && tokens.is(at - 1, "(") && at + 1 < tokens.size()
                && tokens.is(at + 1, ")")) {
            end = at - 1;
        } else if (at >= 3 && tokens.is(at - 1, "or") && tokens.is(at - 2, ",")) {
            end = at - 2;
        } else {
            return false;
        }
        StringBuilder letters = new StringBuilder();
        int k = end - 1;
        for (; k >= 0 && letters.length() < initials.length(); k--) {
            String word = tokens.get(k).text();
            if (!tokens.get(k).isWord()) {
                return false;
            }
            String[] parts = word.split("-");
            for (int p = parts.length - 1; p >= 0; p--) {
                if (!parts[p].isEmpty()) {
                    letters.insert(0, Character.toUpperCase(parts[p].charAt(0)));
                }
            }
        }
        if (!letters.toString().equals(initials)) {
            return false;
        }
        for (int w = k + 2; w < end; w++) {
            if (!Character.isLowerCase(tokens.get(w).text().charAt(0))) {
                return false; // "Human Landing System (HLS)" is a name spelled out
            }
        }
        return true;
    }

    /** Two to six characters, two or more of them capitals, none lower case: "UN", "NAACP", "B&SR". */
    static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        int capitals = 0;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            capitals += Character.isUpperCase(c) ? 1 : 0;
        }
        return capitals >= 2;
    }
}
