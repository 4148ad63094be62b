package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.get();

    @Test
    void shouldKnowPlacesFromTheListsAndFromTheJdksCountryNames() {
        assertThat(gazetteer.isLocation("Gwadar")).isTrue();
        assertThat(gazetteer.isLocation("New York")).isTrue();
        assertThat(gazetteer.isLocation("Kyrgyzstan")).isTrue();
        assertThat(gazetteer.isLocation("Guernsey")).as("from Locale").isTrue();
        assertThat(gazetteer.isLocation("us")).as("case matters").isFalse();
    }

    @Test
    void shouldTellTitlesGivenNamesDemonymsAndCommonWordsApart() {
        assertThat(gazetteer.isTitle("Ayatollah")).isTrue();
        assertThat(gazetteer.isGivenName("Imran")).isTrue();
        assertThat(gazetteer.isDemonym("Pakistani")).isTrue();
        assertThat(gazetteer.isCommonWord("During")).isTrue();
        assertThat(gazetteer.isCommonWord("Rouhani")).isFalse();
        assertThat(gazetteer.isOrgWord("Organization")).isTrue();
        assertThat(gazetteer.isPlaceWord("Valley")).isTrue();
    }

    @Test
    void shouldKnowTownsFirstNamesAndSurnamesFromThePublicLists() {
        assertThat(gazetteer.isCity("Bakersfield")).as("GeoNames").isTrue();
        assertThat(gazetteer.isCity("Reading")).as("common words left out").isFalse();
        assertThat(gazetteer.isGivenName("Dwayne")).as("census and Moby first names").isTrue();
        assertThat(gazetteer.isSurname("Dozier")).as("census surnames").isTrue();
    }

    @Test
    void shouldReadPeoplesNamesMadeFromListedPlaces() {
        assertThat(gazetteer.isDemonym("Queenslander")).isTrue();
        assertThat(gazetteer.isDemonym("Minnesotan")).isTrue();
        assertThat(gazetteer.isDemonym("Texan")).isTrue();
        assertThat(gazetteer.isDemonym("Brian")).isFalse();
        assertThat(gazetteer.isDemonym("Jordan")).as("the place itself").isFalse();
    }

    @Test
    void shouldAnswerSeveralListsFromOneLookUpOfAWord() {
        int facts = gazetteer.facts("Jordan");
        assertThat(facts & Gazetteer.LOCATION).as("a country").isNotZero();
        assertThat(facts & Gazetteer.GIVEN_NAME).as("a first name").isNotZero();
        assertThat(facts & Gazetteer.TITLE).isZero();
        assertThat(gazetteer.facts("reading") & Gazetteer.COMMON_WORD).isNotZero();
        assertThat(gazetteer.facts("Reading") & Gazetteer.COMMON_WORD).as("only in lower case").isZero();
        assertThat(gazetteer.facts("Xqzzv")).isZero();
        assertThat(gazetteer.isKnown("Jordan")).isTrue();
        assertThat(gazetteer.isKnown("Bakersfield")).as("towns are not among the known lists").isFalse();
    }

    @Test
    void shouldTellListedNamesAndPlacesInOneLookUp() {
        assertThat(gazetteer.isListedName("Pakistan")).isTrue();
        assertThat(gazetteer.isListedName("Yunnan")).as("a region").isTrue();
        assertThat(gazetteer.isListedName("Macy’s")).as("typographic apostrophe").isEqualTo(gazetteer.isOrganisation("Macy's"));
        assertThat(gazetteer.isListedName("Bakersfield")).as("a town only").isFalse();
        assertThat(gazetteer.isPlace("Bakersfield")).isTrue();
        assertThat(gazetteer.isPlace("Pakistan")).isTrue();
        assertThat(gazetteer.isPlace("Rouhani")).isFalse();
    }

    @Test
    void shouldAnswerAboutATokensWordAsAboutItsText() {
        var tokens = Tokens.of("During Reading, Imran met Pakistani Ayatollah Dozier of Bakersfield and a Texan");
        for (var token : tokens) {
            String word = token.text();
            assertThat(gazetteer.isCommonWord(token)).as(word).isEqualTo(gazetteer.isCommonWord(word));
            assertThat(gazetteer.isTitle(token)).as(word).isEqualTo(gazetteer.isTitle(word));
            assertThat(gazetteer.isGivenName(token)).as(word).isEqualTo(gazetteer.isGivenName(word));
            assertThat(gazetteer.isSurname(token)).as(word).isEqualTo(gazetteer.isSurname(word));
            assertThat(gazetteer.isDemonym(token)).as(word).isEqualTo(gazetteer.isDemonym(word));
            assertThat(gazetteer.isDemonym(token)).as(word + ", asked again").isEqualTo(gazetteer.isDemonym(word));
            assertThat(gazetteer.isCity(token)).as(word).isEqualTo(gazetteer.isCity(word));
            assertThat(gazetteer.isLocation(token)).as(word).isEqualTo(gazetteer.isLocation(word));
        }
        assertThat(gazetteer.isCommonWord(tokens.get(0))).as("During, in lower case").isTrue();
        assertThat(gazetteer.isDemonym(tokens.get(tokens.size() - 1))).as("Texan, from Texas").isTrue();
    }

    @Test
    void shouldTellACommonWordHoweverItIsCapitalised() {
        // a capitalised word in ASCII is answered from its own facts, any other from its lower-case form
        for (String word : List.of("Reading", "READING", "ReAding", "Don't", "Doesn’t", "Über", "Café", "A", "Rouhani",
                "Aardvark", "Co-operation", "Bush")) {
            var token = Tokens.of(word).get(0);
            boolean common = gazetteer.isAny(word.toLowerCase(Locale.ROOT), Gazetteer.COMMON_WORD);
            assertThat(gazetteer.isCommonWord(word)).as(word).isEqualTo(common);
            assertThat(gazetteer.isCommonWord(token)).as(token.text()).isEqualTo(gazetteer.isCommonWord(token.text()));
        }
        assertThat(gazetteer.isCommonWord("Reading")).isTrue();
        assertThat(gazetteer.isCommonWord("READING")).isTrue();
        assertThat(gazetteer.isCommonWord("Aardvark")).isTrue();
        assertThat(gazetteer.isAny("Aardvark", Gazetteer.LISTS)).as("on no list as written").isFalse();
    }

    @Test
    void shouldTellWhichWordsMayOpenAListedNameOfSeveralWords() {
        assertThat(gazetteer.mayOpenLongerName(Gazetteer.opening("New"))).as("New York").isTrue();
        assertThat(gazetteer.mayOpenLongerName(Gazetteer.opening("Bosnia"))).as("Bosnia and Herzegovina").isTrue();
        assertThat(Gazetteer.opening("Macy's")).isEqualTo("Macy");
    }
}
