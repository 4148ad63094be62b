package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditReadingsTest {

    private final CreditReadings readings = new CreditReadings();

    @Test
    void shouldReadABylineOnceAndAnswerAsTheExtractorDoes() {
        String byline = "By Jane Doe and John Roe";

        assertThat(readings.bylineNames(byline)).containsExactly("Jane Doe", "John Roe");
        assertThat(readings.bylineNames(byline)).isSameAs(readings.bylineNames(byline));
        assertThat(readings.isByline(byline)).isTrue();
        assertThat(readings.isByline("Jane Doe and John Roe")).isFalse();
        assertThat(readings.isByline("By the river, the town stands still.")).isFalse();
    }

    @Test
    void shouldTellDateLinesAsTheExtractorDoes() {
        assertThat(readings.isDateline("Nov. 19, 2019 5:30 p.m.")).isTrue();
        assertThat(readings.isDateline("Nov. 19, 2019 5:30 p.m.")).isTrue();
        assertThat(readings.isDateline("Posted in Politics")).isFalse();
        assertThat(readings.isDateline("The 139th was formed at Camp Howe on September 1, 1862.")).isFalse();
    }
}
