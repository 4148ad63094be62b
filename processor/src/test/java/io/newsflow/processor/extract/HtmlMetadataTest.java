package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.HtmlMetadata.Metadata;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlMetadataTest {

    private final HtmlMetadata metadata = new HtmlMetadata();

    static String resource(String name) throws IOException {
        try (InputStream in = HtmlMetadataTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Metadata read(String html) {
        return metadata.read(Jsoup.parse(html));
    }

    @Test
    void shouldReadEveryFieldWhenThePageStatesThem() throws IOException {
        Metadata meta = read(resource("metadata-page.html"));
        assertThat(meta.title()).isEqualTo("Council adopts the budget");
        assertThat(meta.deck()).isEqualTo("Schools get more, roads get less, and the tax rate stays where it was.");
        assertThat(meta.section()).isEqualTo("Local");
        assertThat(meta.byline()).isEqualTo("By Ann Lee and Bo Kim");
        assertThat(meta.authors()).containsExactly("Ann Lee", "Bo Kim");
        assertThat(meta.publisher()).isEqualTo("Daily Planet");
        assertThat(meta.publishedAt()).isEqualTo("2019-11-18T21:03:00+01:00");
    }

    @Test
    void shouldFallBackToTheMarkupWhenThereIsNoMetadata() {
        Metadata meta = read("""
                <html><head><title>Budget adopted - Planet</title></head><body>
                <div class="breadcrumb"><a href="/">Home</a> <a href="/local">Local news</a></div>
                <h1>Budget adopted</h1><a rel="author" href="/ann">Ann Lee</a>
                <time datetime="2019-11-18">Monday</time><p>Text.</p></body></html>""");
        assertThat(meta.title()).isEqualTo("Budget adopted");
        assertThat(meta.section()).isEqualTo("Local news");
        assertThat(meta.authors()).containsExactly("Ann Lee");
        assertThat(meta.publishedAt()).isEqualTo("2019-11-18");
        assertThat(meta.publisher()).isNull();
    }

    @Test
    void shouldTakeTheSiteAfterThePageTitlesSeparatorWhenThePagePrintsIt() {
        Metadata meta = read("""
                <html><head><title>Dare to Play 3 / October pack – Vortex Cannon Entertainment</title></head><body>
                <h1>Dare to Play 3 / October pack</h1><p>Text.</p>
                <footer>© 2019 Vortex Cannon Entertainment. All rights reserved</footer></body></html>""");
        assertThat(meta.publisher()).isEqualTo("Vortex Cannon Entertainment");
        assertThat(meta.title()).isEqualTo("Dare to Play 3 / October pack");
        Metadata unprinted = read("""
                <html><head><title>Council Adopts The Budget - Live Updates</title></head><body>
                <h1>Council Adopts The Budget</h1><p>Text.</p></body></html>""");
        assertThat(unprinted.publisher()).isNull();
    }

    @Test
    void shouldNotTakeAStoryWhoseClassNamesItsAddressForABreadcrumbTrail() {
        StringBuilder story = new StringBuilder("<article class='js-article url-breadcrumb'><h1>Tour announced</h1>");
        for (int i = 0; i < 10; i++) {
            story.append("<p>Paragraph <a href='/t").append(i).append("'>tag ").append(i).append("</a>.</p>");
        }
        story.append("<p><a href='mailto:x@example.com'>EMAIL ME</a></p></article>");
        Metadata meta = read("<html><head><title>Tour announced</title></head><body>"
                + story + "<nav class='breadcrumb'><a href='/'>Homepage</a> <a href='/music'>Music</a></nav></body></html>");
        assertThat(meta.section()).isEqualTo("Music");
        assertThat(read("<html><body>" + story + "</body></html>").section()).isNull();
    }

    @Test
    void shouldIgnoreAProfileUrlWhenItStandsForTheAuthor() {
        Metadata meta = read("<html><head><meta property='article:author' content='https://x.example/ann'>"
                + "<meta name='author' content='by Ann Lee'></head><body></body></html>");
        assertThat(meta.authors()).containsExactly("Ann Lee");
    }

    @Test
    void shouldReturnEmptyMetadataWhenThePageIsEmpty() {
        Metadata meta = read("");
        assertThat(meta.title()).isNull();
        assertThat(meta.authors()).isEmpty();
        assertThat(meta.publishedAt()).isNull();
    }
}
