package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.JsonLdReader.LdArticle;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    private final JsonLdReader reader = new JsonLdReader();

    private LdArticle read(String... scripts) {
        StringBuilder html = new StringBuilder("<html><head>");
        for (String script : scripts) {
            html.append("<script type='application/ld+json'>").append(script).append("</script>");
        }
        return reader.read(page(html.append("</head><body></body></html>").toString()));
    }

    @Test
    void shouldReadTheArticleWhenItIsANewsArticleObject() {
        LdArticle article = read("""
                {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Budget adopted",
                 "articleSection": ["Politics", "Local"], "datePublished": "2019-11-18T16:21:03-05:00",
                 "author": [{"@type": "Person", "name": "Ann Lee"}, {"@type": "Person", "name": "Bo Kim"}],
                 "publisher": {"@type": "Organization", "name": "Daily Planet"}}""");
        assertThat(article.headline()).isEqualTo("Budget adopted");
        assertThat(article.section()).isEqualTo("Politics");
        assertThat(article.authors()).containsExactly("Ann Lee", "Bo Kim");
        assertThat(article.publisher()).isEqualTo("Daily Planet");
        assertThat(article.datePublished()).isEqualTo("2019-11-18T16:21:03-05:00");
    }

    @Test
    void shouldFindTheArticleWhenItSitsInAGraphOrAnArray() {
        assertThat(read("""
                {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "Site"},
                 {"@type": ["BlogPosting"], "headline": "In a graph", "author": "Ann Lee"}]}""").headline())
                .isEqualTo("In a graph");
        assertThat(read("""
                [{"@type": "Organization", "name": "Site"}, {"@type": "ReportageNewsArticle", "headline": "In an array"}]""")
                .headline()).isEqualTo("In an array");
    }

    @Test
    void shouldSkipABrokenScriptWhenAnotherOneDescribesTheArticle() {
        LdArticle article = read("{\"@type\": \"NewsArticle\", \"headline\": ", """
                {"@type": "Article", "headline": "Trailing comma &amp; entity",}""");
        assertThat(article.headline()).isEqualTo("Trailing comma & entity");
    }

    @Test
    void shouldReadTheBreadcrumbWhenTheArticleIsMissing() {
        LdArticle article = read("""
                {"@type": "BreadcrumbList", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "Home"},
                 {"@type": "ListItem", "position": 2, "item": {"@id": "/world", "name": "World"}}]}""");
        assertThat(article.headline()).isNull();
        assertThat(article.breadcrumb()).containsExactly("Home", "World");
    }

    @Test
    void shouldReturnNothingWhenThePageHasNoJsonLd() {
        assertThat(read()).isEqualTo(LdArticle.NONE);
    }

    private static MetadataElements page(String html) {
        return MetadataElements.of(Jsoup.parse(html));
    }
}
