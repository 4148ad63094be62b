package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BylineExtractorTest {

    private final BylineExtractor bylines = new BylineExtractor();

    @Test
    void shouldReadEveryNameWhenABylineListsSeveral() {
        assertThat(bylines.names("By DANICA KIRKA and JILL LAWLESS")).containsExactly("Danica Kirka", "Jill Lawless");
        assertThat(bylines.names("By Jane Doe, John Roe and Abigail Van Buren")).containsExactly("Jane Doe", "John Roe",
                "Abigail Van Buren");
    }

    @Test
    void shouldStopTheNameWhenASeparatorDateOrGluedWordFollows() {
        assertThat(bylines.names("By Amy Kuperinsky | NJ Advance Media for NJ.com")).containsExactly("Amy Kuperinsky");
        assertThat(bylines.names("by Regan December 6, 2017 written by Regan")).containsExactly("Regan");
        assertThat(bylines.names("By Meg JamesStaff Writer")).containsExactly("Meg James");
        assertThat(bylines.names("By Chaim Gartenberg@cgartenberg Nov 19, 2019")).containsExactly("Chaim Gartenberg");
        assertThat(bylines.names("By Sean Martin Sean Martin")).containsExactly("Sean Martin");
    }

    @Test
    void shouldReadANameInLowerCaseWhenTheBylineStartsWithBy() {
        assertThat(bylines.names("By admin - 2018-09-16")).containsExactly("admin");
        assertThat(bylines.names("by jane doe | Staff")).containsExactly("jane doe");
        assertThat(bylines.isByline("By admin - 2018-09-16")).isTrue();
        assertThat(bylines.names("by the river")).isEmpty();
        assertThat(bylines.names("By clicking here you agree")).isEmpty();
    }

    @Test
    void shouldNotTakeASentenceForABylineWhenItStartsWithBy() {
        assertThat(bylines.isByline("By Jane Doe")).isTrue();
        assertThat(bylines.isByline("By the end of the year, prices had doubled.")).isFalse();
        assertThat(bylines.isByline("Bylines are rare here")).isFalse();
    }

    @Test
    void shouldReadCreditsWithoutByWhenTheyNameAPersonOrCarryADate() {
        DatelineExtractor datelines = new DatelineExtractor();
        assertThat(bylines.creditNames("Chris Davies - Nov 19, 2019, 10:31 pm CST", datelines)).containsExactly("Chris Davies");
        assertThat(bylines.creditNames("11/19/2019 by Lars Brandle", datelines)).containsExactly("Lars Brandle");
        assertThat(bylines.creditNames("Anna Menin", datelines)).containsExactly("Anna Menin");
        assertThat(bylines.creditNames("Reuters November 18, 2019 11:03 PM", datelines)).containsExactly("Reuters");
        assertThat(bylines.creditNames("Steve Peoples, AP National Political Writer", datelines))
                .containsExactly("Steve Peoples");
        assertThat(bylines.creditNames("Keris Lahiff@kerisalison", datelines)).containsExactly("Keris Lahiff");
    }

    @Test
    void shouldNotTakeLabelsPlacesOrDatesForCredits() {
        DatelineExtractor datelines = new DatelineExtractor();
        assertThat(bylines.creditNames("Auto News", datelines)).isEmpty();
        assertThat(bylines.creditNames("WASHINGTON, Nov. 19, 2019", datelines)).isEmpty();
        assertThat(bylines.creditNames("Updated Nov 19, 2019 9:41 AM", datelines)).isEmpty();
        assertThat(bylines.creditNames("Back to Gallery", datelines)).isEmpty();
        assertThat(bylines.creditNames("Anna Menin said the deal was done.", datelines)).isEmpty();
    }

    @Test
    void shouldLeaveOutTheRoleAgencyOrPlaceThatFollowsTheNames() {
        assertThat(bylines.names("By Jane Doe, Reuters")).containsExactly("Jane Doe");
        assertThat(bylines.names("By Jane Doe and John Roe, Associated Press")).containsExactly("Jane Doe", "John Roe");
        assertThat(bylines.names("By Jane Doe, Washington")).containsExactly("Jane Doe");
        assertThat(bylines.names("By Jane Doe, Staff Writer")).containsExactly("Jane Doe");
        assertThat(bylines.names("Jane Doe Senior Reporter")).containsExactly("Jane Doe");
        assertThat(bylines.names("By Jane Doe For Dailymail.com")).containsExactly("Jane Doe");
        assertThat(bylines.names("BY JANE DOE AND JOHN ROE")).containsExactly("Jane Doe", "John Roe");
        assertThat(bylines.isByline("By Jane Doe | Nov. 19, 2019 at 5:30 p.m.")).isTrue();
    }

    @Test
    void shouldKeepACreditThatIsATradeOrAnAgencyAndNamesThatAreNotPlaces() {
        assertThat(bylines.names("By Staff Reports")).containsExactly("Staff Reports");
        assertThat(bylines.names("By HNN Staff")).containsExactly("HNN Staff");
        assertThat(bylines.names("By Reuters")).containsExactly("Reuters");
        assertThat(bylines.names("By Jane Doe and Georgia Smith")).containsExactly("Jane Doe", "Georgia Smith");
        assertThat(bylines.names("By Theresa May")).containsExactly("Theresa May");
        assertThat(bylines.names("By Abigail Van Buren")).containsExactly("Abigail Van Buren");
    }

    @Test
    void shouldReadACreditWithItsAffiliationOrAfterItsDate() {
        DatelineExtractor datelines = new DatelineExtractor();
        assertThat(bylines.creditNames("Jane Doe | Staff writer", datelines)).containsExactly("Jane Doe");
        assertThat(bylines.creditNames("Jane Doe, Reuters", datelines)).containsExactly("Jane Doe");
        assertThat(bylines.creditNames("21/06/2014 Tony Carter All, Books, Kit Reviews, News", datelines))
                .containsExactly("Tony Carter");
        assertThat(bylines.creditNames("Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST "
                + "Keris Lahiff@kerisalison", datelines)).containsExactly("Keris Lahiff");
    }

    @Test
    void shouldNotTakeLabelsOrPlacesAfterADateForACredit() {
        DatelineExtractor datelines = new DatelineExtractor();
        assertThat(bylines.creditNames("21/06/2014 Kit Reviews, Books, News", datelines)).isEmpty();
        assertThat(bylines.creditNames("November 19, 2019 Kansas City Chiefs", datelines)).isEmpty();
        assertThat(bylines.creditNames("Updated Nov 19, 2019 9:41 AM", datelines)).isEmpty();
        assertThat(bylines.creditNames("Jane Doe | Read more", datelines)).isEmpty();
        assertThat(bylines.creditNames("Top Stories - Business", datelines)).isEmpty();
    }

    @Test
    void shouldReadACreditWithThePlaceItWasFiledFrom() {
        assertThat(bylines.placedCredit("Reuters, Washington,")).containsExactly("Reuters");
        assertThat(bylines.placedCredit("PTI, Washington")).containsExactly("PTI");
        assertThat(bylines.placedCredit("Jane Doe, London")).containsExactly("Jane Doe");
        assertThat(bylines.placedCredit("Share permalink, Washington")).isEmpty();
        assertThat(bylines.placedCredit("Reuters, the news agency")).isEmpty();
        assertThat(bylines.placedCredit("The talks ended in Washington, London.")).isEmpty();
        assertThat(bylines.placedCredit("Reuters")).isEmpty();
    }
}
