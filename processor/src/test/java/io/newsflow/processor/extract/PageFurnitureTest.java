package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.PageFurniture.Removed;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {

    private static final String STORY = "<div class='story'><p>" + "The council adopted the budget on Monday, after a "
            + "long debate about school funding and road repairs. ".repeat(4) + "</p></div>";

    private final PageFurniture furniture = new PageFurniture();

    private static Element body(String html) {
        return Jsoup.parse("<html><body>" + html + "</body></html>").body();
    }

    @Test
    void shouldCountWhatItRemovesByReasonWhenFurnitureSurroundsTheStory() {
        Element body = body("<script>x()</script><script>y()</script><nav><a href='/'>Home</a></nav>" + STORY
                + "<div class='comments'><p>First!</p></div><footer>About us</footer>");
        Removed removed = furniture.remove(body);
        assertThat(removed.counts()).containsEntry("script", 2).containsEntry("navigation", 1)
                .containsEntry("comments", 1).containsEntry("footer", 1);
        assertThat(body.text()).startsWith("The council adopted").doesNotContain("First!", "Home", "About us");
    }

    @Test
    void shouldKeepTheHeadlinesOfARelatedStoriesBoxWhenItRemovesIt() {
        Element body = body(STORY + "<div class='related-posts'><h3>Related</h3><ul>"
                + "<li><a href='/a'>Council approves new bus routes</a></li><li><a href='/b'>More</a></li>"
                + "<li><a href='/c'>Mayor presents the spending plan</a></li></ul></div>");
        assertThat(furniture.remove(body).relatedHeadlines())
                .containsExactly("Council approves new bus routes", "Mayor presents the spending plan");
    }

    @Test
    void shouldRemoveAnAdvertWhenOnlyAWholeClassTokenNamesIt() {
        Element body = body(STORY + "<div class='ad-container'><p>Continue Reading Below</p></div>"
                + "<div class='thread'><p>Keep me</p></div>");
        furniture.remove(body);
        assertThat(body.text()).doesNotContain("Continue Reading Below").contains("Keep me");
    }

    @Test
    void shouldRemoveAHoverCardWhenItSitsInsideASentence() {
        Element body = body("<p>Gov. <a href='/p'>Kristi Noem</a><span class='rollover-people-block'>"
                + "<a href='/q'>Governor doubles down on campaign</a></span> (R) defended the campaign.</p>" + STORY);
        furniture.remove(body);
        assertThat(body.text()).startsWith("Gov. Kristi Noem (R) defended the campaign.");
    }

    @Test
    void shouldRemoveThePagesMachineReadableDateWhenItIsPrintedAboveTheStory() {
        Element body = body("<h1>Calendário Stock Car 2018</h1><span class='data' itemprop='datePublished'>"
                + "segunda-feira, 22 de janeiro de 2018</span>" + STORY);
        assertThat(furniture.remove(body).counts()).containsEntry("dateline", 1);
        assertThat(body.text()).doesNotContain("janeiro").contains("The council adopted");
    }

    @Test
    void shouldKeepAnElementNamedLikeFurnitureWhenItHoldsMostOfTheStory() {
        Element body = body("<div class='sticky-sidebar-wrapper'>" + STORY + "</div><div class='sidebar'><p>Ads</p></div>");
        furniture.remove(body);
        assertThat(body.text()).startsWith("The council adopted").doesNotContain("Ads");
    }

    @Test
    void shouldKeepAFormWhenItWrapsTheWholePage() {
        Element body = body("<form id='aspnetForm'>" + STORY + "<input name='q'></form>");
        Removed removed = furniture.remove(body);
        assertThat(body.text()).startsWith("The council adopted");
        assertThat(removed.counts()).containsEntry("form", 1);
    }

    /** Reason by reason, in order: what lies inside an element removed for an earlier reason is not counted. */
    @Test
    void shouldCountNestedFurnitureOnceForEachReasonThatStillFindsIt() {
        Element body = body("<header><aside><nav><a href='/'>Home</a></nav></aside></header>" + STORY
                + "<aside role='navigation'><div hidden>x</div></aside><form><nav><p>Menu</p></nav><input></form>");
        Removed removed = furniture.remove(body);
        // The paragraph inside the form's nav is gone before forms are looked at: the form holds none, and goes.
        assertThat(removed.counts()).containsExactlyInAnyOrderEntriesOf(
                Map.of("navigation", 3, "header", 1, "form", 2));
        assertThat(body.text()).isEqualTo(Jsoup.parse(STORY).body().text());
    }
}
