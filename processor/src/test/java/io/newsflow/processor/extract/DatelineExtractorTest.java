package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatelineExtractorTest {

    private final DatelineExtractor datelines = new DatelineExtractor();

    @Test
    void shouldRecognizeDateLinesWhenTheyAreMostlyDatesAndTimes() {
        assertThat(datelines.isDateline("PUBLISHED: 00:01, Tue, Nov 19, 2019 | UPDATED: 10:43, Tue, Nov 19, 2019")).isTrue();
        assertThat(datelines.isDateline("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM")).isTrue();
        assertThat(datelines.isDateline("5:50 PM")).isTrue();
        assertThat(datelines.isDateline("05/10/2018")).isTrue();
    }

    @Test
    void shouldRejectProseAndListsWhenTheyOnlyMentionADate() {
        assertThat(datelines.isDateline("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL")).isFalse();
        assertThat(datelines.isDateline("The summit opened on November 19, 2019 with a speech by the host.")).isFalse();
        assertThat(datelines.isDateline("The 12th was raised at Fort Avery, near Dunmore, on May 3, 1861.")).isFalse();
        assertThat(datelines.isDateline("Northern Signal Group, 2 May 1950 -- 9 June 1958.")).isFalse();
        assertThat(datelines.isDateline("Posted in Politics on November 18, 2019 at 10:00 am")).isTrue();
        assertThat(datelines.isDateline("Published 2 hours ago | November 18, 2019")).isTrue();
    }

    @Test
    void shouldSeeAWireDatelineWhenACapitalsPlaceStandsOnItsOwnLine() {
        assertThat(DatelineExtractor.isPlaceDateline("BRAMFORD 2026-03-14")).isTrue();
        assertThat(DatelineExtractor.isPlaceDateline("PORT ALDWIN, Northshire 2026-03-14")).isTrue();
        assertThat(DatelineExtractor.isPlaceDateline("KESTREL-ON-SEA, NORTHSHIRE")).isTrue();
        assertThat(DatelineExtractor.isPlaceDateline("OSLO, March 14")).isTrue();
        assertThat(DatelineExtractor.isPlaceDateline("WORLD")).isFalse();
        assertThat(DatelineExtractor.isPlaceDateline("NEWS, Sport and Weather")).isFalse();
        assertThat(DatelineExtractor.isPlaceDateline("COVID-19 2020")).isFalse();
        assertThat(DatelineExtractor.isPlaceDateline("OSLO is cold.")).isFalse();
    }

    @Test
    void shouldReadAPlaceDatelineWhateverSpacesSurroundItsFirstWord() {
        assertThat(DatelineExtractor.isPlaceDateline("  BRAMFORD\t2026-03-14 ")).isTrue();
        assertThat(DatelineExtractor.isPlaceDateline("KESTREL-ON-SEA,\nNORTHSHIRE")).isTrue();
        assertThat(DatelineExtractor.isPlaceDateline("Bramford 2026-03-14")).isFalse();
        assertThat(DatelineExtractor.isPlaceDateline("B 2026-03-14")).isFalse();
        assertThat(DatelineExtractor.isPlaceDateline("")).isFalse();
    }

    @Test
    void shouldSeeADateLineOfUpToTwentyFourTokensButNoLonger() {
        // "Nov 19 2019" is three tokens: eight of them are 24, a ninth makes 27.
        String eight = "Nov 19 2019 ".repeat(8).strip();
        assertThat(datelines.isDateline(eight)).isTrue();
        assertThat(datelines.isDateline(eight + " Nov 19 2019")).isFalse();
        // "19th" is one run of letters and digits but two tokens ("19", "th"): tokens are what is counted.
        assertThat(datelines.isDateline("Nov " + "19th ".repeat(11).strip())).isTrue();
        assertThat(datelines.isDateline("Nov " + "19th ".repeat(12).strip())).isFalse();
    }

    @Test
    void shouldReadTheFirstDateWhenWrittenInCommonFormats() {
        assertThat(datelines.find("Wednesday November 20, 2019")).isEqualTo("2019-11-20");
        assertThat(datelines.find("19 Nov 2019 05:44 GMT")).isEqualTo("2019-11-19");
        assertThat(datelines.find("By Tim Childers 2019-11-19T12:48:14Z Space")).isEqualTo("2019-11-19");
    }

    @Test
    void shouldReadANumericDateOnlyWhenTheDayCannotBeTheMonth() {
        assertThat(datelines.find("posted 11/19/19")).isEqualTo("2019-11-19");
        assertThat(datelines.find("19.11.2019 10:43")).isEqualTo("2019-11-19");
        assertThat(datelines.find("posted 05/10/2018")).isNull();
        assertThat(datelines.find("version 1.2.3, 9:22:15 AM")).isNull();
    }

    @Test
    void shouldCountARelativeDateLineFromTheDayThePageWasRead() {
        LocalDate wednesday = LocalDate.of(2019, 11, 20);
        assertThat(datelines.findRelative("Published 1 day ago", wednesday)).isEqualTo("2019-11-19");
        assertThat(datelines.findRelative("Updated 19 hours ago", wednesday)).isEqualTo("2019-11-20");
        assertThat(datelines.findRelative("an hour ago", wednesday)).isEqualTo("2019-11-20");
        assertThat(datelines.findRelative("2 weeks ago", wednesday)).isEqualTo("2019-11-06");
        assertThat(datelines.findRelative("Today 12:01 AM", wednesday)).isEqualTo("2019-11-20");
        assertThat(datelines.findRelative("Yesterday at 5:30 PM", wednesday)).isEqualTo("2019-11-19");
        assertThat(datelines.findRelative("Monday 6:30PM", wednesday)).isEqualTo("2019-11-18");
    }

    @Test
    void shouldNotReadARelativeDateFromProseALabelOrAnUnknownDay() {
        LocalDate wednesday = LocalDate.of(2019, 11, 20);
        assertThat(datelines.findRelative("The deal was signed 2 days ago in Paris", wednesday)).isNull();
        assertThat(datelines.findRelative("Today's top stories", wednesday)).isNull();
        assertThat(datelines.findRelative("Monday Night Football", wednesday)).isNull();
        assertThat(datelines.findRelative("Monday 6 things to know", wednesday)).isNull();
        assertThat(datelines.findRelative("1 day ago", null)).isNull();
    }

    @Test
    void shouldReadThePublicationDateWhenTheUpdateComesFirst() {
        assertThat(datelines.find("Updated Nov 20, 2019 9:41 AM; Published Nov 19, 2019 8:19 PM")).isEqualTo("2019-11-19");
        assertThat(datelines.find("Posted Nov 18, 2019 | Updated Nov 19, 2019")).isEqualTo("2019-11-18");
        assertThat(datelines.findMonthDay("Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM").toString()).isEqualTo("--11-18");
    }

    @Test
    void shouldFindTheDatelineAStoryOpensWith() {
        assertThat(DatelineExtractor.storyDateline("WASHINGTON, Nov. 19, 2019 (Reuters) - The talks ended."))
                .isEqualTo("WASHINGTON, Nov. 19, 2019 (Reuters)");
        assertThat(DatelineExtractor.storyDateline("LONDON, Nov 19 (Reuters) — Prices rose.")).isEqualTo("LONDON, Nov 19 (Reuters)");
        assertThat(DatelineExtractor.storyDateline("WASHINGTON (AP) — The talks ended on Nov. 19.")).isNull();
        assertThat(DatelineExtractor.storyDateline("On Nov. 19, 2019 - a Tuesday - the talks ended.")).isNull();
        assertThat(DatelineExtractor.storyDateline("The 2019 talks - which ended on Tuesday - failed.")).isNull();
    }
}
