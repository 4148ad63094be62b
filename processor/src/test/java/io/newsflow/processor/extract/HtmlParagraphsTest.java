package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class HtmlParagraphsTest {

    private final HtmlParagraphs paragraphs = new HtmlParagraphs();

    private List<String> of(String html) {
        Element body = Jsoup.parse(html).body();
        return paragraphs.of(List.of(body));
    }

    @Test
    void shouldMakeOneParagraphPerBlockWhenInlineMarkupRunsThrough() {
        assertThat(of("<div><h2>Talks</h2><p>Iran<em>’s</em> <b>leader</b>\n   met   Khan.</p><ul><li>One</li><li>Two</li></ul></div>"))
                .containsExactly("Talks", "Iran’s leader met Khan.", "One", "Two");
    }

    @Test
    void shouldSplitTheTextWhenLineBreaksSeparateIt() {
        assertThat(of("<div>First line<br>Second line</div>")).containsExactly("First line", "Second line");
    }

    @Test
    void shouldDropAParagraphWhenItIsMostlyLinkText() {
        assertThat(of("<p>Related: <a href='/x'>Rouhani and Khan discuss Kashmir in New York</a></p>"
                + "<p>Khan said, <a href='/y'>in a statement</a>, that the talks went well for both sides.</p>"))
                .containsExactly("Khan said, in a statement, that the talks went well for both sides.");
    }

    @Test
    void shouldKeepASentenceWhenItsOwnWordsMakeAClauseAroundALongLink() {
        assertThat(of("<p>The suspect, Michael Webb, was convicted and <a href='/x'>sentenced to life in federal prison"
                + " last Thursday</a>.</p><p>More: <a href='/y'>Suspect sentenced to life in federal prison</a>.</p>"))
                .containsExactly("The suspect, Michael Webb, was convicted and sentenced to life in federal prison"
                        + " last Thursday.");
    }

    @Test
    void shouldMakeOneLinePerRowWhenTheStoryHasATable() {
        assertThat(of("<table><tr><th>Ticker</th><th>Last</th></tr><tr><td>HD</td><td>225.86</td></tr></table>"))
                .containsExactly("Ticker Last", "HD 225.86");
    }

    @Test
    void shouldReturnNothingWhenTheElementHasNoText() {
        assertThat(of("<div><img src='a.png'><p> </p></div>")).isEmpty();
    }
}
