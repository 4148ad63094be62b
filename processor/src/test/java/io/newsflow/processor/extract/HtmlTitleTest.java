package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlTitleTest {

    private final HtmlTitle titles = new HtmlTitle();

    private static Elements h1s(String... texts) {
        StringBuilder html = new StringBuilder();
        for (String text : texts) {
            html.append("<h1>").append(text).append("</h1>");
        }
        return Jsoup.parse(html.toString()).select("h1");
    }

    @Test
    void shouldTakeTheHeadingWhenTheTitleAgreesWithItButNotTheLogo() {
        assertThat(titles.choose(null, null, h1s("Daily Planet", "Council adopts the budget"),
                "Council adopts the budget | Daily Planet", "Daily Planet")).isEqualTo("Council adopts the budget");
        assertThat(titles.choose(null, null, h1s("Seeking a bigger role for a big rocket"),
                "The Space Review: Seeking a bigger role for a big rocket", null))
                .isEqualTo("Seeking a bigger role for a big rocket");
    }

    @Test
    void shouldPreferOpenGraphWhenNoCandidatesAgree() {
        assertThat(titles.choose("OG headline - Daily Planet", "LD headline", h1s("Menu"), "Other", "Daily Planet"))
                .isEqualTo("OG headline");
    }

    @Test
    void shouldStripTheSiteNameWhenOnlyTheTitleElementIsThere() {
        assertThat(titles.choose(null, null, h1s(), "Council adopts the budget for next year - Planet", null))
                .isEqualTo("Council adopts the budget for next year");
        assertThat(HtmlTitle.withoutSiteName("Daily Planet", "Daily Planet")).isEqualTo("Daily Planet");
    }

    @Test
    void shouldReturnNullWhenThePageNamesNothing() {
        assertThat(titles.choose(null, null, h1s(), "", null)).isNull();
    }
}
