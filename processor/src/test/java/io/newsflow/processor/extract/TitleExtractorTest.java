package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.BlockClassifier.Block;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {

    private static final String LEAD = "Iranian President Hassan Rouhani has held talks with Pakistani Prime Minister "
            + "Imran Khan in New York on border security and the plight of the people of Kashmir.";

    private final BlockClassifier classifier = new BlockClassifier();
    private final TitleExtractor titles = new TitleExtractor();

    private String title(List<String> paragraphs, int bodyStart) {
        List<Block> blocks = classifier.classify(paragraphs);
        int index = titles.find(blocks, bodyStart, blocks.size(), new CreditReadings());
        return index < 0 ? null : blocks.get(index).text();
    }

    @Test
    void shouldSkipTheKickerWhenItIsTooShortToBeAHeadline() {
        assertThat(title(List.of("IFP Exclusive", "Rouhani, Imran Khan Discuss Border Security, Kashmir Plight", LEAD), 2))
                .isEqualTo("Rouhani, Imran Khan Discuss Border Security, Kashmir Plight");
    }

    @Test
    void shouldFindTheHeadlineEchoedWhenTheStoryWritesItsWordsInCapitals() {
        assertThat(title(List.of("Menu", "Rouhani and Khan Discuss Kashmir",
                "ISLAMABAD — ROUHANI and KHAN held talks on border security and the plight of KASHMIR today."), 2))
                .isEqualTo("Rouhani and Khan Discuss Kashmir");
    }

    @Test
    void shouldMatchTheEchoAsTheLowerCasedStoryReadsWhenItHasADottedCapitalI() {
        // "İzmir" lower-cases to "i̇zmir" (two characters for the first), which does not echo "izmir".
        List<String> menu = List.of("Menu", "Home", "Sections", "Izmir Leaders Meet");
        String dotted = "The leaders met on Tuesday in İzmir and agreed on border security, officials said.";
        String plain = "The leaders met on Tuesday in Izmir and agreed on border security, officials said.";
        assertThat(title(concat(menu, dotted), 4)).isNull();
        assertThat(title(concat(menu, plain), 4)).isEqualTo("Izmir Leaders Meet");
    }

    private static List<String> concat(List<String> lines, String last) {
        List<String> all = new ArrayList<>(lines);
        all.add(last);
        return all;
    }

    @Test
    void shouldPreferTheHeadlineWhenAStandfirstFollowsIt() {
        assertThat(title(List.of("Rouhani and Khan Discuss Kashmir",
                "Iranian and Pakistani leaders held talks on border security in New York", LEAD), 2))
                .isEqualTo("Rouhani and Khan Discuss Kashmir");
    }

    @Test
    void shouldSkipMenuItemsWhenTheStoryDoesNotEchoThem() {
        assertThat(title(List.of("Support independent journalism", "• Business", "Show more sharing options",
                "Rouhani Meets Khan in New York", "By Staff Writer", LEAD), 5))
                .isEqualTo("Rouhani Meets Khan in New York");
    }

    @Test
    void shouldTakeTheFirstLineWhenACleanArticleOpensWithAnUnechoedHeadline() {
        assertThat(title(List.of("A Quiet Evening at the Border Crossing", LEAD), 1))
                .isEqualTo("A Quiet Evening at the Border Crossing");
    }

    @Test
    void shouldFindNoTitleWhenNothingAboveTheBodyLooksLikeAHeadline() {
        assertThat(title(List.of("By Staff Writer", "Nov. 19, 2019", LEAD), 2)).isNull();
        assertThat(title(List.of(LEAD), 0)).isNull();
    }

    @Test
    void shouldTakeTheHeadlineOnItsOwnWhenABreadcrumbTrailRunsIntoItAbove() {
        assertThat(title(List.of("Home News World Rouhani Meets Khan in New York", "Rouhani Meets Khan in New York",
                "November 18, 2019", LEAD), 3)).isEqualTo("Rouhani Meets Khan in New York");
    }

    @Test
    void shouldNotTakeALineOfFunctionWordsForTheHeadline() {
        assertThat(title(List.of("Menu", "• Home", "• News", "You are signed in as", "Back to the top of it",
                LEAD + " You are here, back in it."), 5))
                .isNull();
    }

    @Test
    void shouldPreferTheHeadlineWithABylineUnderItWhenAnotherHeadlineIsEchoedAbove() {
        assertThat(title(List.of("Menu", "• Home", "• News", "Khan and Rouhani in New York: what next for Kashmir",
                "November 18, 2019", "Rouhani Discusses Kashmir Plight with Imran Khan", "By Jane Doe", LEAD), 7))
                .isEqualTo("Rouhani Discusses Kashmir Plight with Imran Khan");
    }

    @Test
    void shouldPreferTheHeadlineWhenACommentCountStandsBetweenItAndTheStandfirst() {
        assertThat(title(List.of("Rouhani and Khan Discuss Kashmir", "New, 15 comments",
                "Iranian and Pakistani leaders held talks on border security in New York", "By Jane Doe", LEAD), 4))
                .isEqualTo("Rouhani and Khan Discuss Kashmir");
    }

    @Test
    void shouldFindAHeadlineWithItsBylineWhenAGallerySeparatesItFromTheStory() {
        List<String> page = new java.util.ArrayList<>(List.of("Menu", "Rouhani Discusses Kashmir Plight with Imran Khan",
                "By Jane Doe"));
        for (int i = 1; i <= 30; i++) {
            page.add("Image " + i + " of 30");
        }
        page.add(LEAD);
        assertThat(title(page, page.size() - 1)).isEqualTo("Rouhani Discusses Kashmir Plight with Imran Khan");
    }

    @Test
    void shouldNeverTakeABreadcrumbTrailForTheHeadline() {
        for (String trail : List.of("Home » Rouhani Khan Kashmir »", "News > Pakistan > Kashmir > Rouhani Khan",
                "Home / Iranian President Rouhani")) {
            assertThat(title(List.of(trail, LEAD), 1)).as(trail).isNull();
        }
        assertThat(title(List.of("Rouhani Meets Khan / Kashmir Talks", LEAD), 1))
                .isEqualTo("Rouhani Meets Khan / Kashmir Talks");
    }

    @Test
    void shouldTakeAHeadlineEndingInAFullStopOnlyWithItsDateUnderIt() {
        String headline = "Rouhani and Khan meet on Kashmir. They just might agree.";
        assertThat(title(List.of(headline, "Posted Nov 18, 8:19 PM", LEAD), 2)).isEqualTo(headline);
        // A caption runs into the byline: a sentence, not the headline.
        assertThat(title(List.of(headline, "By Staff Writer", LEAD), 2)).isNull();
    }

    @Test
    void shouldTakeAnUnechoedHeadlineWithItsCreditsRightAboveTheStory() {
        assertThat(title(List.of("Menu", "Sign In", "A Season of Quiet Diplomacy", "by Jeff Foust",
                "Monday, November 18, 2019", "Bookmark and Share", LEAD), 6)).isEqualTo("A Season of Quiet Diplomacy");
        // Without its credits, a line above the story may be anything: a label, a teaser, a menu.
        assertThat(title(List.of("Menu", "Sign In", "A Season of Quiet Diplomacy", "Bookmark and Share", LEAD), 4))
                .isNull();
    }

    @Test
    void shouldNotTakeAnotherStorysTeaserCardForTheHeadline() {
        String card = "Rouhani and Khan Discuss Kashmir";
        assertThat(title(List.of(card, "WORLD NEWS", card, "November 16, 2016", LEAD), 4)).isNull();
        // The story's own headline printed twice has its credits after it, not a date of its own.
        assertThat(title(List.of(card, card, "By Staff Writer", LEAD), 3)).isEqualTo(card);
    }
}
