package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.events.Entity;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldTakeOnlyKnownNamesFromATitleCaseHeadline() {
        assertThat(extractor.find("Rouhani, Imran Khan Discuss Border Security, Kashmir Plight",
                "President Hassan Rouhani met Prime Minister Imran Khan. Rouhani said Kashmir matters."))
                .extracting(Entity::name, Entity::type, Entity::mentions).containsExactly(
                        tuple("Hassan Rouhani", Entity.PERSON, 3), tuple("Imran Khan", Entity.PERSON, 2),
                        tuple("Kashmir", Entity.LOCATION, 2));
    }

    @Test
    void shouldReadASentenceCaseTitleLikeBodyTextWithOffsetMinusOne() {
        assertThat(extractor.find("Talks with the World Bank in Lagos", "Nothing else."))
                .containsExactly(new Entity("World Bank", Entity.ORGANIZATION, 1, -1),
                        new Entity("Lagos", Entity.LOCATION, 1, -1));
    }

    @Test
    void shouldCountNamesInCreditLinesAtOffsetMinusOneUnlessTheBodyNamesThemToo() {
        String body = "The World Bank met in Lagos.";
        assertThat(extractor.find(null, Tokens.of(body), java.util.List.of("Photo: Lagos Harbour Authority",
                "Provided by the World Bank")))
                .extracting(Entity::name, Entity::firstOffset)
                .contains(tuple("World Bank", 4), tuple("Lagos Harbour Authority", -1));
    }

    @Test
    void shouldReturnNothingForEmptyInput() {
        assertThat(extractor.find(null, "")).isEmpty();
    }

    @Test
    void shouldTakeKnownNamesOutOfAdjectivesWithoutRunningThemIntoTheNextName() {
        assertThat(extractor.find(null, "The Seattle-based company met Kremlin-backed rebels. A London-born Apple executive spoke."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Seattle", Entity.LOCATION),
                        tuple("Kremlin", Entity.ORGANIZATION), tuple("London", Entity.LOCATION),
                        tuple("Apple", Entity.ORGANIZATION));
    }

    @Test
    void shouldReadNewsDatelinesBylinesAndBranchesOfFirms() {
        assertThat(extractor.find(null, "NEW YORK (Reuters) - Ascom North America said on Monday it will sell."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("New York", Entity.LOCATION),
                        tuple("Reuters", Entity.ORGANIZATION), tuple("Ascom North America", Entity.ORGANIZATION));
        assertThat(extractor.find(null, "By Regan December 3, 2019. I’m sure, John Milbank RRP said."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Regan", Entity.PERSON),
                        tuple("John Milbank", Entity.PERSON));
    }

    @Test
    void shouldNotTakeWhatASourceSaysForAPlace() {
        assertThat(extractor.find(null, "According to Vanxim the game runs well.")).isEmpty();
        assertThat(extractor.find(null, "Then he flew to Gazipur.")).extracting(Entity::type)
                .containsExactly(Entity.LOCATION);
    }

    @Test
    void shouldTellATelevisionChannelFromASeaAndKnowEmpiresArePlaces() {
        assertThat(extractor.find(null, "Disney Channel filmed the Bristol Channel and the Ottoman Empire."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Disney Channel", Entity.ORGANIZATION),
                        tuple("Bristol Channel", Entity.LOCATION), tuple("Ottoman Empire", Entity.LOCATION));
    }

    @Test
    void shouldNotTakeMachinesOrDoctrinesForPeopleOrPlaces() {
        assertThat(extractor.find(null, "He flew the F-105 Thunderchief and wrote on Catholicism in Rome."))
                .extracting(Entity::name).containsExactly("Rome");
    }

    @Test
    void shouldReadNewspapersNamedForTwoWordTownsAndHallsOfFameAsOrganisations() {
        assertThat(extractor.find(null, "The Sioux Falls Argus reported that he joined the Hockey Hall of Fame."))
                .extracting(Entity::name, Entity::type).containsExactly(
                        tuple("Sioux Falls Argus", Entity.ORGANIZATION), tuple("Hockey Hall of Fame", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeANameBeforeAStateOrAfterASemicolonForAPlace() {
        assertThat(extractor.find(null, "It is a mall in Cary, North Carolina. Stations: Debden, England; Saffron Walden, England."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Cary", Entity.LOCATION),
                        tuple("North Carolina", Entity.LOCATION), tuple("Debden", Entity.LOCATION),
                        tuple("England", Entity.LOCATION), tuple("Saffron Walden", Entity.LOCATION));
    }

    @Test
    void shouldNotTakeGamesNamedForAPlaceForAClubOrAPersonTweetingForAnything() {
        assertThat(extractor.find(null, "He boxed at the Munich Olympics, then Elon Musk tweeted."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Elon Musk", Entity.PERSON));
    }

    @Test
    void shouldReadGroundsDocksAndPartsOfRegionsAsPlaces() {
        assertThat(extractor.find(null, "He pitched at Forbes Field, sailed from Salisbury Dock to the Pacific Northwest."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Forbes Field", Entity.LOCATION),
                        tuple("Salisbury Dock", Entity.LOCATION), tuple("Pacific Northwest", Entity.LOCATION));
    }

    @Test
    void shouldTypeNamesOpenedByAnOrganisationWordButNotDescriptions() {
        assertThat(extractor.find(null, "He was hired by Radio Disney and stayed at the Hotel Essex. Dynamo Kyiv won."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Radio Disney", Entity.ORGANIZATION),
                        tuple("Hotel Essex", Entity.ORGANIZATION), tuple("Dynamo Kyiv", Entity.ORGANIZATION));
        assertThat(extractor.find(null, "It was a Radio Broadcast of the Racing Bicycles show.")).isEmpty();
    }

    @Test
    void shouldReadNewsCuesAroundAnUnknownBody() {
        assertThat(extractor.find(null, "Shares of Vantrix fell 3 percent. Two Zembla officials declined to comment."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Vantrix", Entity.ORGANIZATION),
                        tuple("Zembla", Entity.ORGANIZATION));
    }

    @Test
    void shouldKnowOneWordCompaniesAndRegionsFromPublicLists() {
        assertThat(extractor.find(null, "Safeway and Konami opened offices in Yunnan and in Osun State."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Safeway", Entity.ORGANIZATION),
                        tuple("Konami", Entity.ORGANIZATION), tuple("Yunnan", Entity.LOCATION),
                        tuple("Osun State", Entity.LOCATION));
    }

    @Test
    void shouldKnowNewsOrganisationsAndMajorCompaniesAndTakeTheNameOutOfAnAdjective() {
        assertThat(extractor.find(null, "Deadline and Gizmodo said Verizon, Refinitiv and Anker sold it on Weibo, a "
                + "Twitter-like site, to Macy’s."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Gizmodo", Entity.ORGANIZATION),
                        tuple("Verizon", Entity.ORGANIZATION), tuple("Refinitiv", Entity.ORGANIZATION),
                        tuple("Anker", Entity.ORGANIZATION), tuple("Weibo", Entity.ORGANIZATION),
                        tuple("Twitter", Entity.ORGANIZATION), tuple("Macy’s", Entity.ORGANIZATION));
    }

    @Test
    void shouldReadRanksWithoutAFullStopAndPluralCentres() {
        assertThat(extractor.find(null, "Lawmakers grilled Lt Col Alexander Vindman. The Centers for Disease Control "
                + "recommends it."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Alexander Vindman", Entity.PERSON),
                        tuple("Centers for Disease Control", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeANameBeforeOfAndAListedBodyForSomeoneWhoWorksThereAndTheHouseForTheChamber() {
        assertThat(extractor.find(null, "It was reported by Sui-Lee Wee of the New York Times before the House vote."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Sui-Lee Wee", Entity.PERSON),
                        tuple("New York Times", Entity.ORGANIZATION), tuple("House", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeAListedNameOfSeveralWordsOutOfAnAdjective() {
        assertThat(extractor.find(null, "Trump claimed victory as the Democratic Party-controlled chamber met."))
                .extracting(Entity::name, Entity::type).contains(tuple("Democratic Party", Entity.ORGANIZATION));
        assertThat(extractor.find(null, "It had Nissan's NASA-inspired seats and Seattle-based staff."))
                .extracting(Entity::name, Entity::type).contains(tuple("NASA", Entity.ORGANIZATION),
                        tuple("Seattle", Entity.LOCATION));
    }

    @Test
    void shouldTakeASurnameThatIsAlsoAWordAfterAnUnknownFirstName() {
        assertThat(extractor.find(null, "The band covered a song by Kanye West last year."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Kanye West", Entity.PERSON));
    }

    @Test
    void shouldNotTakePronounsOrALawmakersPartyForNames() {
        assertThat(extractor.find(null, "“It works,” said Rep. Brian Babin (R-TX). “Not yet.” He said it twice."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Brian Babin", Entity.PERSON));
        assertThat(extractor.find(null, "The report ran on NBC Latino and in Coca-Cola Light adverts."))
                .extracting(Entity::type).doesNotContain(Entity.PERSON);
    }

    @Test
    void shouldTakePlacesOpenedByAPlaceWordAndBodiesNamedAfterAPlace() {
        assertThat(extractor.find(null, "They camped by Lake Chad. Later Poetry London printed Sunderland A.F.C. notes."
                + " It sank in the River Mersey. They met at Camp David."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Lake Chad", Entity.LOCATION),
                        tuple("Poetry London", Entity.ORGANIZATION), tuple("Sunderland A.F.C.", Entity.ORGANIZATION),
                        tuple("River Mersey", Entity.LOCATION), tuple("Camp David", Entity.LOCATION));
        assertThat(extractor.find(null, "He wrote for the Fort Worth Star-Telegram."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Fort Worth Star-Telegram", Entity.ORGANIZATION));
    }

    @Test
    void shouldKeepAnOfficeHoldersBodyWholeAndDropABareHeadNoun() {
        assertThat(extractor.find(null, "A man was held, the Hennepin County Sheriff's Office said. The Ministry said nothing."))
                .extracting(Entity::name, Entity::type)
                .containsExactly(tuple("Hennepin County Sheriff's Office", Entity.ORGANIZATION));
        assertThat(extractor.find(null, "Britain's Foreign Office said so."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Britain", Entity.LOCATION),
                        tuple("Foreign Office", Entity.ORGANIZATION));
    }

    @Test
    void shouldLetPlayersBeatEachOtherWhileClubsAndSuedFirmsStayBodies() {
        assertThat(extractor.find(null, "Novak Djokovic beat Carlos Alcaraz in the final. The Serb, 36, won again."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Novak Djokovic", Entity.PERSON),
                        tuple("Carlos Alcaraz", Entity.PERSON));
        assertThat(extractor.find(null, "Konami won a suit against Brightwave Zenta last year."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Konami", Entity.ORGANIZATION),
                        tuple("Brightwave Zenta", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeAnUnknownNameListedWithBodiesForABody() {
        assertThat(extractor.find(null, "Wachovia, Halliburton and Sears fell. Shops in Paris, Lyon and Vantrix shut."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Wachovia", Entity.ORGANIZATION),
                        tuple("Halliburton", Entity.ORGANIZATION), tuple("Sears", Entity.ORGANIZATION),
                        tuple("Paris", Entity.LOCATION), tuple("Lyon", Entity.LOCATION), tuple("Vantrix", Entity.LOCATION));
        assertThat(extractor.find(null, "Bezos's Blue Origin and Zorvan Tulkas's rockets flew."))
                .extracting(Entity::name, Entity::type).contains(tuple("Zorvan Tulkas", Entity.PERSON));
        assertThat(extractor.find(null, "They said Zembla and SQM would sign."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Zembla", Entity.ORGANIZATION),
                        tuple("SQM", Entity.ORGANIZATION));
    }

    @Test
    void shouldReadAgencyCopyTickersAndDatelines() {
        assertThat(extractor.find(null, "SYDNEY (Reuters) - The Christian Social Union met Arcadium Lithium (ALTM.N) "
                + "and Bank of America Corp on Monday."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Sydney", Entity.LOCATION),
                        tuple("Reuters", Entity.ORGANIZATION), tuple("Christian Social Union", Entity.ORGANIZATION),
                        tuple("Arcadium Lithium", Entity.ORGANIZATION), tuple("Bank of America Corp", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeTownsInAResultsTableOrWithAClubsStaffForClubs() {
        assertThat(extractor.find(null, "Results on Saturday:\nLiverpool 3 Bournemouth 0\nLeicester 1 West Ham 0\n"
                + "Ipswich boss Kieran McKenna was pleased. He lives in Liverpool."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Liverpool", Entity.ORGANIZATION),
                        tuple("Bournemouth", Entity.ORGANIZATION), tuple("Leicester", Entity.ORGANIZATION),
                        tuple("West Ham", Entity.ORGANIZATION), tuple("Ipswich", Entity.ORGANIZATION),
                        tuple("Kieran McKenna", Entity.PERSON));
    }

    @Test
    void shouldTakeVenuesForBodiesAndATwoWordBodyOpeningASentenceOnlyAsItsSubject() {
        assertThat(extractor.find(null, "Distance Records is a label. It played the Peninsula Hotel and Shrine Auditorium."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Distance Records", Entity.ORGANIZATION),
                        tuple("Peninsula Hotel", Entity.ORGANIZATION), tuple("Shrine Auditorium", Entity.ORGANIZATION));
        assertThat(extractor.find(null, "Current News: a book.\nIt played “Black Water,” a hit.")).isEmpty();
    }

    @Test
    void shouldTakeWhatAPlayerOrAnArtistSignsWithOrPlaysForForABody() {
        assertThat(extractor.find(null, "He signed with Coburg, then played for Leeds. She signed to Zorvanic."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Coburg", Entity.ORGANIZATION),
                        tuple("Leeds", Entity.ORGANIZATION), tuple("Zorvanic", Entity.ORGANIZATION));
    }

    @Test
    void shouldKeepANameWithAndWholeWhereItsInitialsSpellIt() {
        assertThat(extractor.find(null, "It was opened by the London and South Western Railway (LSWR) in 1847."))
                .extracting(Entity::name, Entity::type).contains(tuple("London and South Western Railway",
                        Entity.ORGANIZATION)).doesNotContain(tuple("London", Entity.LOCATION));
        assertThat(extractor.find(null, "Patients filled the Intensive Care Units (ICUs) in May.")).isEmpty();
    }

    @Test
    void shouldTypeExamplesOfAKindByThePluralBeforeThem() {
        assertThat(extractor.find(null, "He loved bands like Zorvanic. He met guitarists such as Tohpati."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Zorvanic", Entity.ORGANIZATION),
                        tuple("Tohpati", Entity.PERSON));
    }

    @Test
    void shouldTypeANameByWhatASentenceDefinesItAs() {
        assertThat(extractor.find(null, "Bilka is a Danish chain of hypermarkets. Brensbach is a municipality in Hesse."))
                .extracting(Entity::name, Entity::type).contains(tuple("Bilka", Entity.ORGANIZATION),
                        tuple("Brensbach", Entity.LOCATION));
    }

    @Test
    void shouldTakeATeamsPluralNameAfterTheForTheClub() {
        assertThat(extractor.find(null, "He played for the Patriots in 1971 and won gold at the Games."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Patriots", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeTheNameAfterAnAbbreviatedTitleWhateverWordsItIsMadeOf() {
        assertThat(extractor.find(null, "The motion was backed by Sen. Dusty Bell. Mr. Deputy Chair, I object."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Dusty Bell", Entity.PERSON));
    }

    @Test
    void shouldKeepTheDotOfAStatesAbbreviationAndTakeAmbiguousOnesOnlyAfterATown() {
        assertThat(extractor.find(null, "The mill outside Harlow Falls, Pa. shut in May. Its owner moved to "
                + "Reno, Nev."))
                .extracting(Entity::name, Entity::type).contains(tuple("Pa.", Entity.LOCATION),
                        tuple("Nev.", Entity.LOCATION));
        assertThat(extractor.find(null, "Pa. said the farm was his."))
                .extracting(Entity::name).doesNotContain("Pa.");
    }

    @Test
    void shouldNotTakeAStormsNameForATownWhenItOpensASentence() {
        assertThat(extractor.find(null, "Hurricane Wigan flooded the coast. Typhoon Lancaster followed it."))
                .isEmpty();
    }

    @Test
    void shouldLeaveStockIndexesOut() {
        assertThat(extractor.find(null, "The FTSE 100 slid and the Nasdaq Composite rose. Traders at Goldman Sachs "
                + "expect the Russell 2000 to follow."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Goldman Sachs", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeAnUnknownNameBeforeRegionOrProvinceAsAPlace() {
        assertThat(extractor.find(null, "Fighting spread across the Zarvona region. Crops failed in the Mellowbrae "
                + "province, and the Texan countryside was dry."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Zarvona", Entity.LOCATION),
                        tuple("Mellowbrae", Entity.LOCATION));
    }

    @Test
    void shouldKeepAGroupNamedForItsMembersAndItsCauseWhole() {
        assertThat(extractor.find(null, "Nurses for Cleaner Wards met the mayor. She thanked Texans for Open Roads."))
                .extracting(Entity::name, Entity::type).containsExactly(
                        tuple("Nurses for Cleaner Wards", Entity.ORGANIZATION),
                        tuple("Texans for Open Roads", Entity.ORGANIZATION));
    }

    @Test
    void shouldLeaveAJobNoListKnowsOutOfTheNameItOpensASentenceWith() {
        assertThat(extractor.find(null, "Frontwoman Tessa Lindqvist thanked the crowd."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Tessa Lindqvist", Entity.PERSON));
    }

    @Test
    void shouldKeepACommonWordThatOpensASentenceAsAStreetsName() {
        assertThat(extractor.find(null, "Sales fell. Copper Lane was closed for repairs. Every Street party was "
                + "cancelled."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Copper Lane", Entity.LOCATION));
    }

    @Test
    void shouldNotTakeAFieldsNameForAJobAfterABody() {
        assertThat(extractor.find(null, "They played at Ford Field on Sunday."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Ford Field", Entity.LOCATION));
    }

    @Test
    void shouldTakeATeamsPluralNameAfterTheOpeningASentence() {
        assertThat(extractor.find(null, "It rained. The Ravens lost at home."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Ravens", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakePlanetsAndTheMoonAsPlaces() {
        assertThat(extractor.find(null, "The probe left Earth for Mars, and ice lies under the Moon's poles."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Earth", Entity.LOCATION),
                        tuple("Mars", Entity.LOCATION), tuple("Moon", Entity.LOCATION));
    }

    @Test
    void shouldNameEachPlaceOfARouteButARegionWhole() {
        assertThat(extractor.find(null, "Trucks on the Cairo-Amman road crossed an Asia-Pacific trade zone. "
                + "A Saturn-Neptune flyby is planned."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Cairo", Entity.LOCATION),
                        tuple("Amman", Entity.LOCATION), tuple("Asia-Pacific", Entity.LOCATION),
                        tuple("Saturn", Entity.LOCATION), tuple("Neptune", Entity.LOCATION));
    }

    @Test
    void shouldTakeACommonWordAfterATitleOnlyAPersonHoldsAsASurname() {
        assertThat(extractor.find(null, "The plan was backed by Governor Lantern and opposed by Mayor Kettle, but the "
                + "General Assembly and Major League Baseball were silent."))
                .extracting(Entity::name, Entity::type).contains(tuple("Lantern", Entity.PERSON),
                        tuple("Kettle", Entity.PERSON), tuple("General Assembly", Entity.ORGANIZATION));
    }

    @Test
    void shouldLeaveShipsOut() {
        assertThat(extractor.find(null, "The frigate HMS Kestrel Bay docked beside USS Arthur W. Mills in Oslo."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Oslo", Entity.LOCATION));
    }

    @Test
    void shouldTakeAnUnknownNameAtopSomethingAsAPlace() {
        assertThat(extractor.find(null, "The observatory sits atop Cerro Tololo in the desert."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Cerro Tololo", Entity.LOCATION));
    }

    @Test
    void shouldKeepABodyOfANationsMembersWhole() {
        assertThat(extractor.find(null, "The Federation of Danish Brewers said sales fell."))
                .extracting(Entity::name, Entity::type).containsExactly(
                        tuple("Federation of Danish Brewers", Entity.ORGANIZATION));
    }

    @Test
    void shouldDropTheDotOfACompanyFormThatEndsASentence() {
        assertThat(extractor.find(null, "Orders went to Halvard Pumps Inc. in May. He left Brisco Tools Inc. The firm "
                + "grew."))
                .extracting(Entity::name).containsExactly("Halvard Pumps Inc.", "Brisco Tools Inc");
    }

    @Test
    void shouldTakeAPlaceUsedAsAModifierBeforeAWordThatNamesNothing() {
        assertThat(extractor.find(null, "She rowed for the Norway Olympic crew in 2016."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Norway", Entity.LOCATION));
    }

    @Test
    void shouldKeepAnAgencyNamedForItsTaskWholeAcrossAnd() {
        assertThat(extractor.find(null, "Wildlife and Fisheries Enforcement said poachers were caught."))
                .extracting(Entity::name, Entity::type).containsExactly(
                        tuple("Wildlife and Fisheries Enforcement", Entity.ORGANIZATION));
    }

    @Test
    void shouldTakeTheNameBeforeRegimeAsItsLeaders() {
        assertThat(extractor.find(null, "Rebels fought the Varnek regime for a decade."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Varnek", Entity.PERSON));
    }

    @Test
    void shouldTakeAFullNameMadeOfWordsAsAPersonWhenItsSurnameSpeaksAlone() {
        assertThat(extractor.find(null, "In the final, Tavo Thimble hit an ace. Later Thimble said he was tired. "
                + "Copper Kettle opened a shop."))
                .extracting(Entity::name, Entity::type, Entity::mentions)
                .containsExactly(tuple("Tavo Thimble", Entity.PERSON, 2));
    }
}
