package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameShapesTest {

    private static final Map<String, Predicate<String>> SHAPES = Map.of("initials", NameShapes::isAcronym,
            "capitals", NameShapes::shouted, "company form", NameShapes::isCompanyForm,
            "state code", NameShapes::isStateCode, "calendar", NameShapes::isCalendarWord,
            "compass", NameShapes::isCompassWord, "event", NameShapes::isEventWord,
            "code", NameShapes::isCode, "venue", NameShapes::isVenueWord, "digit brand", NameShapes::isDigitBrand);

    @ParameterizedTest(name = "{1} is {0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            initials     | NAACP         | true
            initials     | B&SR          | true
            initials     | U             | false
            initials     | WeWork        | false
            initials     | INTERNATIONAL | false
            capitals     | KYIV          | true
            capitals     | Kyiv          | false
            capitals     | NEW YORK      | true
            capitals     | USA           | false
            capitals     | KYIv          | false
            company form | LLC           | true
            company form | Company       | false
            state code   | NJ            | true
            state code   | nj            | false
            calendar     | December      | true
            compass      | Northwest     | true
            event        | Awards        | true
            event        | Society       | false
            code         | USB-C         | true
            code         | IL-25         | true
            code         | NAACP         | false
            code         | MTV2          | false
            code         | Wi-Fi         | false
            digit brand  | 9to5Mac       | true
            digit brand  | 23andMe       | true
            digit brand  | 4K            | false
            digit brand  | 72Wh          | false
            digit brand  | 10am          | false
            digit brand  | 9-Month-Old   | false
            venue        | Amphitheatre  | true
            venue        | Jail          | true
            venue        | Stadium       | false
            venue        | Hall          | true
            """)
    void shouldTellAWordsShapeFromItsSpellingOrAClosedList(String shape, String word, boolean expected) {
        assertThat(SHAPES.get(shape).test(word)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            proteins called G protein-coupled receptors (GPCRs) that      | true
            it was hypersensitivity pneumonitis, or HP.                   | true
            criticism of NASA's Human Landing System (HLS) procurement    | false
            the International Atomic Energy Agency (IAEA) said            | false
            the pair (HP) said                                            | false
            """)
    void shouldTellInitialsSpelledOutInLowerCaseWords(String text, boolean expected) {
        Tokens tokens = Tokens.of(text);
        int at = 0;
        while (NameShapes.initials(tokens.get(at).text()) == null) {
            at++;
        }
        assertThat(NameShapes.spelledInLowerCase(tokens, at, NameShapes.initials(tokens.get(at).text())))
                .isEqualTo(expected);
    }
}
