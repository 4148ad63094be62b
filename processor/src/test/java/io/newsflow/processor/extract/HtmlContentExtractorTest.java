package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.HtmlContentExtractor.HtmlArticle;
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

    private final HtmlContentExtractor extractor = new HtmlContentExtractor();

    private static String page(String head, String main) {
        return "<html><head>" + head + "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                + main + "<footer><p>Copyright 2019 Iran Front Page, all rights reserved, and more text here.</p></footer>"
                + "</body></html>";
    }

    @Test
    void shouldTakeTheTitleFromOpenGraphWhenTheMetaTagIsPresent() {
        HtmlArticle article = extractor.extract(page(
                "<meta property='og:title' content='OG headline'><title>Title | Site</title>", STORY));
        assertThat(article.title()).isEqualTo("OG headline");
    }

    @Test
    void shouldTakeTheTitleFromTheH1WhenThereIsNoOpenGraphTitle() {
        assertThat(extractor.extract(page("<title>Title | Site</title>", STORY)).title())
                .isEqualTo("Rouhani, Imran Khan Discuss Border Security");
    }

    @Test
    void shouldTakeTheTitleElementWhenThereIsNoOtherHeadline() {
        assertThat(extractor.extract(page("<title>Only a title</title>", "<p>Text of the page.</p>")).title())
                .isEqualTo("Only a title");
    }

    @Test
    void shouldTakeTheSectionFromTheArticleMetadataWhenPresent() {
        assertThat(extractor.extract(page("<meta property='article:section' content='Politics'>", STORY)).section())
                .isEqualTo("Politics");
        assertThat(extractor.extract(page("", STORY)).section()).isNull();
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
    void shouldReturnNothingWhenThePageIsEmpty() {
        HtmlArticle article = extractor.extract("");
        assertThat(article.title()).isNull();
        assertThat(article.paragraphs()).isEmpty();
    }
}
