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
}
