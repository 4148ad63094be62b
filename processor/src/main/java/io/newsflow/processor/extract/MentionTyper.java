package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.NameChunker.Span;
import io.newsflow.processor.extract.Tokens.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides what one candidate name is, from the name itself and its neighbours: the lists first ("Pakistan"), then
 * the name's last or first word ("... Organization", "Gulf of ...", "East ..."), then a title before it ("President
 * Hassan Rouhani"), a town's name (GeoNames), a first name or a surname; what none of that settles stays untyped,
 * with the hint its neighbours give ({@link NameCues}), for the document-level pass.
 */
final class MentionTyper {

    /**
     * One occurrence of a name; {@code type} is null when undecided, {@code hint} is what its neighbours suggest
     * ("according to Rouhani" hints a place, wrongly), used only when no known name contains it.
     */
    record Mention(String name, String type, String hint, int start, boolean weak) {

        Mention(String name, String type, int start, boolean weak) {
            this(name, type, null, start, weak);
        }
    }

    /**
     * The hint of initials the article spells out in lower-case words ("hypersensitivity pneumonitis, or HP",
     * "G protein-coupled receptors (GPCRs)"): a common noun's short form, no name anywhere in the article.
     */
    static final String COMMON_NOUN = "COMMON_NOUN";

    private static final Set<String> STOP_WORDS = StopWords.of("en");

    private final Gazetteer gazetteer;
    private final NameCues cues;
    private final PersonNames people;

    MentionTyper(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.cues = new NameCues(gazetteer);
        this.people = new PersonNames(gazetteer);
    }

    /** Adds the span's mentions to {@code out}: none for a lone title or a nationality, two for "Leader Ayatollah X". */
    void type(Tokens tokens, Span span, List<Mention> out) {
        while (span.to() - span.from() > 1 && (NameShapes.isCalendarWord(tokens.get(span.to() - 1).text())
                || trailingTitle(tokens, span))) {
            boolean title = !NameShapes.isCalendarWord(tokens.get(span.to() - 1).text());
            span = new Span(span.from(), span.to() - 1, span.weak()); // "By Regan December 3", "Labor MP"
            if (title && titlesWord(tokens, span.from(), span.to())) {
                span = new Span(span.from(), span.to() - 1, span.weak());
            }
        }
        if (NameShapes.namesAnIndex(tokens, span.from(), span.to())
                || NameShapes.namesAShip(tokens, span.from(), span.to())) {
            return;
        }
        if (makersTelevision(tokens, span) || placeBeforeAnAdjective(tokens, span)) {
            // "a Samsung TV", "the Apple TV app"; "the U.S. Olympic team"
            span = new Span(span.from(), span.to() - 1, span.weak());
        }
        if (span.to() - span.from() == 1 && NameShapes.isCompanyForm(tokens.get(span.from()).text())) {
            if (span.from() > 0 && tokens.is(span.from() - 1, ",")) {
                bodyBefore(tokens, span.from() - 1, out);
            }
            return;
        }
        if (isTicker(tokens, span)) {
            bodyBefore(tokens, span.from() - 1, out);
            return;
        }
        if (span.to() - span.from() == 1 && routeBetweenPlaces(tokens.get(span.from()), out)) {
            return;
        }
        if (span.to() - span.from() == 2 && countryBeforeInitials(tokens, span.from())) {
            type(tokens, new Span(span.from(), span.from() + 1, span.weak()), out); // "US EPA": the country, the body
            span = new Span(span.from() + 1, span.to(), span.weak());
        }
        int title = innerTitle(tokens, span.from(), span.to());
        if (title > span.from()) {
            int end = titlesWord(tokens, span.from(), title) ? title - 1 : title;
            type(tokens, new Span(span.from(), end, span.weak()), out);
            span = new Span(title, span.to(), false);
        }
        Mention mention = type(tokens, span.from(), span.to(), span.weak());
        if (mention != null && mention.type() == null && defines(tokens, span, out)) {
            mention = new Mention(mention.name(), out.get(out.size() - 1).type(), mention.start(), false);
        }
        if (mention != null) {
            out.add(endsSentence(tokens, span.to()) ? withoutFullStop(mention) : mention);
        }
    }

    /** Whether a sentence ends before token {@code at}: the text's end, or a sentence opening there. */
    private static boolean endsSentence(Tokens tokens, int at) {
        return at == tokens.size() || NameShapes.opensSentence(tokens, at);
    }

    /**
     * "Tempus Inc." ending a sentence is written "Tempus Inc", as the gold's guidelines ask: the dot there is the
     * sentence's as much as the abbreviation's.
     */
    private static Mention withoutFullStop(Mention mention) {
        String name = mention.name();
        int space = name.lastIndexOf(' ');
        if (!name.endsWith(".") || space < 0 || !NameShapes.isCompanyForm(name.substring(space + 1))) {
            return mention;
        }
        return new Mention(name.substring(0, name.length() - 1), mention.type(), mention.hint(), mention.start(),
                mention.weak());
    }

    /**
     * "Samsung TV", "Apple TV": a listed firm's name before "TV" is its set or its box, a product the guidelines leave
     * out, while the firm stands; a channel listed whole ("Press TV") keeps its name.
     */
    private boolean makersTelevision(Tokens tokens, Span span) {
        return span.to() - span.from() > 1 && tokens.is(span.to() - 1, "TV")
                && gazetteer.isOrganisation(tokens, span.from(), span.to() - 1)
                && !gazetteer.isOrganisation(tokens, span.from(), span.to());
    }

    /**
     * "the U.S. Olympic team", "the Canada Olympic squad": a listed place before a capitalised word that names nothing,
     * both before a noun, is the place, used as a modifier; "the Munich Olympics" is an event.
     */
    private boolean placeBeforeAnAdjective(Tokens tokens, Span span) {
        if (span.to() - span.from() < 2 || span.to() >= tokens.size()
                || !gazetteer.isNonEntity(tokens.get(span.to() - 1).text())) {
            return false;
        }
        Token noun = tokens.get(span.to());
        return noun.isWord() && !noun.isCapitalised() && !STOP_WORDS.contains(noun.text())
                && gazetteer.isLocation(tokens, span.from(), span.to() - 1);
    }

    /** "US EPA", "UK FCA": a country's initials before a body's name the country's own. */
    private boolean countryBeforeInitials(Tokens tokens, int at) {
        String country = tokens.get(at).text();
        String body = tokens.get(at + 1).text();
        return NameShapes.isAcronym(country) && gazetteer.isLocation(tokens.get(at)) && !NameShapes.isCode(body)
                && (NameShapes.isAcronym(body) || gazetteer.isOrganisation(tokens, at + 1, at + 2))
                && !gazetteer.isLocation(tokens.get(at + 1));
    }

    /** A job after a name names the body or place it is held in: "Labor MP", "Apple CEO", "Franklin County Sheriff". */
    private boolean trailingTitle(Tokens tokens, Span span) {
        Token last = tokens.get(span.to() - 1);
        Token before = tokens.get(span.to() - 2);
        // "Ford Field": a title that is also a place's last word ("Field Marshal") ends a place's name
        if (!gazetteer.isTitle(last) || gazetteer.isPlaceWord(last)
                || !NameChunker.isNameWord(tokens, span.to() - 2) || gazetteer.isTitle(before)
                || gazetteer.isGivenName(before) && gazetteer.isSurname(last)) { // "Damian King", "Alexander Pope"
            return false;
        }
        return !gazetteer.isListedName(tokens, span.from(), span.to());
    }

    /**
     * "White House Press Secretary", "US Trade Representative": a common word between a known name and the title
     * after it belongs to the title.
     */
    private boolean titlesWord(Tokens tokens, int from, int to) {
        if (to - from < 2 || !gazetteer.isCommonWord(tokens.get(to - 1))) {
            return false;
        }
        return gazetteer.isListedName(tokens, from, to - 1);
    }

    /**
     * Makes the name that ends right before token {@code mark} (the comma of ", LLC", the bracket of "(RIO.AX)") an
     * organisation; the form or the ticker itself names nothing.
     */
    private static void bodyBefore(Tokens tokens, int mark, List<Mention> out) {
        if (out.isEmpty() || mark < 1) {
            return;
        }
        Mention before = out.get(out.size() - 1);
        if (before.start() + before.name().length() == tokens.get(mark - 1).end()) {
            out.set(out.size() - 1, new Mention(before.name(), Entity.ORGANIZATION, before.start(), false));
        }
    }

    /** A stock ticker in brackets, as news agencies print it after a firm's name: "(RIO.AX)", "(VOD.L)", "(7203.T)". */
    private static boolean isTicker(Tokens tokens, Span span) {
        if (span.to() - span.from() != 1 || span.from() < 1 || span.to() >= tokens.size()
                || !tokens.is(span.from() - 1, "(") || !tokens.is(span.to(), ")")) {
            return false;
        }
        String word = tokens.get(span.from()).text();
        int dot = word.lastIndexOf('.');
        if (dot < 1 || dot > 6 || word.length() - dot - 1 < 1 || word.length() - dot - 1 > 2) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (k != dot && !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A market quote's code as news agencies print it, glued to a dot before or an equals sign after: ".DJI",
     * ".SPX", "EUR=", "US10YT=RR"; it names an index or a rate, not the body behind it.
     */
    private static boolean isQuoteCode(Tokens tokens, int at) {
        Token word = tokens.get(at);
        return at > 0 && tokens.is(at - 1, ".") && tokens.end(at - 1) == word.start()
                || at + 1 < tokens.size() && tokens.is(at + 1, "=") && tokens.start(at + 1) == word.end();
    }

    /** "Democratic Republic of Congo (DRC)": initials in brackets right after a typed name stand for it. */
    private static boolean defines(Tokens tokens, Span span, List<Mention> out) {
        if (out.isEmpty() || span.from() < 2 || span.to() >= tokens.size() || span.to() - span.from() != 1
                || !tokens.is(span.from() - 1, "(") || !tokens.is(span.to(), ")")) {
            return false;
        }
        Mention before = out.get(out.size() - 1);
        Token closing = tokens.get(span.from() - 2);
        return before.type() != null && before.start() + before.name().length() == closing.end();
    }

    /** Where a run of titles before the span's last word starts ("Islamic Revolution [Ayatollah] Ali Khamenei"). */
    private int innerTitle(Tokens tokens, int from, int to) {
        if (gazetteer.isAny(tokens.get(to - 1), Gazetteer.ORG_WORD | Gazetteer.PLACE_WORD | Gazetteer.TITLE)) {
            return from;
        }
        for (int k = from + 1; k < to - 1; k++) {
            if (gazetteer.isTitle(tokens.get(k)) && !gazetteer.isTitle(tokens.get(k - 1))
                    && !tokens.is(k - 1, "of")) {
                return k;
            }
        }
        return from;
    }

    /** The span's text is built and looked up once here, for both the whole name and the name after titles. */
    private Mention type(Tokens tokens, int from, int to, boolean weak) {
        String full = text(tokens, from, to);
        if (to - from == 1 && isQuoteCode(tokens, from)) {
            // before the lists: ".DJI" is the Dow's code even though DJI also names a drone maker
            return new Mention(full, null, tokens.get(from).start(), weak);
        }
        int facts = gazetteer.facts(tokens, from, to, full);
        Mention whole = byWholeName(tokens, from, to, full, facts);
        return whole != null ? whole : byNameAfterTitles(tokens, from, to, weak, full, facts);
    }

    /** What the lists and the name's own words say of the whole span, or null; {@code facts} are full's. */
    private Mention byWholeName(Tokens tokens, int from, int to, String full, int facts) {
        int start = tokens.get(from).start();
        if (to - from == 1 && NameShapes.isCelestialBody(full)) {
            return new Mention(full, Entity.LOCATION, start, false); // "on Mars", "Earth's Moon"
        }
        if (to - from == 1 && stateAfterTown(tokens, from)) {
            return new Mention(full + ".", Entity.LOCATION, start, false); // "Fresno, Calif.": the dot is the name's
        }
        if (gazetteer.isOrganisation(full, facts)) {
            return new Mention(full, Entity.ORGANIZATION, start, false);
        }
        if ((facts & (Gazetteer.LOCATION | Gazetteer.REGION)) != 0) {
            // a town's club at play ("Liverpool beat Everton 2-0") is an organisation; a country's side stays a place
            boolean club = to - from == 1 && (facts & Gazetteer.CITY) != 0
                    && (ClubCues.playsAMatch(tokens, from, to) || ClubCues.joinsABody(tokens, from));
            return new Mention(full, club ? Entity.ORGANIZATION : Entity.LOCATION, start, false);
        }
        if (NameShapes.isDigitBrand(tokens.get(from).text()) && allCommonWords(tokens, from + 1, to)) {
            // "9to5Mac", never a person's or a place's name; "9to5Mac Gift Guides" are its features
            return new Mention(tokens.get(from).text(), Entity.ORGANIZATION, start, false);
        }
        if (to - from == 1 && placesJoined(full)) {
            return new Mention(full, Entity.LOCATION, start, false); // "Asia-Pacific", "Qinghai-Tibet"
        }
        String capitalised = NameShapes.shouted(full) ? Text.titleCase(full) : null;
        if (capitalised != null && (gazetteer.isLocation(capitalised) || gazetteer.isCity(capitalised))) {
            return new Mention(capitalised, Entity.LOCATION, start, false); // "KYIV, Oct 3 (AP) -"
        }
        // the lists are asked about the first and the last word's tokens, which keep their facts once looked up
        Token lastWord = tokens.get(to - 1);
        Token firstWord = tokens.get(from);
        String last = lastWord.text();
        String first = firstWord.text();
        String head = headBeforeOf(tokens, from, to);
        if (to - from > 1 && NameShapes.isVenueWord(last)
                && !(NameShapes.isRoomWord(last) && allCommonWords(tokens, from, to - 1))) {
            return new Mention(full, Entity.ORGANIZATION, start, false); // "Bridgestone Arena", not "City Hall"
        }
        if (to - from > 1 && (gazetteer.isOrgWord(lastWord) || head != null && (gazetteer.isOrgWord(head)
                || advocates(tokens, from, head)))) {
            return new Mention(full, Entity.ORGANIZATION, start, false);
        }
        if (to - from > 1 && gazetteer.opensPlace(firstWord) && !gazetteer.isOrgWord(lastWord)
                && (!allCommonWords(tokens, from + 1, to) || gazetteer.isPlace(tokens, from + 1, to))
                && !(to - from > 2 && gazetteer.isPlace(tokens, from, from + 2))) { // the "Fort Worth Star-Telegram"
            return new Mention(full, Entity.LOCATION, start, false); // "Lake Chad", "Mount Kenya", "Fort Worth"
        }
        if (to - from > 1 && gazetteer.opensOrganisation(firstWord) && !gazetteer.isPlaceWord(lastWord)
                && !allCommonWords(tokens, from + 1, to)) {
            return new Mention(full, Entity.ORGANIZATION, start, false); // "Radio Disney", "Dynamo Kyiv"
        }
        if (to - from > 2 && orgWordInside(tokens, from, to) && !NameShapes.isEventWord(last)) {
            // "Major League Baseball", "Coronado Unified School District"
            return new Mention(full, Entity.ORGANIZATION, start, false);
        }
        if (to - from > 1 && last.equals("Channel") && !gazetteer.isPlace(firstWord)) {
            return new Mention(full, Entity.ORGANIZATION, start, false); // "Disney Channel", not "Bristol Channel"
        }
        if (to - from > 1 && (gazetteer.isPlaceWord(lastWord) || head != null && gazetteer.isPlaceWord(head))) {
            return new Mention(full, Entity.LOCATION, start, false);
        }
        if (to - from == 2 && last.equals("State") && gazetteer.isRegion(firstWord)) {
            return new Mention(full, Entity.LOCATION, start, false); // "Osun State"; a town's "Boise State" is a university
        }
        if (to - from > 1 && NameShapes.isCompassWord(first) && gazetteer.isPlace(tokens, from + 1, to)) {
            return new Mention(full, Entity.LOCATION, start, false); // "East Jerusalem", "Southern California"
        }
        if (to - from > 1 && NameShapes.spelledOut(tokens, from, to) && !NameShapes.isMachineOrSchemeWord(last)) {
            return new Mention(full, Entity.ORGANIZATION, start, false);
        }
        if (to - from > 1 && isBrand(firstWord) && gazetteer.isLocation(tokens, from + 1, to)) {
            return new Mention(full, Entity.ORGANIZATION, start, false); // "Ascom North America", a firm's branch
        }
        return null;
    }

    /**
     * "Fresno, Calif.", "Erie, Pa.": a state's abbreviation with its dot; after a town and a comma even those that are
     * also words or names ("Pa", "Wash", "Miss"), which a list alone must not take.
     */
    private boolean stateAfterTown(Tokens tokens, int at) {
        String word = tokens.get(at).text();
        // the dot first: compared in the text, where the list is a look-up
        if (at + 1 >= tokens.size() || !tokens.is(at + 1, ".") || !NameShapes.isStateAbbreviation(word)
                || tokens.start(at + 1) != tokens.get(at).end()) {
            return false;
        }
        return gazetteer.isLocation(word)
                || at > 1 && tokens.is(at - 1, ",") && NameChunker.isNameWord(tokens, at - 2);
    }

    /**
     * Known places joined by a hyphen name the region they span ("Asia-Pacific", "Qinghai-Tibet"); two towns so
     * joined name a route ("the Baghdad-Damascus highway").
     */
    private boolean placesJoined(String word) {
        if (word.indexOf('-') < 0) {
            return false;
        }
        String[] parts = word.split("-");
        boolean region = false;
        for (String part : parts) {
            if (!gazetteer.isLocation(part)) {
                return false;
            }
            region |= !gazetteer.isCity(part);
        }
        return region;
    }

    /**
     * "the Baghdad-Damascus highway", "an Earth-Mars transfer": listed places or planets joined by a hyphen are each
     * named, unless the whole is a listed place or the region they span ({@link #placesJoined}). Adds the places to
     * {@code out} and says whether the word was such a route.
     */
    private boolean routeBetweenPlaces(Token word, List<Mention> out) {
        String text = word.text();
        if (!word.isHyphenated() || gazetteer.isPlace(text) || placesJoined(text)) {
            return false;
        }
        String[] parts = text.split("-");
        for (String part : parts) {
            // listed places only: GeoNames towns' names are also a hotel's ("Waldorf-Astoria") or people's
            if (part.isEmpty() || !gazetteer.isLocation(part) && !NameShapes.isCelestialBody(part)) {
                return false;
            }
        }
        int at = word.start();
        for (String part : parts) {
            out.add(new Mention(part, Entity.LOCATION, at, false));
            at += part.length() + 1;
        }
        return true;
    }

    /** "Doctors for Camp Closure", "Americans for Prosperity": a group named for its members and its cause. */
    private boolean advocates(Tokens tokens, int from, String head) {
        return tokens.get(from).text().equals(head) && tokens.is(from + 1, "for")
                && NameChunker.isAdvocatesHead(gazetteer, head);
    }

    /** "Radio Broadcast", "Racing Bicycles": a description, not a name. */
    private boolean allCommonWords(Tokens tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!gazetteer.isCommonWord(tokens.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A body's word inside a longer name: "Major [League] Baseball", "Coronado Unified [School] District". */
    private boolean orgWordInside(Tokens tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            if (gazetteer.isOrgWord(tokens.get(k)) && tokens.get(k).text().length() > 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * "the Patriots", "The Falcons won": a team's plural name, capitalised after "the" (or the "The" opening a
     * sentence), is the club; a bare "Office" or "Ministry" is not, nor "the Games".
     */
    private boolean isTeam(Tokens tokens, int at) {
        Token word = tokens.get(at);
        return at > 0 && (tokens.is(at - 1, "the") || tokens.is(at - 1, "The") && tokens.sentenceStart(at - 1))
                && !word.sentenceStart() && word.text().endsWith("s")
                && gazetteer.isOrgWord(word) && !NameShapes.isEventWord(word.text());
    }

    /** "Office", "Ministry", "Valley": a body's or a place's head noun on its own names nothing. */
    private boolean bareNoun(Token word) {
        return gazetteer.isAny(word, Gazetteer.ORG_WORD | Gazetteer.PLACE_WORD) && gazetteer.isCommonWord(word);
    }

    /** A word that is no English word, first name, title, nationality or place: "Ascom", "Nissan". */
    private boolean isBrand(Token word) {
        int listed = Gazetteer.GIVEN_NAME | Gazetteer.TITLE | Gazetteer.DEMONYM | Gazetteer.LOCATION | Gazetteer.REGION
                | Gazetteer.CITY | Gazetteer.PLACE_WORD;
        return !gazetteer.isAny(word, listed) && !gazetteer.isCommonWord(word) && !gazetteer.isDemonym(word)
                && !NameShapes.isCompassWord(word.text()) && Character.isUpperCase(word.first());
    }

    /** With titles and nationalities taken off the front: a listed name, a person, initials, or a hint. */
    private Mention byNameAfterTitles(Tokens tokens, int from, int to, boolean weak, String full, int fullFacts) {
        int spanFrom = from;
        boolean titled = false;
        while (from < to - 1 && (people.stripsTitle(tokens, from, to) || gazetteer.isDemonym(tokens.get(from)))) {
            titled |= gazetteer.isTitle(tokens.get(from));
            from++;
        }
        if (from < to && gazetteer.isTitle(tokens.get(from)) && to - from == 1) {
            return null;
        }
        String name = from == spanFrom ? full : text(tokens, from, to);
        int nameFacts = from == spanFrom ? fullFacts : gazetteer.facts(tokens, from, to, name);
        int start = tokens.get(from).start();
        if (from != spanFrom) {
            // "President Ascom North America", a firm's branch
            Mention whole = byWholeName(tokens, from, to, name, nameFacts);
            if (whole != null) {
                return whole;
            }
        }
        Token firstWord = tokens.get(from);
        String first = firstWord.text();
        if (to - from == 1 && isTeam(tokens, from)) {
            return new Mention(name, Entity.ORGANIZATION, start, false);
        }
        if (to - from == 1 && (gazetteer.isDemonym(firstWord) || bareNoun(firstWord)) || gazetteer.isNonEntity(firstWord)) {
            return null; // "Iranians", "Monday", "Hurricane Katrina", "Christmas Eve", "the Sheriff's Office said"
        }
        if (titled || PersonNames.hasInitial(tokens, from, to)) {
            return new Mention(name, Entity.PERSON, start, false);
        }
        boolean city = (nameFacts & Gazetteer.CITY) != 0;
        if (city && to - from > 1) {
            return new Mention(name, Entity.LOCATION, start, false);
        }
        if (to - from == 1 && cues.placeAfterComma(tokens, to)) {
            return new Mention(name, Entity.LOCATION, start, false); // "Cary, North Carolina", though Cary is a name
        }
        int person = people.start(tokens, from, to, city);
        if (person >= 0) {
            // initials after a name are a post or an honour: "John Milbank RRP"
            int end = to - person > 2 && NameShapes.isAcronym(tokens.get(to - 1).text()) ? to - 1 : to;
            return new Mention(text(tokens, person, end), Entity.PERSON, tokens.get(person).start(), false);
        }
        if (to - from == 1 && from > 1 && tokens.is(from - 1, ",") && NameShapes.isStateCode(first)
                && NameChunker.isNameWord(tokens, from - 2)) {
            return new Mention(name, Entity.LOCATION, start, false); // "Gladstone, NJ"
        }
        String initials = to - from == 1 ? NameShapes.initials(first) : null;
        if (initials != null && (NameShapes.spelledInLowerCase(tokens, from, initials)
                || NameShapes.spellOutAMachine(tokens, from)) || NameCues.namesACraft(tokens, from, to)) {
            return new Mention(initials != null ? initials : name, null, COMMON_NOUN, start, false);
        }
        if (to - from == 1 && NameShapes.isCode(first)) {
            return new Mention(name, null, start, weak); // "USB-C ports", "IL-25"
        }
        if (to - from == 1 && NameShapes.isAcronym(first) && !(first.length() > 2 && gazetteer.isCommonWord(firstWord))) {
            // most initials are bodies, but one defined in the article stands for whatever it defines
            return new Mention(name, null, Entity.ORGANIZATION, start, false);
        }
        String hint = cues.hint(tokens, from, to);
        // a lone town name may be someone's surname ("Lincoln", "Jackson"): a hint, so a person named in full wins
        return new Mention(name, null, hint == null && city ? Entity.LOCATION : hint, start, weak);
    }

    /** The word before the first "of" ("Victoria Hockey [Club] of Montreal", "Grand [Duchy] of Poznań"), or null. */
    private static String headBeforeOf(Tokens tokens, int from, int to) {
        for (int k = from + 1; k < to - 1; k++) {
            // compared in the text: most of a name's inner words are never made tokens
            if (tokens.is(k, "of") || tokens.is(k, "for") || tokens.is(k, "on")) {
                return tokens.get(k - 1).text();
            }
        }
        return null;
    }

    static String text(Tokens tokens, int from, int to) {
        if (to - from == 1) {
            return tokens.get(from).text(); // most names are one word: no copy, and its hash is computed once
        }
        StringBuilder name = new StringBuilder(tokens.get(from).text());
        for (int k = from + 1; k < to; k++) {
            String word = tokens.get(k).text();
            (Tokens.isPossessive(word) || word.equals(",") ? name : name.append(' ')).append(word);
        }
        return name.toString();
    }
}
