package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class HtmlParserTest {

    private final HtmlParser parser = new HtmlParser(new TextNormalizer());

    @Test
    void shouldFillTheMetadataAndKeepTheStoryWhenTheWholePageIsGiven() throws IOException {
        ParsedPage page = parser.parse(HtmlMetadataTest.resource("metadata-page.html"));
        assertThat(page.title()).isEqualTo("Council adopts the budget");
        assertThat(page.subtitle()).isEqualTo("Schools get more, roads get less, and the tax rate stays where it was.");
        assertThat(page.authors()).containsExactly("Ann Lee", "Bo Kim");
        assertThat(page.paragraphs()).hasSize(4).allMatch(p -> !p.contains("Related") && !p.contains("Copyright"));
        assertThat(page.relatedHeadlines())
                .containsExactly("Mayor presents the spending plan", "Teachers rally for school funding");
        assertThat(page.removedBlocks()).containsEntry("related", 1).containsEntry("footer", 1)
                .containsEntry("navigation", 1);
    }

    @Test
    void shouldDropTheDescriptionWhenItRepeatsTheFirstParagraph() {
        String html = "<html><head><meta name='description' content='The city council adopted next year&#39;s budget "
                + "on Monday night.'></head><body><article><p>The city council adopted next year's budget on Monday "
                + "night, after a debate that lasted four hours and ended in a vote of seven to two.</p></article></body></html>";
        assertThat(parser.parse(html).subtitle()).isNull();
        String cut = html.replace("on Monday night.'", "on Monday […]'");
        assertThat(parser.parse(cut).subtitle()).isNull();
    }

    @Test
    void shouldKeepTheDescriptionAsSubtitleWhenItSaysSomethingElse() {
        String html = "<html><head><meta name='description' content='Schools win, roads lose.'></head><body><article>"
                + "<p>The city council adopted next year's budget on Monday night, after a debate that lasted hours.</p>"
                + "</article></body></html>";
        assertThat(parser.parse(html).subtitle()).isEqualTo("Schools win, roads lose.");
    }

    @Test
    void shouldReadTheStoryWhenThePageNestsDeepAndRepeatsFurnitureThousandsOfTimes() {
        String deep = "<div class='x'>".repeat(20_000) + "<p>The council adopted the budget on Monday, after a long "
                + "debate about schools and roads.</p>" + "</div>".repeat(20_000);
        assertThat(parser.parse(deep).paragraphs()).hasSize(1);
        String wide = ("<p>The council adopted the budget on Monday, after a long debate about schools.</p>"
                + "<div class='share'>Share</div>").repeat(5_000);
        ParsedPage page = parser.parse("<article>" + wide + "</article>");
        assertThat(page.removedBlocks()).containsEntry("share", 5_000);
        assertThat(page.paragraphs()).hasSize(5_000);
    }

    @Test
    void shouldReturnAnEmptyPageWhenTheHtmlIsBrokenOrEmpty() {
        assertThat(parser.parse("").paragraphs()).isEmpty();
        assertThat(parser.parse("<p>Unclosed <b>tags <div><p>Budget adopted after a long debate, the mayor said today.")
                .paragraphs()).isNotEmpty();
    }
}
