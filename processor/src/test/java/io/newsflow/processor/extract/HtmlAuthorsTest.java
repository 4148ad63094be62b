package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlAuthorsTest {

    @Test
    void shouldPreferJsonLdWhenItNamesTheAuthors() {
        assertThat(HtmlAuthors.find(page("<meta name='author' content='Web Desk'>"), List.of("Ann Lee"), null))
                .containsExactly("Ann Lee");
    }

    @Test
    void shouldSplitTheMetaTagWhenItNamesSeveralPeople() {
        assertThat(HtmlAuthors.find(page("<meta name='author' content='Ann Lee, Bo Kim and Cy Ng'>"),
                List.of(), null)).containsExactly("Ann Lee", "Bo Kim", "Cy Ng");
    }

    @Test
    void shouldFallBackToTheBylineWhenNoMetadataNamesAnyone() {
        assertThat(HtmlAuthors.find(page("<p>Text</p>"), List.of(), "By Ann Lee")).containsExactly("Ann Lee");
        assertThat(HtmlAuthors.find(page("<p>Text</p>"), List.of("https://x.example/ann"), null)).isEmpty();
    }

    @Test
    void shouldLeaveTheAgencyAndRoleOutOfAVisibleByline() {
        assertThat(HtmlAuthors.find(page("<p>Text</p>"), List.of(), "By Ann Lee and Bo Kim, Reuters"))
                .containsExactly("Ann Lee", "Bo Kim");
        assertThat(HtmlAuthors.find(page("<p>Text</p>"), List.of(), "Ann Lee | Staff writer")).containsExactly("Ann Lee");
        assertThat(HtmlAuthors.find(page("<p>Text</p>"), List.of(), "By Reuters")).containsExactly("Reuters");
        assertThat(HtmlAuthors.find(page("<p>Text</p>"), List.of(), "admin")).containsExactly("admin");
        assertThat(HtmlAuthors.find(page("<p>Text</p>"), List.of(), "The Russian and Syrian defense ministries"))
                .containsExactly("The Russian", "Syrian defense ministries");
    }

    private static MetadataElements page(String html) {
        return MetadataElements.of(Jsoup.parse(html));
    }
}
