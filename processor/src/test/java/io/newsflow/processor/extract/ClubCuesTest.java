package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClubCuesTest {

    /** Whether the cues say {@code name}, one word of {@code text}, is a club at play or joined by someone. */
    private static boolean clubCue(String text, String name) {
        Tokens tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(name)) {
                return ClubCues.playsAMatch(tokens, i, i + 1) || ClubCues.joinsABody(tokens, i);
            }
        }
        throw new IllegalArgumentException(name);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Harbourside beat Millbrook on Saturday.          | Millbrook   | true
            They drew 2-2 with Eastvale at home.             | Eastvale    | true
            Northgate 3 Westmere 1 was the last result.      | Northgate   | true
            The Redbridge manager was sacked.                | Redbridge   | true
            She signed with Copperline last spring.          | Copperline  | true
            He played for Ashford before he retired.         | Ashford     | true
            He joined Tallow after college.                  | Tallow      | true
            She moved to Millbrook in 2019.                  | Millbrook   | false
            The Redbridge river rose 3 feet.                 | Redbridge   | false
            He played in Ashford before he retired.          | Ashford     | false
            """)
    void shouldSeeAClubInAMatchItsStaffOrWhoJoinsIt(String text, String name, boolean club) {
        assertThat(clubCue(text, name)).isEqualTo(club);
    }
}
