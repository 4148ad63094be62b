package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.MentionTyper.Mention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionTyperTest {

    private final Gazetteer gazetteer = Gazetteer.get();
    private final MentionTyper typer = new MentionTyper(gazetteer);

    private List<String> typed(String text) {
        Tokens tokens = Tokens.of(text);
        List<Mention> out = new ArrayList<>();
        new NameChunker(gazetteer).spans(tokens).forEach(span -> typer.type(tokens, span, out));
        return out.stream().filter(m -> !m.weak()).map(m -> m.name() + "/" + (m.type() != null ? m.type() : "?" + m.hint())).toList();
    }

    @Test
    void shouldStripTitlesAndNationalitiesWhenTheyPrecedeAPerson() {
        assertThat(typed("Iranian President Hassan Rouhani met Pakistani Prime Minister Imran Khan."))
                .containsExactly("Hassan Rouhani/" + Entity.PERSON, "Imran Khan/" + Entity.PERSON);
        assertThat(typed("The Leader of Islamic Revolution Ayatollah Seyyed Ali Khamenei spoke."))
                .containsExactly("Revolution/?null", "Seyyed Ali Khamenei/" + Entity.PERSON);
    }

    @Test
    void shouldTypeOrganisationsAndPlacesBySuffixesAndLists() {
        assertThat(typed("He joined the Economic Cooperation Organization in Kashmir Valley, Gwadar and the NHL."))
                .containsExactly("Economic Cooperation Organization/" + Entity.ORGANIZATION,
                        "Kashmir Valley/" + Entity.LOCATION, "Gwadar/" + Entity.LOCATION, "NHL/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldMakeTheNameBeforeACompanyFormAnOrganisationAndDropTheForm() {
        assertThat(typed("Creditors formed Cascade Timberlands, LLC in 2004 and Vanxim, Inc. later."))
                .containsExactly("Cascade Timberlands/" + Entity.ORGANIZATION, "Vanxim/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldReadAStateCodeAfterATownAsAPlaceAndDropJargonInitials() {
        assertThat(typed("The show moves from Gladstone, NJ to the EV and HVAC fair."))
                .containsExactly("Gladstone/?" + Entity.LOCATION, "NJ/" + Entity.LOCATION);
    }

    @Test
    void shouldDropCommonNounsInitialsButKeepABodysBeforeACommonNoun() {
        assertThat(typed("The AWD car got a HPV vaccine, a WLTP range and SARS tests, as NASA astronauts did."))
                .containsExactly("NASA/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldKnowCommonFirstNamesThatAreAlsoWordsOnlyBeforeASurname() {
        assertThat(typed("Acting secretary Chad Wolf flew to Chad."))
                .containsExactly("Chad Wolf/" + Entity.PERSON, "Chad/" + Entity.LOCATION);
    }

    @Test
    void shouldTakeAFirmOutOfItsTelevisionButKeepAChannelListedWhole() {
        assertThat(typed("He bought a Samsung TV and watched Press TV on it."))
                .containsExactly("Samsung/" + Entity.ORGANIZATION, "Press TV/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldTakeABodySpelledOutBeforeItsInitialsButNotAMachine() {
        assertThat(typed("The Human Landing System (HLS) flies. "
                + "He joined Australians Against Further Immigration (AAFI)."))
                .containsExactly("Human Landing System/?null", "HLS/?" + MentionTyper.COMMON_NOUN,
                        "Australians Against Further Immigration/" + Entity.ORGANIZATION, "AAFI/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldReadAFirmsNameThatOpensWithADigitWithoutTheFeatureAfterIt() {
        assertThat(typed("Stay tuned for more 9to5Mac Gift Guides and a 4K Blu-ray."))
                .contains("9to5Mac/" + Entity.ORGANIZATION).noneMatch(name -> name.startsWith("4K"));
    }

    @Test
    void shouldTakeAOneWordNameBeforeACraftsNounForTheCraftsNotATowns() {
        assertThat(typed("The Orion spacecraft flew over Orion today."))
                .containsExactly("Orion/?" + MentionTyper.COMMON_NOUN, "Orion/?" + Entity.LOCATION);
    }

    @Test
    void shouldTellAPersonWithAPlacesFirstNameFromANewspaperNamedForItsTown() {
        assertThat(typed("Then Virginia Giuffre wrote to the Odessa American."))
                .containsExactly("Virginia Giuffre/" + Entity.PERSON, "Odessa American/?null");
    }

    @Test
    void shouldTakeABodysWordInsideANameForAnOrganisationButNotAnEventsName() {
        assertThat(typed("He pitched in Major League Baseball for the Coronado Unified School District."))
                .containsExactly("Major League Baseball/" + Entity.ORGANIZATION,
                        "Coronado Unified School District/" + Entity.ORGANIZATION);
        assertThat(typed("They won the Vanxim Music Awards.")).containsExactly("Vanxim Music Awards/?null");
    }

    @Test
    void shouldTakeAJobAfterANameForWhereItIsHeldButKeepSurnamesThatAreTitles() {
        assertThat(typed("The Labor MP met the Apple CEO, Damian King and Alexander Pope."))
                .containsExactly("Labor/" + Entity.ORGANIZATION, "Apple/" + Entity.ORGANIZATION,
                        "Damian King/" + Entity.PERSON, "Alexander Pope/" + Entity.PERSON);
    }

    @Test
    void shouldLeaveUnknownNamesUndecidedWithAHintFromSaying() {
        assertThat(typed("Afterwards Bobick said it was late, and Vanxim was quiet."))
                .containsExactly("Bobick/?" + Entity.PERSON, "Vanxim/?null");
    }

    @Test
    void shouldDropMonthsNationalitiesAndLoneTitles() {
        assertThat(typed("In August the Pakistani President spoke to Iranians.")).isEmpty();
    }

    @Test
    void shouldTypeTownsFromGeoNamesButLeaveALoneTownNameOpenToAPerson() {
        assertThat(typed("The plant near North Vancouver moved to Bakersfield."))
                .containsExactly("North Vancouver/" + Entity.LOCATION, "Bakersfield/?" + Entity.LOCATION);
        assertThat(typed("Lincoln said no.")).as("saying beats the town").containsExactly("Lincoln/?" + Entity.PERSON);
    }

    @Test
    void shouldNotTakeATownBeforeAnUnknownWordForAFirstName() {
        assertThat(typed("He wrote for the Austin Beacon, like Paris Hilton."))
                .containsExactly("Austin Beacon/?null", "Paris Hilton/" + Entity.PERSON);
    }

    @Test
    void shouldDropDerivedNationalitiesBeforeAName() {
        assertThat(typed("The veteran Queenslander Mitchell Rawlins won.")).containsExactly("Mitchell Rawlins/" + Entity.PERSON);
    }

    @Test
    void shouldReadOnlyUncommonCapitalsAsInitials() {
        assertThat(typed("He beat the NAACP on the CD, the AIDS and the RACE.")).containsExactly("NAACP/?" + Entity.ORGANIZATION, "RACE/?null");
    }

    @Test
    void shouldKnowStateAbbreviationsInDatelines() {
        assertThat(typed("He lives in Boulder, Colo. now."))
                .containsExactly("Boulder/" + Entity.LOCATION, "Colo./" + Entity.LOCATION);
    }

    @Test
    void shouldReadPlacesInCapitalsAsDatelinesWriteThem() {
        assertThat(typed("KYIV, Oct 3 (AP) - strikes hit NEW YORK again, NATO said."))
                .containsExactly("Kyiv/" + Entity.LOCATION, "AP/" + Entity.ORGANIZATION, "New York/" + Entity.LOCATION,
                        "NATO/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldStripJobTitlesAndTypeUtilitiesByTheirLastWord() {
        assertThat(typed("Then Chief Executive Tim Cook met Labour MP Diane Abbott at Southern Water."))
                .containsExactly("Tim Cook/" + Entity.PERSON, "Labour/" + Entity.ORGANIZATION,
                        "Diane Abbott/" + Entity.PERSON, "Southern Water/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldFindAPersonAfterACapitalisedJobButNoneInAGardenOrAStorm() {
        assertThat(typed("Then Coroner William McLaughlin spoke of Hurricane Katrina in the Rose Garden."))
                .containsExactly("William McLaughlin/" + Entity.PERSON, "Rose Garden/?null");
    }

    @Test
    void shouldTypeGroundsAndBuildingsAsPlaces() {
        assertThat(typed("They played at Doyt Perry Stadium near Buckingham Palace."))
                .containsExactly("Doyt Perry Stadium/" + Entity.LOCATION, "Buckingham Palace/" + Entity.LOCATION);
    }

    @Test
    void shouldKeepATitleThatOpensANameButStripItBeforeASurname() {
        assertThat(typed("He joined Major League Baseball, said Mr Brown."))
                .containsExactly("Major League Baseball/" + Entity.ORGANIZATION, "Brown/" + Entity.PERSON);
    }

    @Test
    void shouldStripHyphenatedTitles() {
        assertThat(typed("Then WHO Director-General Tedros Adhanom Ghebreyesus spoke."))
                .containsExactly("WHO/" + Entity.ORGANIZATION, "Tedros Adhanom Ghebreyesus/" + Entity.PERSON);
    }

    @Test
    void shouldTypeAPartOfAKnownPlaceAsAPlace() {
        assertThat(typed("Troops entered East Jerusalem and Southern California."))
                .containsExactly("East Jerusalem/" + Entity.LOCATION, "Southern California/" + Entity.LOCATION);
    }

    @Test
    void shouldTypeAListedTownAtPlayAsItsClubButNotACountry() {
        assertThat(typed("Then Liverpool beat England 2-0."))
                .containsExactly("Liverpool/" + Entity.ORGANIZATION, "England/" + Entity.LOCATION);
    }

    @Test
    void shouldLetInitialsInBracketsStandForTheNameBeforeThem() {
        assertThat(typed("Troops left the Democratic Republic of Congo (DRC) for the AU."))
                .containsExactly("Democratic Republic of Congo/" + Entity.LOCATION, "DRC/" + Entity.LOCATION,
                        "AU/?" + Entity.ORGANIZATION);
    }

    @Test
    void shouldTypeVenuesAsBodiesButNotACommonHall() {
        assertThat(typed("They play Bridgestone Arena, then Shoreline Amphitheatre, and were held at Bartholomew County Jail."))
                .containsExactly("Bridgestone Arena/" + Entity.ORGANIZATION, "Shoreline Amphitheatre/" + Entity.ORGANIZATION,
                        "Bartholomew County Jail/" + Entity.ORGANIZATION);
        assertThat(typed("The mayor spoke at City Hall.")).doesNotContain("City Hall/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldGiveNoBodysHintToPartCodesOrMarketQuoteCodes() {
        assertThat(typed("It charges over USB-C and releases IL-25, while the NHL watched."))
                .containsExactly("USB-C/?null", "IL-25/?null", "NHL/" + Entity.ORGANIZATION);
        assertThat(typed("The Dow Jones Industrial Average .DJI fell and the euro EUR= rose, said the BWF."))
                .contains("DJI/?null", "EUR/?null", "BWF/?" + Entity.ORGANIZATION);
    }

    @Test
    void shouldLeavePartyMembersAsAGroupOutButKeepTheParty() {
        assertThat(typed("Democrats and the Conservatives wrote to the Democratic Party and the Liberal Democrats."))
                .containsExactly("Democratic Party/" + Entity.ORGANIZATION, "Liberal Democrats/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldTypeWhatFollowsATitleByItsOwnWordsAndGiveAnOwnerNoPlacesHint() {
        assertThat(typed("Rob Goldman, President Ascom North America, says so.")).contains("Ascom North America/" + Entity.ORGANIZATION);
        assertThat(typed("It is revealed in Ludoport's review, and in Gazipur.")).containsExactly("Ludoport/?null",
                "Gazipur/?" + Entity.LOCATION);
    }

    @Test
    void shouldLeaveACommonWordBeforeATitleWithTheTitleWhenAKnownNameIsBeforeIt() {
        assertThat(typed("Then White House Press Secretary Stephanie Grisham and US Trade Representative Robert Lighthizer spoke."))
                .containsExactly("White House/" + Entity.ORGANIZATION, "Stephanie Grisham/" + Entity.PERSON,
                        "US/" + Entity.LOCATION, "Robert Lighthizer/" + Entity.PERSON);
        assertThat(typed("Then Coronado Unified School District spoke.")).containsExactly(
                "Coronado Unified School District/" + Entity.ORGANIZATION);
    }

    @Test
    void shouldNotTakeAFirstNameBeforeAPluralWordForAPerson() {
        assertThat(typed("He wore a jacket by Lewis Leathers.")).doesNotContain("Lewis Leathers/" + Entity.PERSON);
        assertThat(typed("He met Lewis Hamilton and Tom Banks.")).containsExactly("Lewis Hamilton/" + Entity.PERSON,
                "Tom Banks/" + Entity.PERSON);
    }

    @Test
    void shouldSplitACountrysInitialsFromTheBodyAfterThem() {
        assertThat(typed("It beats the US EPA test.")).containsExactly("US/" + Entity.LOCATION, "EPA/" + Entity.ORGANIZATION);
        assertThat(typed("It beats the US Open.")).doesNotContain("US/" + Entity.LOCATION);
    }

    @Test
    void shouldTakeRegionsJoinedByAHyphenForTheRegionTheySpanButNotTwoTowns() {
        assertThat(typed("Shares of Asia-Pacific firms rose on the Qinghai-Tibet plateau."))
                .containsExactly("Asia-Pacific/" + Entity.LOCATION, "Qinghai-Tibet/" + Entity.LOCATION);
        assertThat(typed("They drove the Baghdad-Damascus highway.")).doesNotContain("Baghdad-Damascus/" + Entity.LOCATION);
    }
}
