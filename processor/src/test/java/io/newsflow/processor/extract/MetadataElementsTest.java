package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataElementsTest {

    /** Selectors of the kinds the metadata readers ask: by attribute, by tag and attribute, the h1s. */
    private static final List<String> SELECTORS = List.of("h1", "meta[property=og:title], meta[name=og:title]",
            "script[type=application/ld+json]", "[class~=(?i)(^|\\s)(byline|author)(\\s|$)], [itemprop=author], .byline",
            "[class*=breadcrumb], [aria-label=breadcrumb]", "time[datetime]", "a[rel=author], [itemprop=author]",
            "[itemprop=datePublished][datetime], time[pubdate][datetime]", "[class*=dek], [itemprop=description]");

    @Test
    void shouldFindWhatTheWholeDocumentSelectFindsInTheSameOrder() throws IOException {
        Document doc;
        try (InputStream in = getClass().getResourceAsStream("/html/metadata-page.html")) {
            doc = Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        doc.body().append("<h1>Second</h1><div class='c-byline'><span itemprop='author'>Ann Lee</span></div>"
                + "<time datetime='2026-01-02'>2 Jan</time><p class='articleDek'>A deck</p>");
        MetadataElements page = MetadataElements.of(doc);
        for (String selector : SELECTORS) {
            assertThat(page.select(selector)).as(selector).containsExactlyElementsOf(doc.select(selector));
            assertThat(page.selectFirst(selector)).as(selector).isSameAs(doc.selectFirst(selector));
        }
        assertThat(page.select("h1")).hasSizeGreaterThanOrEqualTo(1);
        assertThat(page.select("[itemprop=author]")).isNotEmpty();
    }

    @Test
    void shouldFindWithClassWordsWhatTheWholeDocumentSelectFinds() {
        // Every spelling jsoup's case-insensitive tests accept: upper case, a dotless ı and a Kelvin sign K in the class.
        Document doc = Jsoup.parse("<div class='BYLINE'>a</div><div class='ByLıne'>b</div><p class='x AUTHOR'>c</p>"
                + "<p class='authorship'>d</p><span itemprop='author'>e</span><span itemprop='name'>f</span>"
                + "<div class='Standfirst'>g</div><div class='article-dek'>h</div><nav aria-label='Breadcrumb'>i</nav>"
                + "<div class='\u212Aicker'>j</div><div class='other' title='byline'>k</div><p>l</p>");
        MetadataElements page = MetadataElements.of(doc);
        String byline = "[class~=(?i)(^|\\s)(byline|author)(\\s|$)], [itemprop=author], .byline";
        String deck = "[class*=dek], [class*=standfirst], [itemprop=description], [class*=kicker]";
        String crumbs = "[class*=breadcrumb], [aria-label=breadcrumb], [aria-label=Breadcrumb]";
        assertThat(page.select(byline, List.of("byline", "author"), List.of("itemprop")))
                .containsExactlyElementsOf(doc.select(byline)).hasSize(4);
        assertThat(page.select(deck, List.of("dek", "standfirst", "kicker"), List.of("itemprop")))
                .containsExactlyElementsOf(doc.select(deck)).hasSize(3);
        assertThat(page.select(crumbs, List.of("breadcrumb"), List.of("aria-label")))
                .containsExactlyElementsOf(doc.select(crumbs)).hasSize(1);
        assertThat(page.select("[itemprop=author]")).isNotEmpty();
    }
}
