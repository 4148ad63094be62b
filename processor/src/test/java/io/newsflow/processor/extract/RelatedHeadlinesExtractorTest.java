package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelatedHeadlinesExtractorTest {

    private final BlockClassifier classifier = new BlockClassifier();
    private final RelatedHeadlinesExtractor related = new RelatedHeadlinesExtractor();

    @Test
    void shouldKeepHeadlinesAndSkipBlurbsAndDatesWhenAListFollowsTheStory() {
        Set<Integer> listed = new HashSet<>();
        List<String> headlines = related.find(classifier.classify(List.of("Story text ends here.", "Recent Posts",
                "IAEA chief to visit Iran", "The agency on Tuesday confirmed reports that its chief…", "12 hours ago",
                "Over 10,000 people missing under rubble across Gaza")), 0, listed);
        assertThat(headlines).containsExactly("IAEA chief to visit Iran",
                "Over 10,000 people missing under rubble across Gaza");
        assertThat(listed).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
    }

    @Test
    void shouldReadAnInlineLinkWhenALinePointsToAnotherStory() {
        assertThat(related.find(classifier.classify(List.of("Related post: Pickled Brussels Sprouts Recipe")), 0,
                new HashSet<>())).containsExactly("Pickled Brussels Sprouts Recipe");
    }
}
