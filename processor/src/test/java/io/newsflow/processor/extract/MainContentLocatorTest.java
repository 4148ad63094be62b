package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MainContentLocatorTest {

    private static final String P = "<p>The two countries agreed to form a joint force, officials said, to fight "
            + "terrorist groups along the shared border, which both sides have long disputed.</p>";

    private final MainContentLocator locator = new MainContentLocator();

    private List<String> ids(String html) {
        Element body = Jsoup.parse(html).body();
        return locator.locate(body).stream().map(Element::id).toList();
    }

    @Test
    void shouldPickTheElementHoldingTheParagraphsWhenLinkListsSurroundIt() {
        String links = "<div id='links'><p><a href='/1'>One story with a long headline about something else</a></p>"
                + "<p><a href='/2'>Another story with a long headline about something else</a></p></div>";
        assertThat(ids("<div id='page'>" + links + "<div id='story'>" + P + P + P + "</div>" + links + "</div>"))
                .containsExactly("story");
    }

    @Test
    void shouldClimbToTheCommonBoxWhenEachParagraphSitsInItsOwnCard() {
        String card = "<div class='card'><div class='card-content'>" + P + "</div></div>";
        assertThat(ids("<nav id='menu'><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<div id='cards'>" + card + card + card + card + "</div>"))
                .containsExactly("cards");
    }

    @Test
    void shouldCoverBothPartsWhenAnAdvertSplitsTheStory() {
        String second = "<p>Khan highlighted capacities for cooperation, particularly in trade, energy and health, "
                + "and thanked his hosts.</p>";
        Element body = Jsoup.parse("<div id='menu'><a href='/'>Home</a></div><div id='wrap'><div id='part1'>" + P + P + P
                + "</div><div id='ad'>Ad</div><div id='part2'>" + second + second + "</div></div>").body();
        String located = String.join(" ", locator.locate(body).stream().map(Element::text).toList());
        assertThat(located).contains("officials said").contains("Khan highlighted").doesNotContain("Home");
    }

    @Test
    void shouldLocateNothingWhenNoParagraphScores() {
        assertThat(locator.locate(Jsoup.parse("<div>Short</div><p>Too short.</p>").body())).isEmpty();
    }
}
