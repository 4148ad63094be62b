package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateFilterTest {

    private static final String PROSE = "The two countries agreed to form a joint force to eliminate terrorist groups, "
            + "officials said after the meeting in Tehran on Monday.";

    private final BlockClassifier classifier = new BlockClassifier();
    private final BoilerplateFilter filter = new BoilerplateFilter();

    private Region mainRegion(List<String> paragraphs) {
        return filter.mainRegion(classifier.classify(paragraphs));
    }

    private static List<String> page(List<String> before, int proseParagraphs, List<String> after) {
        List<String> page = new ArrayList<>(before);
        page.addAll(Collections.nCopies(proseParagraphs, PROSE));
        page.addAll(after);
        return page;
    }

    @Test
    void shouldFindTheProseWhenMenusSurroundIt() {
        List<String> menu = List.of("• Home", "• Business", "• California", "• Sports", "• Opinion");
        assertThat(mainRegion(page(menu, 4, menu))).isEqualTo(new Region(5, 9));
    }

    @Test
    void shouldKeepTheStoryWholeWhenALoneAdvertisementInterruptsIt() {
        List<String> paragraphs = page(List.of(), 2, List.of("Advertisement"));
        paragraphs.addAll(Collections.nCopies(2, PROSE));
        assertThat(mainRegion(paragraphs)).isEqualTo(new Region(0, 5));
    }

    @Test
    void shouldStopBeforeTheTailWhenAListOfOtherStoriesFollows() {
        List<String> tail = List.of("Recent Posts", "IAEA chief to visit Iran",
                "The International Atomic Energy Agency, IAEA, on Tuesday confirmed reports that its chief Rafael Grossi…",
                "12 hours ago", "Over 10,000 people missing under rubble across Gaza",
                "The Palestinian Civil Defense service on Tuesday reported more than 10,000 people are still missing…",
                "14 hours ago");
        assertThat(mainRegion(page(List.of(), 3, tail))).isEqualTo(new Region(0, 3));
    }

    @Test
    void shouldStopBeforeTheTailWhenMoreProseFollowsATailHeading() {
        List<String> comments = new ArrayList<>(List.of("Leave a Reply"));
        comments.addAll(Collections.nCopies(2, PROSE));
        assertThat(mainRegion(page(List.of(), 4, comments))).isEqualTo(new Region(0, 4));
    }

    @Test
    void shouldFindNoRegionWhenThePageHasNoProse() {
        assertThat(mainRegion(List.of("• Home", "• Business", "Menu")).isEmpty()).isTrue();
    }

    @Test
    void shouldEndTheStoryAtATailHeadingWhenTheStoryIsAlreadyCutOut() {
        List<String> story = page(List.of(), 3, List.of("Related Articles", PROSE));
        assertThat(filter.beforeTail(classifier.classify(story))).isEqualTo(new Region(0, 3));
    }

    @Test
    void shouldKeepABoxInsideTheStoryWhenTheTailHeadingComesBeforeAnyProse() {
        List<String> story = List.of("Related Articles", PROSE, PROSE);
        assertThat(filter.beforeTail(classifier.classify(story))).isEqualTo(new Region(0, 3));
    }

    @Test
    void shouldRunToTheEndOfATextOnlyWhenNothingInItIsPageFurniture() {
        List<Block> clean = classifier.classify(List.of(PROSE, PROSE + " Again.", "Results:", "Japan 2 Syria 1"));
        assertThat(BoilerplateFilter.toEndOfCleanText(clean, filter.mainRegion(clean))).isEqualTo(new Region(0, 4));
        List<Block> page = classifier.classify(List.of(PROSE, PROSE + " Again.", "Results:", "Advertisement"));
        assertThat(BoilerplateFilter.toEndOfCleanText(page, filter.mainRegion(page))).isEqualTo(new Region(0, 2));
    }
}
