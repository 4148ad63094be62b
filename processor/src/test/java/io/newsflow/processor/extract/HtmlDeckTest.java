package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlDeckTest {

    @Test
    void shouldFindTheDeckWhenTheTemplateNamesIt() {
        assertThat(HtmlDeck.find(page("<h1>Budget adopted</h1><p class='articleDek'>Schools get more, roads "
                + "get less, and the tax rate stays.</p>"), "Budget adopted"))
                .isEqualTo("Schools get more, roads get less, and the tax rate stays.");
    }

    @Test
    void shouldIgnoreSummariesWhenTheyAreOtherStoriesOrTooShort() {
        assertThat(HtmlDeck.find(page("<aside><p class='summary'>Another story about the mayor and "
                + "the council.</p></aside><p class='subtitle'>Two words</p><ul class='summary-list'><li>Long "
                + "enough text for a deck, but a list of things</li></ul>"), null)).isNull();
    }

    private static MetadataElements page(String html) {
        return MetadataElements.of(Jsoup.parse(html));
    }
}
