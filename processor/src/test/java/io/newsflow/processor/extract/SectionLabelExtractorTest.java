package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SectionLabelExtractorTest {

    private final SectionLabelExtractor sections = new SectionLabelExtractor();

    @Test
    void shouldFindTheLabelWhenALoneBulletPrecedesTheHeadline() {
        assertThat(sections.find(List.of("• National", "Stronger Tehran-Islamabad Ties Underscored", "Body.")))
                .isEqualTo("National");
    }

    @Test
    void shouldFindNoLabelWhenTheBulletOpensAMenu() {
        assertThat(sections.find(List.of("• Business", "• California", "• Climate & Environment"))).isNull();
    }

    @Test
    void shouldFindNoLabelWhenTheFirstLineHasNoBullet() {
        assertThat(sections.find(List.of("IFP Exclusive", "Rouhani, Imran Khan Discuss Border Security"))).isNull();
    }

    @Test
    void shouldFindNoLabelWhenTheBulletedLineIsASentence() {
        assertThat(sections.find(List.of("• The council met on Tuesday to approve the budget.", "Next line"))).isNull();
        assertThat(sections.find(List.of("• Done.", "Next line"))).isNull();
    }

    @Test
    void shouldFindNoLabelWhenThereIsNothingAfterIt() {
        assertThat(sections.find(List.of("• National"))).isNull();
        assertThat(sections.find(List.of())).isNull();
    }

    @Test
    void shouldTakeTheLastCrumbWhenABreadcrumbTrailEndsAboveTheHeadline() {
        assertThat(sections.fromBreadcrumb(List.of("• Prelude to a foreign tour", "• Home", "• Business",
                "• Economy & Business", "• Beijing tariff demands may expand deal", "Beijing tariff demands may expand deal"), 5))
                .isEqualTo("Economy & Business");
        assertThat(sections.fromBreadcrumb(List.of("1. Home", "2. News", "Physicists Simulate the Universe"), 2))
                .isEqualTo("News");
    }

    @Test
    void shouldFindNoSectionWhenTheBulletsAboveTheHeadlineAreAMenu() {
        assertThat(sections.fromBreadcrumb(List.of("• News", "• Opinion", "• Beltway Confidential", "Headline here"), 3))
                .isNull();
        assertThat(sections.fromBreadcrumb(List.of("• Home", "Headline here"), 1)).isNull();
    }

    @Test
    void shouldTakeAKickerForTheSectionWhenTheMenuListsIt() {
        List<String> page = List.of("• Business", "• Company Town", "Company Town", "Disney+ glitches fixed, exec says");
        assertThat(sections.fromKicker(page, 3)).isEqualTo("Company Town");
        assertThat(sections.fromKicker(List.of("• Business", "Exclusive Report", "Disney+ glitches fixed"), 2)).isNull();
    }

    @Test
    void shouldTakeALabelInCapitalsUnderTheHeadlineAsTheMenuSpellsIt() {
        List<String> page = List.of("• Auto News", "• Features", "Nissan Sentra Drives to Dealerships", "AUTO NEWS",
                "The story.");
        assertThat(sections.fromKicker(page, 2)).isEqualTo("Auto News");
        List<String> button = List.of("• Read Later", "• Physics", "Cells That Taste Danger", "Read Later", "The story.");
        assertThat(sections.fromKicker(button, 2)).isNull();
    }

    @Test
    void shouldTakeTheFirstOfTheStorysTagsThatTheMenuListsWhenTheMenuListsTwo() {
        List<String> page = List.of("• Opinion", "• Beltway Confidential", "Headline", "The story.", "Opinion",
                "Beltway Confidential", "China", "• Next story");
        assertThat(sections.fromTags(page, 4)).isEqualTo("Opinion");
        List<String> related = List.of("• Good Deals", "• Tech", "Headline", "The story.", "Next Up In Tech",
                "Good Deals", "1. A deal");
        assertThat(sections.fromTags(related, 4)).isNull();
    }
}
