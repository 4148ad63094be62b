package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Entity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameCuesTest {

    private final NameCues cues = new NameCues(Gazetteer.get());

    /** The hint for the word {@code name} in {@code text}. */
    private String hint(String text, String name) {
        Tokens tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(name)) {
                return cues.hint(tokens, i, i + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It was the carmaker Geely that bid.              | Geely      | ORGANIZATION
            The punk band Wardance split.                    | Wardance   | ORGANIZATION
            They signed striker Mbeumo in May.               | Mbeumo     | PERSON
            Gunmen raided the village of Lougou overnight.   | Lougou     | LOCATION
            A spokeswoman for Brightlane declined.           | Brightlane | ORGANIZATION
            She is the CEO of Brightlane now.                | Brightlane | ORGANIZATION
            In 2015 he joined Brightlane as a chef.          | Brightlane | ORGANIZATION
            The Brightlane newspaper ran it.                 | Brightlane | ORGANIZATION
            He was a researcher at Brightlane then.          | Brightlane | ORGANIZATION
            Then Brightlane's shares fell.                   | Brightlane | ORGANIZATION
            Then Dozier's wife spoke.                        | Dozier     | PERSON
            Then Zandoria's capital flooded.                 | Zandoria   | LOCATION
            Later Bobick said no.                            | Bobick     | PERSON
            He lives in Bridgton, Maine now.                 | Bridgton   | LOCATION
            He flew to Gazipur today.                        | Gazipur    | LOCATION
            He met Tolberg, 53, on Monday.                   | Tolberg    | PERSON
            He met Tolberg, the chief executive, on Monday.  | Tolberg    | PERSON
            He sued Brightlane, the carmaker, on Monday.     | Brightlane | ORGANIZATION
            He reached Lougou, a small town, at dawn.        | Lougou     | LOCATION
            Musk is chief executive of Brightlane now.       | Brightlane | ORGANIZATION
            An analyst at Brightlane agreed.                 | Brightlane | ORGANIZATION
            Then Westfield coach Enzo Maresca left.          | Westfield  | ORGANIZATION
            Arsenal beat Westfield 3-1 on Sunday.            | Westfield  | ORGANIZATION
            They lost 2-0 to Westfield again.                | Westfield  | ORGANIZATION
            City drew with Westfield on Sunday.              | Westfield  | ORGANIZATION
            They moved to Westfield in May.                  | Westfield  | LOCATION
            City drew 1-1 with Westfield on Sunday.          | Westfield  | ORGANIZATION
            Brightlane said its profit fell.                 | Brightlane | ORGANIZATION
            Brightlane said in a statement it would sell.    | Brightlane | ORGANIZATION
            Later Bobick said in a statement he would go.    | Bobick     | ORGANIZATION
            Shares in zinc producer Brightlane fell.         | Brightlane | ORGANIZATION
            She met film producer Bobick there.              | Bobick     | PERSON
            It was published in Zembla last week.            | Zembla     | ORGANIZATION
            It was published in Lincoln last week.           | Lincoln    | LOCATION
            Analysts surveyed by Zembla expect more.         | Zembla     | ORGANIZATION
            It is in the journal Zembla this week.           | Zembla     | ORGANIZATION
            Doctors say the Bobick administration erred.     | Bobick     | PERSON
            Matt Maley, strategist at Zembla, agreed.        | Zembla     | ORGANIZATION
            He was the engineer of Zembla then.              | Zembla     |
            A former Zembla leader spoke.                    | Zembla     | ORGANIZATION
            It was a third paper in Zembla by then.          | Zembla     | ORGANIZATION
            It was a study in Lincoln by then.               | Lincoln    | LOCATION
            “We won,” said Bobick on Monday.                 | Bobick     | PERSON
            The government said Brightlane would sign.       | Brightlane |
            Then Brightlane's chairman spoke.                | Brightlane | ORGANIZATION
            Results: Westfield 3 Brightlane 0                | Westfield  | ORGANIZATION
            Results: Westfield 3 Brightlane 0                | Brightlane | ORGANIZATION
            It runs Line 6 Ax2 212 amplifiers.               | Line       |
            Unions in Paris and Vantrix said no.             | Vantrix    | LOCATION
            Members of the Vantrix union struck.             | Vantrix    | ORGANIZATION
            She was born in Paris, Vantrix to a dentist.     | Vantrix    | LOCATION
            He works in Management, Sales and Vantrix.       | Vantrix    |
            It has 3AW in Melbourne and Vantrix in Perth.    | Vantrix    |
            """)
    void shouldReadWhatTheNeighboursOfANameSay(String text, String name, String type) {
        assertThat(hint(text, name)).isEqualTo(type);
    }

    @Test
    void shouldTakeTheOwnerOfAListedFirmNamedInTwoWordsForItsFounder() {
        Tokens tokens = Tokens.of("It was Elon Musk’s SpaceX, not Vanxim’s SpaceX.");
        assertThat(cues.hint(tokens, 2, 4)).isEqualTo(Entity.PERSON);
        assertThat(cues.hint(tokens, 8, 9)).as("one word may be a parent firm").isNull();
    }

    @Test
    void shouldTakeATownsNameOpeningAListOfBodiesForABody() {
        assertThat(hint("The team includes Draper, Lockheed Martin, and Northrop Grumman.", "Draper"))
                .isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("Talks in Draper, Lockheed Martin and Boeing said.", "Draper")).isEqualTo(Entity.LOCATION);
        assertThat(hint("He met Draper, Lockheed Martin said.", "Draper")).as("no list").isNull();
    }

    @Test
    void shouldSayNothingWithoutACue() {
        assertThat(hint("He met Vanxim today.", "Vanxim")).isNull();
        assertThat(hint("Prior to Mophie’s charger I used another.", "Mophie")).as("curly possessive").isNull();
        assertThat(hint("Prior to Mophie's charger I used another.", "Mophie")).as("straight possessive").isNull();
    }

    @Test
    void shouldLeaveAPersonNamedInFullSpeakingInAStatementAPerson() {
        Tokens tokens = Tokens.of("Later Doyt Bobick said in a statement he would go.");
        assertThat(cues.hint(tokens, 1, 3)).isEqualTo(Entity.PERSON);
    }

    @Test
    void shouldHintAPlaceForSeveralWordsOnlyAfterIn() {
        Tokens tokens = Tokens.of("He grew up in Doyt Vanxim and wrote to Bob Vanxim.");
        assertThat(cues.hint(tokens, 4, 6)).isEqualTo(Entity.LOCATION);
        assertThat(cues.hint(tokens, 9, 11)).as("two words after 'to' may be anyone").isNull();
    }
}
