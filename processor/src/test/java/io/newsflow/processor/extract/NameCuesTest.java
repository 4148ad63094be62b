package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.Tokens.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameCuesTest {

    private final NameCues cues = new NameCues(Gazetteer.get());

    /** The hint for the word {@code name} in {@code text}. */
    private String hint(String text, String name) {
        List<Token> tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(name)) {
                return cues.hint(tokens, i, i + 1);
            }
        }
        throw new IllegalArgumentException(name);
    }

    @Test
    void shouldReadTheNounBeforeAName() {
        assertThat(hint("It was the carmaker Geely that bid.", "Geely")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("The punk band Wardance split.", "Wardance")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("They signed striker Mbeumo in May.", "Mbeumo")).isEqualTo(Entity.PERSON);
        assertThat(hint("A spokeswoman for Brightlane declined.", "Brightlane")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("Gunmen raided the village of Lougou overnight.", "Lougou")).isEqualTo(Entity.LOCATION);
    }

    @Test
    void shouldReadWhatANameOwns() {
        assertThat(hint("Then Brightlane's shares fell.", "Brightlane")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("Then Dozier's wife spoke.", "Dozier")).isEqualTo(Entity.PERSON);
        assertThat(hint("Then Zandoria's capital flooded.", "Zandoria")).isEqualTo(Entity.LOCATION);
    }

    @Test
    void shouldReadSayingPlacesAfterACommaAndPrepositions() {
        assertThat(hint("Later Bobick said no.", "Bobick")).isEqualTo(Entity.PERSON);
        assertThat(hint("He lives in Bridgton, Maine now.", "Bridgton")).isEqualTo(Entity.LOCATION);
        assertThat(hint("He flew to Gazipur today.", "Gazipur")).isEqualTo(Entity.LOCATION);
        assertThat(hint("He met Vanxim today.", "Vanxim")).isNull();
        List<Token> tokens = Tokens.of("He grew up in Doyt Vanxim and wrote to Bob Vanxim.");
        assertThat(cues.hint(tokens, 4, 6)).as("a place of two words after 'in'").isEqualTo(Entity.LOCATION);
        assertThat(cues.hint(tokens, 9, 11)).as("two words after 'to' may be anyone").isNull();
    }

    @Test
    void shouldReadAnAppositionAfterTheComma() {
        assertThat(hint("He met Tolberg, 53, on Monday.", "Tolberg")).isEqualTo(Entity.PERSON);
        assertThat(hint("He met Tolberg, the chief executive, on Monday.", "Tolberg")).isEqualTo(Entity.PERSON);
        assertThat(hint("He sued Brightlane, the carmaker, on Monday.", "Brightlane")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("He reached Lougou, a small town, at dawn.", "Lougou")).isEqualTo(Entity.LOCATION);
    }

    @Test
    void shouldReadWhoWorksForANameAndWhoFollowsIt() {
        assertThat(hint("Musk is chief executive of Brightlane now.", "Brightlane")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("An analyst at Brightlane agreed.", "Brightlane")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("Then Westfield coach Enzo Maresca left.", "Westfield")).isEqualTo(Entity.ORGANIZATION);
    }

    @Test
    void shouldReadATownAtPlayAsItsClub() {
        assertThat(hint("Arsenal beat Westfield 3-1 on Sunday.", "Westfield")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("They lost 2-0 to Westfield again.", "Westfield")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("City drew with Westfield on Sunday.", "Westfield")).isEqualTo(Entity.ORGANIZATION);
        assertThat(hint("They moved to Westfield in May.", "Westfield")).isEqualTo(Entity.LOCATION);
    }
}
