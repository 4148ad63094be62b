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
    void shouldNotTakeASentenceForABylineWhenItStartsWithBy() {
        assertThat(bylines.isByline("By Jane Doe")).isTrue();
        assertThat(bylines.isByline("By the end of the year, prices had doubled.")).isFalse();
        assertThat(bylines.isByline("Bylines are rare here")).isFalse();
    }
}
