package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.HtmlContentExtractor.HtmlArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlContentExtractorTest {

    private static final String STORY = """
            <article>
              <h1>Rouhani, Imran Khan Discuss Border Security</h1>
              <p>Iranian President Hassan Rouhani has held talks with Pakistani Prime Minister Imran Khan in New York.</p>
              <div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
              <p>During the meeting, the two sides conferred on bilateral relations, security along the borders, and trade.</p>
              <script>var tracking = "ignore me";</script>
            </article>""";

    private final HtmlContentExtractor contentExtractor = new HtmlContentExtractor();

    /** A stand-in with the old signature: parse, then extract. */
    private final Extractor extractor = html -> contentExtractor.extract(Jsoup.parse(html));

    private interface Extractor {
        HtmlArticle extract(String html);
    }

    private static String page(String head, String main) {
        return "<html><head>" + head + "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + main + "<footer><p>Copyright 2019 Iran Front Page, all rights reserved, and more text here.</p></footer>"
                + "</body></html>";
    }

    @Test
    void shouldKeepOnlyTheStoryWhenScriptsMenusSharingAndFooterSurroundIt() {
        assertThat(extractor.extract(page("", STORY)).paragraphs()).containsExactly(
                "Rouhani, Imran Khan Discuss Border Security",
                "Iranian President Hassan Rouhani has held talks with Pakistani Prime Minister Imran Khan in New York.",
                "During the meeting, the two sides conferred on bilateral relations, security along the borders, and trade.");
    }

    @Test
    void shouldKeepTheStoryWhenItsWrapperHasAFurnitureLikeClassName() {
        String wrapped = "<div class='theiaStickySidebar'>" + STORY + "</div><div class='sidebar'><p>Other short text.</p></div>";
        assertThat(extractor.extract(page("", wrapped)).paragraphs()).hasSize(3);
    }

    @Test
    void shouldSayItIsTheWholePageWhenNoElementHoldsParagraphs() {
        HtmlArticle article = extractor.extract(page("", "<div>Menu</div><div>Line one<br>Line two</div>"));
        assertThat(article.wholePage()).isTrue();
        assertThat(extractor.extract(page("", STORY)).wholePage()).isFalse();
    }

    @Test
    void shouldKeepAnEmbeddedPostWhenItsWrapperIsNamedSocial() {
        String story = "<article><p>" + "Many people on Twitter pointed out what was wrong with the slogan. ".repeat(3)
                + "</p><div class='social-media-embed'><blockquote class='twitter-tweet'><p>Yes this is real and "
                + "the state spent half a million dollars on it</p></blockquote></div><p>"
                + "The governor defended the campaign on Monday, saying it had raised awareness. ".repeat(3) + "</p></article>";
        assertThat(extractor.extract(page("", story)).paragraphs())
                .contains("Yes this is real and the state spent half a million dollars on it");
    }

    @Test
    void shouldReturnNothingWhenThePageIsEmpty() {
        HtmlArticle article = extractor.extract("");
        assertThat(article.paragraphs()).isEmpty();
        assertThat(article.wholePage()).isTrue();
    }
}
