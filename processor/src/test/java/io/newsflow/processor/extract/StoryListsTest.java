package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import io.newsflow.processor.extract.BoilerplateFilter.Region;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryListsTest {

    private final BlockClassifier classifier = new BlockClassifier();
    private final StoryLists lists = new StoryLists();

    private static BitSet starts(int... indexes) {
        BitSet starts = new BitSet();
        for (int i : indexes) {
            starts.set(i);
        }
        return starts;
    }

    @Test
    void shouldKeepATableWhenItsRowsArePrintedTogether() {
        List<Block> blocks = classifier.classify(List.of("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL",
                "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL", "June 14 -- Ameris Bank Amphitheatre, GA",
                "June 17 -- Bridgestone Arena, Nashville, TN"));
        assertThat(lists.keepTables(blocks, starts(0))).extracting(Block::kind).containsOnly(Kind.SHORT_SENTENCE);
    }

    @Test
    void shouldLeaveRowsAloneWhenBlankLinesSetThemApart() {
        List<Block> blocks = classifier.classify(List.of("June 9 -- West Palm Beach, FL", "June 10 -- Tampa, FL",
                "June 14 -- Alpharetta, GA", "June 17 -- Nashville, TN"));
        assertThat(lists.keepTables(blocks, starts(0, 1, 2, 3))).extracting(Block::kind).containsOnly(Kind.OTHER);
    }

    @Test
    void shouldExtendTheStoryWhenItsLastLineAnnouncesAList() {
        List<Block> blocks = classifier.classify(List.of("The game offers many things to try this autumn.", "It has:",
                "• Hundreds of new tasks", "• Dozens of questions", "• Facebook", "• More tasks"));
        assertThat(lists.withAnnouncedList(blocks, new Region(0, 2), starts(0, 1, 2))).isEqualTo(new Region(0, 4));
    }

    @Test
    void shouldKeepTheStoryWhenItsLastLineAnnouncesNothing() {
        List<Block> blocks = classifier.classify(List.of("The game offers many things to try this autumn.",
                "• Hundreds of new tasks"));
        assertThat(lists.withAnnouncedList(blocks, new Region(0, 1), starts(0, 1))).isEqualTo(new Region(0, 1));
    }

    @Test
    void shouldEndTheStoryWhenAListOfOtherStoriesFollowsItsHeading() {
        List<Block> blocks = classifier.classify(List.of("Related", "1. Kohl's and Macy's are tanking, four investors say",
                "2. This is the best stock to play catch-up to the Dow record rally, traders agree"));
        assertThat(lists.endAtRelatedLists(blocks)).extracting(Block::kind)
                .startsWith(Kind.END_MARKER);
    }

    @Test
    void shouldKeepARelatedHeadingAsItIsWhenNoListFollowsIt() {
        List<Block> blocks = classifier.classify(List.of("Related", "The company said on Monday that sales rose.",
                "1. First"));
        assertThat(lists.endAtRelatedLists(blocks).get(0).kind()).isEqualTo(blocks.get(0).kind());
    }
}
