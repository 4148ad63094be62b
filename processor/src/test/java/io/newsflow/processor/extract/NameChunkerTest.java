package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameChunkerTest {

    private final NameChunker chunker = new NameChunker(Gazetteer.get());

    private List<String> names(String text) {
        Tokens tokens = Tokens.of(text);
        return chunker.spans(tokens).stream().filter(s -> !s.weak()).map(s -> MentionTyper.text(tokens, s.from(), s.to())).toList();
    }

    @Test
    void shouldKeepOfInsideNamesWhenTheHeadIsAnOrganisationOrPlaceWord() {
        assertThat(names("It joined the Army of the Potomac near the Gulf of Mexico and the Bank of England."))
                .containsExactly("Army of the Potomac", "Gulf of Mexico", "Bank of England");
    }

    @Test
    void shouldSplitANamedDivisionFromThePlaceItIsPartOf() {
        assertThat(names("It lies in Chittoor District of Andhra Pradesh, not the Democratic Republic of Congo."))
                .containsExactly("Chittoor District", "Andhra Pradesh", "Democratic Republic of Congo");
    }

    @Test
    void shouldKeepTwoParticlesInsideAName() {
        assertThat(names("He met Ursula von der Leyen and Erik ten Hag, led by Joaquin de la Pazuela."))
                .containsExactly("Ursula von der Leyen", "Erik ten Hag", "Joaquin de la Pazuela");
        assertThat(names("It was Bonn of der tag.")).containsExactly("Bonn");
    }

    @Test
    void shouldKeepAndInsideListedNamesOnly() {
        assertThat(names("Troops left Bosnia and Herzegovina for Serbia and Croatia."))
                .containsExactly("Bosnia and Herzegovina", "Serbia", "Croatia");
    }

    @Test
    void shouldKeepACommaInAtOrToInsideListedNamesOnly() {
        assertThat(names("The University of California, San Francisco and Washington University in St. Louis met the "
                + "National Society for the Prevention of Cruelty to Children in Leeds, Yorkshire, at Harvard."))
                .containsExactly("University of California, San Francisco", "Washington University in St. Louis",
                        "National Society for the Prevention of Cruelty to Children", "Leeds", "Yorkshire", "Harvard");
    }

    @Test
    void shouldSplitAtAnAmpersandBeforeAFirstNameOnlyAfterAFullName() {
        assertThat(names("Karl Langdon & Harvey Deegan met Frost & Sullivan and Abbott & Costello."))
                .containsExactly("Karl Langdon", "Harvey Deegan", "Frost & Sullivan", "Abbott & Costello");
    }

    @Test
    void shouldKeepAndInsideABodysDescriptiveNameButNotBetweenTwoNames() {
        assertThat(names("The Securities and Exchange Commission and the Department of Health and Human Services met."))
                .containsExactly("Securities and Exchange Commission", "Department of Health and Human Services");
        assertThat(names("Google and Microsoft Corp agreed, as did Apple Inc and General Motors."))
                .containsExactly("Google", "Microsoft Corp", "Apple Inc", "General Motors");
    }

    @Test
    void shouldKeepACollectivesPossessiveAndGermanAmInsideNames() {
        assertThat(names("The People's Liberation Army left Frankfurt am Main for the people's park and Anna's house."))
                .containsExactly("People's Liberation Army", "Frankfurt am Main", "Anna");
    }

    @Test
    void shouldSplitAMemberFromTheBodyItBelongsToButKeepListedNamesWhole() {
        assertThat(names("He coached the Vancouver Canucks of the PCHL for the Council of the European Union."))
                .containsExactly("Vancouver Canucks", "PCHL", "Council of the European Union");
        assertThat(names("It joined the IV Corps of the Army of the Potomac."))
                .containsExactly("IV Corps", "Army of the Potomac");
    }

    @Test
    void shouldKeepACommonWordOpeningABodysNameButNotAVerbOrAnAdjectiveBeforeAListedName() {
        assertThat(names("Eighth Air Force moved.\nAttended James High School.\nAngry Labour Party members left."))
                .containsExactly("Eighth Air Force", "James High School", "Labour Party");
    }

    @Test
    void shouldKeepTheApostropheOfFirmsListedWithIt() {
        assertThat(names("Moody's cut it, said Moody's Investors Service, not Brown's lawyer, at Sotheby's."))
                .containsExactly("Moody's", "Moody's Investors Service", "Brown", "Sotheby's");
    }

    @Test
    void shouldKeepTheTypographicApostropheAsWritten() {
        assertThat(names("Clients include Macy’s and Kellogg’s.")).containsExactly("Macy’s", "Kellogg’s");
    }

    @Test
    void shouldKeepAListedNameWithOfWholeAndOpenANameWithTheOnlyWhereTheWholeIsListed() {
        assertThat(names("It was in Monthly Notices of the Royal Astronomical Society.\nThe National Training Centre is "
                + "new.\nThe National said so.")).containsExactly("Monthly Notices of the Royal Astronomical Society",
                "National Training Centre", "The National");
    }

    @Test
    void shouldNotTakeAnAdjectiveMadeOfANameForAName() {
        assertThat(names("Weibo, a Twitter-like site, had NASA-inspired Zero Gravity Seats."))
                .containsExactly("Weibo", "Zero Gravity Seats");
    }

    @Test
    void shouldKeepForAndOnInsideTheNamesOfBodiesOnly() {
        assertThat(names("The Institute for the Study of War and the Council on Foreign Relations agreed."))
                .containsExactly("Institute for the Study of War", "Council on Foreign Relations");
        assertThat(names("He played in the Swiss Super League for FC Basel.")).containsExactly("Swiss Super League", "FC Basel");
    }

    @Test
    void shouldKeepUponInsideATownsName() {
        assertThat(names("They sailed from Newcastle upon Tyne.")).containsExactly("Newcastle upon Tyne");
    }

    @Test
    void shouldSplitAtOfWhenTheHeadIsATitle() {
        assertThat(names("He met the Leader of Iran today.")).containsExactly("Leader", "Iran");
    }

    @Test
    void shouldDropCommonSentenceOpenersButKeepKnownOnes() {
        assertThat(names("During Khan's trip it rained. New Delhi claimed it. Pakistan agreed."))
                .containsExactly("Khan", "New Delhi", "Pakistan");
    }

    @Test
    void shouldMarkALoneCommonOpenerWeak() {
        Tokens tokens = Tokens.of("Khan blamed it.");
        assertThat(chunker.spans(tokens)).containsExactly(new NameChunker.Span(0, 1, true));
    }

    @Test
    void shouldNotRunANameAcrossLines() {
        assertThat(names("He met Ben Player\nBen Player left")).containsExactly("Ben Player", "Ben Player");
    }

    @Test
    void shouldStayLinearWhenCapitalisedWordsRunOn() {
        String text = "Alpha Beta Of The ".repeat(50_000);
        long start = System.nanoTime();
        assertThat(names(text)).isNotEmpty();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    @Test
    void shouldKeepTheFieldsABodysNameListsAfterOfOrFor() {
        assertThat(names("The Center for Disease Control and Prevention met the Department of Physics and Astronomy."))
                .containsExactly("Center for Disease Control and Prevention", "Department of Physics and Astronomy");
        assertThat(names("He sued the Department of Justice and Google last week."))
                .containsExactly("Department of Justice", "Google");
    }
}
