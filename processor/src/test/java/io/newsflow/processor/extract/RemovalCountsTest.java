package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemovalCountsTest {

    private static final String PROSE = "The two countries agreed to form a joint force to eliminate terrorist groups, "
            + "officials said after the meeting in Tehran on Monday.";

    private final BlockClassifier classifier = new BlockClassifier();
    private final RemovalCounts counts = new RemovalCounts();

    @Test
    void shouldCountEachDroppedLineByReasonWhenTheStoryIsFramed() {
        Map<String, Integer> removed = counts.count(classifier.classify(List.of("• Home", "• Sports", PROSE,
                "Advertisement", PROSE, "• Facebook", "© 2019 Example Media")), 2, 5, Map.of(), Set.of(2, 4), Set.of());
        assertThat(removed).containsExactlyInAnyOrderEntriesOf(Map.of("navigation", 2, "advertisement", 1,
                "share", 1, "footer", 1));
    }
}
