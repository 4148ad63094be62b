package io.newsflow.processor.extract;

import io.newsflow.processor.extract.Tokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts the runs of capitalised words that may name something ("Economic Cooperation Organization", "Army of the
 * Potomac") out of a token list. One pass, no regular expressions: a hundred capitalised words in a row cost a
 * hundred steps.
 */
final class NameChunker {

    /**
     * A candidate name: tokens {@code from} (inclusive) to {@code to} (exclusive); {@code weak} when it is only a
     * common word opening a sentence ("Khan blamed..."), which counts only as a short form of a name found elsewhere.
     */
    record Span(int from, int to, boolean weak) {
    }

    /** Lower-case particles that stay inside a name when a capitalised word follows ("Dorothea von Schlegel"). */
    private static final Set<String> PARTICLES = WordSets.of("of", "de", "da", "di", "del", "della", "du", "des", "la",
            "le", "van", "von", "der", "den", "ter", "bin", "ibn", "al", "el", "y", "upon", "ten", "los", "las", "dos",
            "das", "do", "zu", "am", "&");

    private static final Set<String> STOP_WORDS = StopWords.of("en");

    private final Gazetteer gazetteer;

    NameChunker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A run opens at a name word, which only the {@link Tokens#nameLike} tokens may be. */
    List<Span> spans(Tokens tokens) {
        List<Span> spans = new ArrayList<>();
        int count = tokens.nameLikeCount();
        int c = 0;
        while (c < count) {
            int i = tokens.nameLike(c);
            if (!isNameWord(tokens, i)) {
                c++;
                continue;
            }
            int end = runEnd(tokens, i);
            splitAtOf(tokens, i, end, spans);
            while (c < count && tokens.nameLike(c) < end) {
                c++;
            }
        }
        return spans;
    }

    /**
     * Where the run of name words from {@code start} ends, with the particles, "and"s and "of"s that join it. A
     * method of its own, as are the rare joins, so that the JIT compiles the scan over every token in {@link #spans}
     * small.
     */
    private int runEnd(Tokens tokens, int start) {
        int end = start + 1;
        while (end < tokens.size()) {
            if (NameShapes.opensSentence(tokens, end)) {
                break;
            } else if (isNameWord(tokens, end)) {
                end++;
            } else {
                int joined = joinedEnd(tokens, start, end);
                if (joined == end) {
                    break;
                }
                end = joined;
            }
        }
        return end;
    }

    /** Where the run goes on after the lower-case word or mark at {@code at}, or at when it ends there. */
    private int joinedEnd(Tokens tokens, int start, int at) {
        if (collectiveOwner(tokens, at)) {
            // "People's Daily", "Moody's"
            return at + (at + 1 < tokens.size() && isNameWord(tokens, at + 1) ? 2 : 1);
        }
        boolean mayJoin = mayJoin(tokens, at);
        int joins = mayJoin ? joined(tokens, at) : 0;
        joins = joins > 0 ? joins : joinedAfterBody(tokens, at);
        if (joins > 0) {
            return at + joins;
        }
        if (!mayJoin) {
            return at;
        }
        String joiner = tokens.text(at);
        return joiner.equals("and") ? nameWithAnd(tokens, start, at)
                : LISTED_JOINERS.contains(joiner) ? knownWith(tokens, start, at) : at;
    }

    /** Longer than any particle, "and" or {@link #LISTED_JOINERS} word. */
    private static final int LONGEST_JOINER = 5;

    /**
     * Whether token {@code at} may be a particle, "and" or one of the {@link #LISTED_JOINERS}: all are short and open
     * with a lower-case letter, "&" or ",". Most runs end at another mark or a longer word, which is ruled out from the
     * token's place in the text, no token made.
     */
    private static boolean mayJoin(Tokens tokens, int at) {
        return mayJoin(tokens.first(at), tokens.length(at));
    }

    private static boolean mayJoin(char first, int length) {
        return length <= LONGEST_JOINER && (first >= 'a' && first <= 'z' || first == '&' || first == ',');
    }

    /**
     * A capitalised word ("Khan"), "al-" or "el-" and a name ("al-Qaeda"), or a brand opening with a digit ("23andMe");
     * not an adjective made of a name ("London-based") nor a lawmaker's party ("R-TX"). Asked of every token: the
     * token's shape answers most without its text, or its object.
     */
    static boolean isNameWord(Tokens tokens, int k) {
        return tokens.isPlainWordOrMark(k) ? tokens.isCapitalisedWord(k) : isHyphenatedOrDigitNameWord(tokens, k);
    }

    /**
     * {@link #isNameWord} of a word with a hyphen inside or a digit first: a lower-case one ("well-known") is a name's
     * only as "al-" or "el-" opens it, which its first letter rules out for most without making it a token.
     */
    private static boolean isHyphenatedOrDigitNameWord(Tokens tokens, int k) {
        if (!tokens.isCapitalised(k) && !tokens.opensWithDigit(k) && tokens.first(k) != 'a' && tokens.first(k) != 'e') {
            return false;
        }
        return isNameWord(tokens.get(k));
    }

    private static boolean isNameWord(Token token) {
        if (!token.isWord()) {
            return false;
        }
        if (token.opensWithDigit()) {
            return NameShapes.isDigitBrand(token.text());
        }
        if (!token.isHyphenated()) {
            return token.isCapitalised();
        }
        String text = token.text();
        return (token.isCapitalised() || text.startsWith("al-") || text.startsWith("el-")) && compoundPrefix(text) == null
                && !NameShapes.isPartyAndState(text);
    }

    /** Words that make a name into an adjective: "London-based", "Kremlin-backed", "Hamas-run", "Twitter-like". */
    private static final Set<String> COMPOUND_ENDINGS = WordSets.of("based", "born", "led", "backed", "owned", "made",
            "bound", "run", "controlled", "funded", "linked", "affiliated", "allied", "aligned", "registered",
            "listed", "headquartered", "style", "era", "speaking", "occupied", "held", "administered", "built", "like",
            "inspired", "sponsored", "approved", "designed", "powered", "branded", "themed", "focused", "friendly");

    /** "London" of "London-based", or null: the name inside an adjective, which must not run into the next name. */
    static String compoundPrefix(String word) {
        int dash = word.lastIndexOf('-');
        return dash > 0 && COMPOUND_ENDINGS.contains(word.substring(dash + 1)) ? word.substring(0, dash) : null;
    }

    /** Plural nouns whose possessive starts many bodies' names: "People's Liberation Army", "Children's Hospital". */
    private static final Set<String> COLLECTIVES = WordSets.of("People", "Peoples", "Workers", "Women", "Children", "Men",
            "Veterans", "Farmers", "Citizens", "Teachers", "Nurses", "Doctors", "Soldiers", "Nations");

    /**
     * "People's Liberation Army", "Moody's" and "Sheriff's Office" keep their "'s", which ends any other name
     * ("Britain's Foreign Office" is a place and a body).
     */
    private boolean collectiveOwner(Tokens tokens, int at) {
        if (possessiveFirm(tokens, at)) {
            return true;
        }
        if (!tokens.isPossessive(at) || at + 1 >= tokens.size() || !isNameWord(tokens, at + 1)) {
            return false;
        }
        String owner = tokens.get(at - 1).text();
        return COLLECTIVES.contains(owner) || gazetteer.isTitle(owner) && gazetteer.isOrgWord(tokens.get(at + 1));
    }

    /** The "'s" of a firm listed with it: "Moody's", "Sotheby's". */
    private boolean possessiveFirm(Tokens tokens, int at) {
        return at > 0 && tokens.isPossessive(at)
                && gazetteer.isOrganisation(tokens.get(at - 1).text() + "'s");
    }

    /**
     * How many lower-case words from {@code at} join the name, none unless a name word follows them: one particle
     * ("Dorothea von Schlegel"), two ("Ursula von der Leyen", "Joaquin de la Pazuela"), or "of the" ("Army of the
     * Potomac").
     */
    private static int joined(Tokens tokens, int at) {
        if (!PARTICLES.contains(tokens.text(at))) {
            return 0;
        }
        for (int next = at + 1; next < tokens.size() && next <= at + 2; next++) {
            if (isNameWord(tokens, next)) {
                return next - at;
            }
            String word = tokens.text(next);
            if (!PARTICLES.contains(word) && !(word.equals("the") && tokens.is(at, "of"))) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * "for" or "on" after a body's name word joins what follows: "Institute for the Study of War", "Council on
     * Foreign Relations". Returns how many lower-case words join, or 0.
     */
    private int joinedAfterBody(Tokens tokens, int at) {
        boolean forWhat = tokens.is(at, "for");
        if (!(forWhat || tokens.is(at, "on")) || !FOR_HEADS.contains(tokens.get(at - 1).text())
                && !(forWhat && opensAdvocatesName(tokens, at - 1))) {
            return 0;
        }
        int next = at + 1 < tokens.size() && tokens.is(at + 1, "the") ? at + 2 : at + 1;
        return next < tokens.size() && isNameWord(tokens, next) && !gazetteer.isNonEntity(tokens.get(next))
                ? next - at : 0;
    }

    /** Where a name with the "and" at {@code at} inside ends: a listed one, a body's, a body's fields; else at. */
    private int nameWithAnd(Tokens tokens, int from, int at) {
        int end = knownWith(tokens, from, at);
        end = end > at ? end : bodyWithAnd(tokens, from, at);
        return end > at ? end : fieldsWithAnd(tokens, from, at);
    }

    /** Lower-case words and marks that only a listed name keeps inside it (besides "and"). */
    private static final Set<String> LISTED_JOINERS = WordSets.of(",", "to", "in", "at");

    static {
        for (Set<String> joiners : List.of(PARTICLES, LISTED_JOINERS, Set.of("and"))) {
            for (String joiner : joiners) {
                if (!mayJoin(joiner.charAt(0), joiner.length())) {
                    throw new IllegalStateException("mayJoin rules out the joiner \"" + joiner + "\"");
                }
            }
        }
    }

    /**
     * Where a listed name with "and", a comma, "to", "in" or "at" inside ends ("Bosnia and Herzegovina", "University
     * of California, San Francisco", "Royal Society for the Prevention of Cruelty to Animals"), else at.
     */
    private int knownWith(Tokens tokens, int from, int at) {
        int named = tokens.is(from, "The") ? from + 1 : from;
        if (named < at && !gazetteer.mayOpenJoinedName(tokens.get(named).text())) {
            return at; // after most names' commas: no phrase built, none looked up
        }
        for (int end = at + 2; end <= Math.min(tokens.size(), at + 3); end++) {
            if (listed(tokens, named, end)) {
                return end;
            }
        }
        return at;
    }

    /**
     * Where a body's name with "and" inside ends ("Securities and Exchange Commission", "Department of Health and
     * Human Services"), else at: a common word after "and" starts a description that ends in an organisation word;
     * a name after it ("Google and Microsoft Corp") or a company form before it ("Apple Inc and General Motors") means
     * two bodies.
     */
    private int bodyWithAnd(Tokens tokens, int from, int at) {
        if (at + 1 >= tokens.size() || !gazetteer.isCommonWord(tokens.get(at + 1))) {
            return at;
        }
        for (int end = at + 2; end <= Math.min(tokens.size(), at + 4); end++) {
            Token last = tokens.get(end - 1);
            if (!isNameWord(last) || last.sentenceStart()) {
                return at;
            }
            if (gazetteer.isOrgWord(last)) {
                // initials in brackets spell the whole: "London and South Western Railway (LSWR)"
                boolean two = NameShapes.isCompanyForm(tokens.get(at - 1).text()) || listed(tokens, from, at)
                        || gazetteer.isGivenName(tokens.get(from)) || wholeBody(tokens, from, at, end);
                return two && !NameShapes.spelledOut(tokens, from, end) ? at : end;
            }
        }
        return at;
    }

    /**
     * Where a body's name that lists its fields ends ("Department of Physics and Astronomy", "Center for Science and
     * Culture"), else at: after a body's word and "of" or "for", "and" joins one or two common words that end the name;
     * a name after it ("the Department of Justice and Google") is a second one.
     */
    private int fieldsWithAnd(Tokens tokens, int from, int at) {
        if (!describesFields(tokens, from, at)) {
            return at;
        }
        for (int end = at + 2; end <= Math.min(tokens.size(), at + 3); end++) {
            Token last = tokens.get(end - 1);
            if (!isNameWord(last) || last.sentenceStart() || !gazetteer.isCommonWord(last)
                    || gazetteer.isKnown(last)) {
                return at;
            }
            if (end == tokens.size() || !isNameWord(tokens, end) && !PARTICLES.contains(tokens.get(end).text())) {
                return end;
            }
        }
        return at;
    }

    /** Whether tokens {@code from..at} are a body's word, "of" or "for", then common words only: "Department of Physics". */
    private boolean describesFields(Tokens tokens, int from, int at) {
        for (int k = at - 1; k > from; k--) {
            Token word = tokens.get(k);
            if (tokens.is(k, "of") || tokens.is(k, "for")) {
                Token head = tokens.get(k - 1);
                return k < at - 1 && (gazetteer.isOrgWord(head) || FOR_HEADS.contains(head.text()));
            }
            if (!isNameWord(tokens, k) || !gazetteer.isCommonWord(word) || gazetteer.isKnown(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * "Peninsula Hotel", "Police Department": a name of two or more words ending in a body's singular word, with no
     * "of" or "for" it may still be describing ("Ministry of Oil and Gas"), is complete before the "and" at
     * {@code at}; a plural names a field that "and" goes on listing ("U.S. Securities and Exchange Commission").
     */
    private boolean wholeBody(Tokens tokens, int from, int at, int end) {
        Token head = tokens.get(at - 1);
        int first = tokens.is(from, "The") ? from + 1 : from;
        if (at - first < 2 || !gazetteer.isOrgWord(head) || tokens.last(at - 1) == 's' || listedBody(tokens, first, end)) {
            return false;
        }
        for (int k = first; k < at; k++) {
            if (!isNameWord(tokens, k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Bank of England" and "Gulf of Mexico" are one name, "Leader of Iran" is a title and a place, "Khan of
     * Pakistan" two names: the word before "of" decides.
     */
    private void splitAtOf(Tokens tokens, int from, int end, List<Span> spans) {
        if (end - from <= 2) {
            add(tokens, from, end, spans); // no word between the first and the last to split at
            return;
        }
        if (listed(tokens, tokens.is(from, "The") ? from + 1 : from, end)) {
            add(tokens, from, end, spans); // "Monthly Notices of the Royal Astronomical Society"
            return;
        }
        int start = from;
        boolean body = false; // after "Institute for", an "of" belongs to the name ("... the Study of War")
        for (int k = from + 1; k < end - 1; k++) {
            body |= joinedAfterBody(tokens, k) > 0;
            if (tokens.is(k, "&") && k - start > 1 && gazetteer.isGivenName(tokens.get(k + 1))) {
                add(tokens, start, k, spans); // "Karl Langdon & Harvey Deegan" are two people, "Frost & Sullivan" one firm
                start = k + 1;
                continue;
            }
            if (!tokens.is(k, "of")) {
                continue;
            }
            Token head = tokens.get(k - 1);
            int named = tokens.is(start, "The") ? start + 1 : start;
            boolean twoBodies = gazetteer.isOrgWord(head) && namesABody(tokens, k, end)
                    && !listedBody(tokens, named, end);
            boolean keepsOf = body || gazetteer.isOrgWord(head) || gazetteer.isPlaceWord(head)
                    || OF_HEADS.contains(head.text());
            if (!twoBodies && keepsOf && !twoPlaces(tokens, start, k, end)) {
                continue;
            }
            add(tokens, start, k, spans);
            start = tokens.is(k + 1, "the") ? k + 2 : k + 1;
        }
        add(tokens, start, end, spans);
    }

    /** What a country or a region is divided into; "Republic" or "Kingdom" before "of" is the country itself. */
    private static final Set<String> DIVISIONS = WordSets.of("District", "County", "Province", "Prefecture", "Parish",
            "Borough", "Region", "Territory", "Township", "Municipality", "Oblast", "Krai", "Governorate", "Canton",
            "Taluk", "Tehsil", "Commune", "Arrondissement", "Raion", "Voivodeship");

    /**
     * "Chittoor District of Andhra Pradesh", "Kern County of California": a named division of a listed or named place
     * is two places; "Gulf of Mexico" and "Democratic Republic of Congo" name no division before "of".
     */
    private boolean twoPlaces(Tokens tokens, int from, int of, int end) {
        if (of - from < 2 || !DIVISIONS.contains(tokens.get(of - 1).text()) || listed(tokens, from, end)) {
            return false;
        }
        int next = tokens.is(of + 1, "the") ? of + 2 : of + 1;
        return next < end && (gazetteer.isLocation(tokens, next, end)
                || gazetteer.isPlaceWord(tokens.get(end - 1)) && end - next > 1);
    }

    /**
     * Whether what follows "of" at {@code of} names a body of its own: "the Vancouver Canucks of the [PCHL]", "a
     * Specialist Group of the [British Computer Society]", "the IV Corps of the [Army of the Potomac]"; a member of a
     * league or a part of a society or an army. A description
     * ("Department of [Health and Human Services]") opens with a common word.
     */
    private boolean namesABody(Tokens tokens, int of, int end) {
        int from = tokens.is(of + 1, "the") ? of + 2 : of + 1;
        if (from >= end) {
            return false;
        }
        Token lastWord = tokens.get(end - 1);
        String last = lastWord.text();
        if (NameShapes.isCompanyForm(last)) {
            return false; // "Bank of America Corp" is one firm
        }
        return end - from == 1 && NameShapes.isAcronym(last) && !gazetteer.isLocation(lastWord)
                || end - from > 1 && gazetteer.isOrgWord(lastWord) && !gazetteer.isCommonWord(tokens.get(from))
                // "Federation of [Korean Industries]" describes, "a Group of the [British Computer Society]" does not
                && !(from == of + 1 && gazetteer.isDemonym(tokens.get(from)))
                || end - from > 2 && gazetteer.isOrgWord(tokens.get(from)) && tokens.is(from + 1, "of")
                || listedBody(tokens, from, end);
    }

    /** Longer than any listed name: a run of capitals this long is looked up in no list (nor copied to be). */
    private static final int LONGEST_LISTED = 10;

    /** Whether tokens {@code from..to} are a listed organisation or place. */
    private boolean listed(Tokens tokens, int from, int to) {
        if (to - from > LONGEST_LISTED) {
            return false;
        }
        return gazetteer.isListedName(tokens, from, to);
    }

    private boolean listedBody(Tokens tokens, int from, int to) {
        return to - from <= LONGEST_LISTED && gazetteer.isOrganisation(tokens, from, to);
    }

    /** Bodies named for what they are for or on ("Institute for Fiscal Studies"), unlike a league or a club. */
    private static final Set<String> FOR_HEADS = WordSets.of("Institute", "Center", "Centre", "Centers", "Council",
            "Committee", "Commission", "Foundation", "Society", "Association", "Coalition", "Alliance", "Campaign",
            "Office", "Agency", "Fund", "Movement", "Organization", "Organisation", "Network", "Project",
            "Institution", "Trust", "Forum", "Board", "Bureau", "Department", "Ministry");

    /** People who band together for a cause, and name their group so: "Doctors for ...", "Parents for ...". */
    private static final Set<String> ADVOCATES = WordSets.of("Doctors", "Physicians", "Nurses", "Scientists", "Engineers",
            "Lawyers", "Citizens", "Students", "Parents", "Mothers", "Moms", "Fathers", "Dads", "Families", "Veterans",
            "Women", "Teachers", "Journalists", "Artists", "Farmers", "Patients", "Taxpayers", "Voters", "Residents",
            "Neighbors", "Neighbours", "Workers", "Clergy", "Rabbis", "Economists", "Evangelicals", "Conservatives",
            "Progressives", "Democrats", "Republicans");

    /**
     * "Doctors for Camp Closure", "Americans for Prosperity": a plural of people, or of a people, opening a name
     * before "for" at {@code head}.
     */
    private boolean opensAdvocatesName(Tokens tokens, int head) {
        String word = tokens.get(head).text();
        return isNameWord(tokens, head) && (head == 0 || !isNameWord(tokens, head - 1))
                && isAdvocatesHead(gazetteer, word);
    }

    /** The word that makes an "X for Y" name a group's: "Doctors", "Americans", "Texans". */
    static boolean isAdvocatesHead(Gazetteer gazetteer, String word) {
        return ADVOCATES.contains(word) || word.length() > 4 && word.endsWith("s")
                && (gazetteer.isDemonym(word) || gazetteer.isDemonym(word.substring(0, word.length() - 1)));
    }

    /** Heads of "X of Y" names the suffix lists do not hold. */
    private static final Set<String> OF_HEADS = WordSets.of("House", "Houses", "Order", "Friends", "Bank", "Sons",
            "Sisters", "Daughters", "Knights", "Duke", "Duchess", "Earl", "Prince", "Princess", "Lord", "Lady",
            "Marquis", "Marquess", "Viscount", "Count", "Countess", "Baron", "Archbishop", "Bishop", "Kings",
            "Church", "Hall");

    /**
     * Drops the capitalised sentence opener ("During", "The") unless a list knows it; a word that makes what follows
     * no name ("Hurricane Milton", "Operation Sindoor") stays, for the typer to drop the whole, and so does the head of
     * a group's name joined to its cause by "for" ("Parents for Safer Schools").
     */
    private void add(Tokens tokens, int from, int to, List<Span> spans) {
        int start = from;
        boolean weak = false;
        // after a semicolon English goes on in lower case: a capital there is a name's ("...; Saffron Walden, England")
        boolean opener = tokens.get(start).sentenceStart() && !(start > 0 && tokens.is(start - 1, ";"))
                || afterDateline(tokens, start);
        if (opener && opensSentenceOnly(tokens.get(start))
                && !(to - from > 1 && (gazetteer.isNonEntity(tokens.get(start))
                        || tokens.is(start + 1, "for"))) && !namesAStreet(tokens, from, to)
                && !startsKnownPhrase(tokens, start, to) && !opensABodysName(tokens, start, to)) {
            if (to - from == 1) {
                weak = true;
            } else {
                start++;
            }
        }
        while (start < to && !isNameWord(tokens, start)) {
            start++;
        }
        int end = to;
        while (end > start && !isNameWord(tokens, end - 1) && !possessiveFirm(tokens, end - 1)) {
            end--;
        }
        if (start < end) {
            spans.add(new Span(start, end, weak));
        }
    }

    /** Roads' and squares' last words, which make the common word before them a name ("Wall Street", "Long Lane"). */
    private static final Set<String> THOROUGHFARES = WordSets.of("Street", "Avenue", "Road", "Boulevard", "Lane", "Square",
            "Drive", "Highway", "Bridge");

    /** "Wall Street analysts...": a common word and a road's last word open the sentence as one name. */
    private boolean namesAStreet(Tokens tokens, int from, int to) {
        return to - from == 2 && THOROUGHFARES.contains(tokens.get(from + 1).text())
                && !STOP_WORDS.contains(tokens.get(from).text().toLowerCase(Locale.ROOT));
    }

    /** "LONDON (Reuters) - The ...": the story's first sentence opens after the dateline's dash. */
    private static boolean afterDateline(Tokens tokens, int at) {
        if (at < 2) {
            return false;
        }
        // asked before every span: compared in the text, as the word before most spans is never made a token
        return (tokens.is(at - 1, "-") || tokens.is(at - 1, "—") || tokens.is(at - 1, "–")) && tokens.is(at - 2, ")");
    }

    /**
     * "Eighth Air Force", "Federal Bureau of Investigation": a body's name may open with a common word that is no
     * function word ("The", "During"). Two words only as the subject of a sentence ("Distance Records is a label"),
     * not as a heading ("Current News:") or a quoted title ("“Black Water,”").
     */
    private boolean opensABodysName(Tokens tokens, int from, int to) {
        String opener = tokens.get(from).text();
        boolean subject = to < tokens.size() && tokens.isWord(to) && !tokens.isCapitalised(to);
        if (to - from < (subject ? 2 : 3) || STOP_WORDS.contains(opener.toLowerCase(Locale.ROOT)) || opener.endsWith("ed")
                || opener.endsWith("ing")) {
            return false; // "Attended James High School"
        }
        for (int k = from + 1; k < to; k++) {
            if (gazetteer.isOrgWord(tokens.get(k))) {
                return !listed(tokens, from + 1, to); // "Angry Labour Party members"
            }
        }
        return false;
    }

    /** "New Delhi claimed..." opens with a common word that belongs to the name. */
    private boolean startsKnownPhrase(Tokens tokens, int from, int to) {
        // Below a limit, not up to one: the JIT's check that "end <= limit" cannot overflow failed once a run and
        // recompiled splitAtOf, which holds this loop inlined.
        int last = Math.min(to, from + 4);
        // A phrase in capitals is also asked in title case below, which opens otherwise than the lists' openings
        // as written that mayList knows: only a phrase with a lower-case first word can be ruled out by it.
        boolean capitalsOnly = !NameShapes.hasLowerCase(tokens.get(from).text());
        for (int end = from + 2; end < last + 1; end++) {
            if (!capitalsOnly && !gazetteer.mayList(tokens, from, end)) {
                continue;
            }
            String phrase = MentionTyper.text(tokens, from, end);
            // a dateline's capitals too: "NEW YORK (Reuters)"; "The National" (a newspaper) opens no "National Trust"
            if (gazetteer.isLocation(phrase) || gazetteer.isOrganisation(phrase) && (end == to || !phrase.startsWith("The "))
                    || NameShapes.shouted(phrase) && gazetteer.isLocation(Text.titleCase(phrase))) {
                return true;
            }
        }
        return false;
    }

    private boolean opensSentenceOnly(Token word) {
        return gazetteer.isCommonWord(word) && !gazetteer.isAny(word, Gazetteer.KNOWN | Gazetteer.ORG_WORD);
    }
}
