package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.events.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateExtractorTest {

    /** A Tuesday. */
    private static final LocalDate REFERENCE = LocalDate.of(2019, 9, 24);

    private final DateExtractor dates = new DateExtractor();

    private DateMention only(String text) {
        List<DateMention> found = dates.find(text, REFERENCE);
        assertThat(found).as("mentions in %s", text).hasSize(1);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It happened on September 23, 2019, in New York.|September 23, 2019|2019-09-23",
        "It happened on 23 September 2019 in New York.|23 September 2019|2019-09-23",
        "It happened on Sept. 23 in New York.|Sept. 23|2019-09-23",
        "It happened on Aug 5 in Srinagar.|Aug 5|2019-08-05",
        "Published 2019-09-23 by the desk.|2019-09-23|2019-09-23",
        "Filed 23/09/2019 by the desk.|23/09/2019|2019-09-23",
        "Filed 09/23/2019 by the desk.|09/23/2019|2019-09-23",
        "Filed 05/08/2019 by the desk.|05/08/2019|2019",
        "The vote took place in April 2019 after a delay.|April 2019|2019-04",
        "The 5th of August was the day.|5th of August|2019-08-05",
        "The talks resumed last week after a pause.|last week|",
        "The talks resumed yesterday after a pause.|yesterday|2019-09-23",
        "Today the talks resumed.|Today|2019-09-24",
        "Prices rose last month, the office said.|last month|2019-08",
        "Prices rose last year, the office said.|last year|2018",
        "Prices rose three days ago, the office said.|three days ago|2019-09-21",
        "The plan has been in force since 2015.|2015|2015",
        "It rained on February 30 there.|February 30|",
    })
    void shouldResolveTheMentionWhenWrittenInACommonNewsFormat(String text, String written, String iso) {
        DateMention mention = only(text);
        assertThat(mention.text()).isEqualTo(written);
        assertThat(mention.date()).isEqualTo(iso);
        assertThat(text.substring(mention.offset())).startsWith(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "They met on Monday.|Monday|2019-09-23",
        "They met on Tuesday.|Tuesday|2019-09-24",
        "They met last Tuesday.|last Tuesday|2019-09-17",
        "They meet next Monday.|next Monday|2019-09-30",
        "Back in August, he spoke.|August|2019-08",
        "The trip in December was cut short.|December|2018-12",
        "Elections are due next April.|next April|2020-04",
        "It is expected in May.|May|2019-05",
    })
    void shouldResolveAgainstTheReferenceWhenTheYearIsLeftOut(String text, String written, String iso) {
        assertThat(only(text)).extracting(DateMention::text, DateMention::date).containsExactly(written, iso);
    }

    @Test
    void shouldIgnoreWordsThatOnlyLookLikeDatesWhenContextSaysOtherwise() {
        assertThat(dates.find("Theresa May said she may march on. April Ryan asked. Mondays are slow.", REFERENCE))
                .isEmpty();
        assertThat(dates.find("The plant makes 2019 cars a day at 12:30 and 1999 units.", REFERENCE)).isEmpty();
    }

    @Test
    void shouldLeaveRelativeDatesUnresolvedWhenThereIsNoReference() {
        assertThat(dates.find("On Monday, not on September 23, 2019.", null))
                .extracting(DateMention::text, DateMention::date)
                .containsExactly(tuple("Monday", null), tuple("September 23, 2019", "2019-09-23"));
    }

    @Test
    void shouldFindTheSeedDatesWhenGivenTheRouhaniArticle() {
        String body = SimHashTest.seed("rouhani-khan-new-york.txt");
        assertThat(dates.find(body, REFERENCE)).extracting(DateMention::text, DateMention::date)
                .contains(tuple("Monday", "2019-09-23"), tuple("April", "2019-04"), tuple("August", "2019-08"),
                        tuple("August 5", "2019-08-05"));
        assertThat(dates.find(body, REFERENCE)).allSatisfy(mention ->
                assertThat(body.substring(mention.offset())).startsWith(mention.text()));
    }

    @Test
    void shouldScanInLinearTimeWhenTheTextIsLongAndRepetitive() {
        String body = "1 2 3 4 5 6 7 8 9 10 11 12 May May of of in in 2019 2019 12/12/12/12 ".repeat(3_000)
                + "on August 5";
        long start = System.nanoTime();
        List<DateMention> found = dates.find(body, REFERENCE);
        assertThat(System.nanoTime() - start).isLessThan(3_000_000_000L);
        assertThat(found).last().extracting(DateMention::date).isEqualTo("2019-08-05");
    }

    @Test
    void shouldTellNumbersByTheirDigitsWhenAWordOpensWithThem() {
        assertThat(dates.find("It was 2019-09-23, 23rd of September, 3 days ago, 120 days ago, since 2015.", REFERENCE))
                .extracting(DateMention::text)
                .containsExactly("2019-09-23", "23rd of September", "3 days ago", "120 days ago", "2015");
        assertThat(dates.find("Codes 12345 days ago, 1000 days ago and since ٢٠١٥ or x2015 or _2015.", REFERENCE))
                .isEmpty();
    }

    @Test
    void shouldFindADateWhereItsWordFollowsAnotherWithoutASpace() {
        assertThat(dates.find("(Monday)—Tuesday/“Sept. 23”", REFERENCE)).extracting(DateMention::text)
                .containsExactly("Monday", "Tuesday", "Sept. 23");
    }

    @Test
    void shouldTryAWordsDateFormsWhateverCaseOrMarkFollowsItWhenTheFormCanGoOnSo() {
        assertThat(dates.find("Filed 3 Days ago, A week ago, 5.9.2019, 6/9/2019, 23 of September, 2 June, this Friday,"
                + " next year, last Month, this May.", REFERENCE)).extracting(DateMention::text)
                .containsExactly("3 Days ago", "A week ago", "5.9.2019", "6/9/2019", "23 of September", "2 June",
                        "this Friday", "next year", "this May");
        assertThat(dates.find("A decade ago, 3 hours ago, this report, 12 people, 3 of them, last Thurs.", REFERENCE))
                .isEmpty();
    }

    @Test
    void shouldLetEveryTriggerWordInAnyCaseAndEveryNumberThroughWhenRulingWordsOutByTheirHash() {
        for (String word : List.of("january", "sept", "dec", "monday", "sunday", "today", "yesterday", "last", "this",
                "a", "an", "ten", "2019", "5th")) {
            for (String written : List.of(word, word.toUpperCase(Locale.ROOT), word.substring(0, 1)
                    .toUpperCase(Locale.ROOT) + word.substring(1))) {
                char[] chars = written.toCharArray();
                assertThat(DateRules.mayStartDate(chars, 0, WordRuns.lowerHash(chars, 0, chars.length))).as(written)
                        .isTrue();
            }
        }
        char[] chars = "said".toCharArray();
        assertThat(DateRules.mayStartDate(chars, 0, WordRuns.lowerHash(chars, 0, chars.length))).isFalse();
    }

    @Test
    void shouldFindACountAgoInAnyCaseOfItsAsciiLettersAndOnlyWhenAgoEndsAWord() {
        assertThat(dates.find("Filed 2 WEEKS AGO, a Month ago, one yeaR AGo, 4 yearsago, 5 days  ago, 6 days agony,"
                + " 7 day\u017F ago, 8 ＤＡＹＳ ago.", REFERENCE)).extracting(DateMention::text)
                .containsExactly("2 WEEKS AGO", "a Month ago", "one yeaR AGo");
    }
}
