package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.ArticleHeader.Header;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleHeaderTest {

    private static final String PROSE = "The two countries agreed to form a joint force to eliminate terrorist groups, "
            + "officials said after the meeting in Tehran on Monday.";
    private static final LocalDate TODAY = LocalDate.of(2019, 11, 20);

    private final BlockClassifier classifier = new BlockClassifier();
    private final LineRoles roles = new LineRoles();
    private final ArticleHeader headers = new ArticleHeader();

    @Test
    void shouldReadStandfirstBylineAndDateWhenTheyFollowTheHeadline() {
        Header header = headers.read(roles.refine(classifier.classify(List.of("Stronger Ties Underscored",
                "Iran and Pakistan agreed to form joint forces in border areas to combat terrorism",
                "By Jane Doe and John Roe", "Nov. 19, 2019, 9:28 AM UTC", PROSE, PROSE)), new HashMap<>(), new CreditReadings()), 0, 4, TODAY, new CreditReadings());
        assertThat(header.subtitle()).startsWith("Iran and Pakistan agreed");
        assertThat(header.byline()).isEqualTo("By Jane Doe and John Roe");
        assertThat(header.authors()).containsExactly("Jane Doe", "John Roe");
        assertThat(header.publishedAt()).isEqualTo("2019-11-19");
        assertThat(header.lead()).isEmpty();
    }

    @Test
    void shouldNotTakeAnotherHeadlineForAStandfirstWhenItIsTitleCased() {
        Header header = headers.read(classifier.classify(List.of("Stronger Ties Underscored",
                "Post Malone, Ariana Grande Lead 2019 American Music Awards Nominations: See Full List", PROSE)), 0, 2, TODAY, new CreditReadings());
        assertThat(header.subtitle()).isNull();
    }

    @Test
    void shouldReadACreditWithoutByAndADateAboveTheHeadline() {
        Header header = headers.read(classifier.classify(List.of("November 18, 2019", "Hibernating astronauts would "
                + "need smaller spacecraft", "Anna Menin", PROSE, PROSE)), 1, 3, TODAY, new CreditReadings());
        assertThat(header.authors()).containsExactly("Anna Menin");
        assertThat(header.byline()).isEqualTo("Anna Menin");
        assertThat(header.publishedAt()).isEqualTo("2019-11-18");
    }

    @Test
    void shouldGiveADateLineWithoutAYearTheYearOfTheNearestFullDate() {
        Header header = headers.read(classifier.classify(List.of("Stronger Ties Underscored",
                "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM", PROSE, "— Jane Doe (@jane) November 18, 2017")),
                0, 2, TODAY, new CreditReadings());
        // The year of the tweet's date, on the day the story was posted (the update came a day later).
        assertThat(header.publishedAt()).isEqualTo("2017-11-18");
    }

    @Test
    void shouldGiveADateLineWithoutAYearTheLastSuchDayUpToTodayWhenThePageHasNoFullDate() {
        Header header = headers.read(classifier.classify(List.of("Stronger Ties Underscored", "Posted Dec 30", PROSE)),
                0, 2, TODAY, new CreditReadings());
        assertThat(header.publishedAt()).isEqualTo("2018-12-30");
    }

    @Test
    void shouldReadADateLineWhenItsMonthIsNotInEnglish() {
        Header header = headers.read(classifier.classify(List.of("Stronger Ties Underscored",
                "segunda-feira, 22 de janeiro de 2018 às 0:13", PROSE)), 0, 2, TODAY, new CreditReadings());
        assertThat(header.publishedAt()).isEqualTo("2018-01-22");
    }

    @Test
    void shouldReadTheStandfirstAboveTheCreditsWhenTheStorysRunStartsAboveIt() {
        Header header = headers.read(classifier.classify(List.of("Stronger Ties Underscored",
                "Iran and Pakistan agreed to form joint forces in border areas to combat terrorism.", "by Jane Doe",
                PROSE, PROSE)), 0, 1, TODAY, new CreditReadings());
        assertThat(header.subtitle()).startsWith("Iran and Pakistan agreed");
        assertThat(header.subtitleIndex()).isEqualTo(1);
    }

    @Test
    void shouldReadTheAgencyAndPlaceAboveTheDateLineAsTheCredit() {
        Header header = headers.read(roles.refine(classifier.classify(List.of("Stronger Ties Underscored",
                "Share permalink", "Reuters", "Reuters, Washington,", "Nov 20 2019, 11:06am ist", PROSE, PROSE)),
                new HashMap<>(), new CreditReadings()), 0, 5, TODAY, new CreditReadings());
        assertThat(header.authors()).containsExactly("Reuters");
        assertThat(header.publishedAt()).isEqualTo("2019-11-20");
    }

    @Test
    void shouldNotTakeALineAboveTheDateLineForACreditWhenItNamesNoOneFromAPlace() {
        Header header = headers.read(roles.refine(classifier.classify(List.of("Stronger Ties Underscored",
                "Share permalink", "Most Read, Washington", "Nov 20 2019, 11:06am ist", PROSE, PROSE)),
                new HashMap<>(), new CreditReadings()), 0, 4, TODAY, new CreditReadings());
        assertThat(header.authors()).isEmpty();
    }

    @Test
    void shouldTakeTheDateFromACreditLineThatOpensWithIt() {
        Header header = headers.read(classifier.classify(List.of("Bike & Style book with soundtrack review",
                "21/06/2014 Tony Carter All, Books, Kit Reviews, News", PROSE, PROSE)), 0, 2, TODAY, new CreditReadings());
        assertThat(header.authors()).containsExactly("Tony Carter");
        assertThat(header.publishedAt()).isEqualTo("2014-06-21");
    }

    @Test
    void shouldNotTakeTheDateOfAnotherStorysCardWhenNoHeadlineWasFound() {
        Header header = headers.read(roles.refine(classifier.classify(List.of("Related", "Boosted Sentra Turbo launched",
                "AUTO NEWS", "Boosted Sentra Turbo launched", "September 12, 2016", PROSE, PROSE)), new HashMap<>(), new CreditReadings()),
                -1, 5, TODAY, new CreditReadings());
        assertThat(header.publishedAt()).isNull();
    }

    @Test
    void shouldReadARelativeDateLineAboveOrUnderTheHeadline() {
        assertThat(headers.read(classifier.classify(List.of("Published 1 day ago", "Home Depot sales miss, shares plunge",
                PROSE, PROSE)), 1, 2, TODAY, new CreditReadings()).publishedAt()).isEqualTo("2019-11-19");
        assertThat(headers.read(classifier.classify(List.of("Stronger Ties Underscored", "Today 12:01 AM", PROSE, PROSE)),
                0, 2, TODAY, new CreditReadings()).publishedAt()).isEqualTo("2019-11-20");
    }

    @Test
    void shouldNotCountFromTheReadingDayWhenThePageWasPrintedInALaterYear() {
        List<String> lines = List.of("Stronger Ties Underscored", "Today 12:01 AM", PROSE, PROSE,
                "© 2021 Tehran Times. All rights reserved.");
        assertThat(headers.read(classifier.classify(lines), 0, 2, TODAY, new CreditReadings()).publishedAt()).isNull();
        assertThat(headers.read(classifier.classify(List.of("Stronger Ties Underscored", "Posted Nov 18", PROSE,
                "© 2021 Tehran Times. All rights reserved.")), 0, 2, TODAY, new CreditReadings()).publishedAt()).isNull();
    }

    @Test
    void shouldCountFromTheReadingDayWhenThePageWasPrintedThatYear() {
        assertThat(headers.read(classifier.classify(List.of("Stronger Ties Underscored", "Posted Dec 30", PROSE,
                "© 2020 Tehran Times. All rights reserved.")), 0, 2, LocalDate.of(2020, 1, 5), new CreditReadings()).publishedAt())
                .isEqualTo("2019-12-30");
    }

    @Test
    void shouldTakeTheDateOfTheStorysDatelineWhenNoDateLineIsPrinted() {
        Header header = headers.read(classifier.classify(List.of("Stronger Ties Underscored",
                "TEHRAN, Nov. 19, 2019 (Reuters) - " + PROSE, PROSE)), 0, 1, TODAY, new CreditReadings());
        assertThat(header.publishedAt()).isEqualTo("2019-11-19");
        assertThat(headers.read(classifier.classify(List.of("Stronger Ties Underscored", "TEHRAN (AP) — " + PROSE,
                PROSE)), 0, 1, TODAY, new CreditReadings()).publishedAt()).isNull();
    }

    @Test
    void shouldReadEveryAuthorWhenTheBylineGoesOnOverSeveralLines() {
        Header header = headers.read(roles.refine(classifier.classify(List.of("Stronger Ties Underscored",
                "By Jane Doe", "and John Roe", "Nov. 19, 2019, 9:28 AM UTC", PROSE, PROSE)), new HashMap<>(), new CreditReadings()), 0, 4, TODAY, new CreditReadings());
        assertThat(header.authors()).containsExactly("Jane Doe", "John Roe");
        Header separate = headers.read(roles.refine(classifier.classify(List.of("Stronger Ties Underscored",
                "By Jane Doe", "By John Roe", "By Jane Doe", PROSE, PROSE)), new HashMap<>(), new CreditReadings()), 0, 4, TODAY, new CreditReadings());
        assertThat(separate.authors()).containsExactly("Jane Doe", "John Roe");
    }

    @Test
    void shouldNotTakeTheLinesUnderABylineForAuthorsWhenTheyDoNotGoOnWithIt() {
        Header header = headers.read(roles.refine(classifier.classify(List.of("Stronger Ties Underscored",
                "By Jane Doe", "John Roe speaks in Tehran on Monday", "and the talks went on", PROSE, PROSE)),
                new HashMap<>(), new CreditReadings()), 0, 4, TODAY, new CreditReadings());
        assertThat(header.authors()).containsExactly("Jane Doe");
    }
}
