package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeaserCardsTest {

    private static final String PROSE = "The two countries agreed to form a joint force to eliminate terrorist groups, "
            + "officials said after the meeting in Tehran on Monday.";

    private final BlockClassifier classifier = new BlockClassifier();
    private final TeaserCards teasers = new TeaserCards();

    private static List<String> card(String headline) {
        return List.of("□ picture.jpg", headline, "Jane Doe", "Tuesday November 19, 2019", PROSE);
    }

    @Test
    void shouldDemoteBlurbsWhenCardsRepeat() {
        List<String> page = new ArrayList<>(List.of(PROSE, PROSE));
        page.addAll(card("Carlos Ghosn and the dark side of justice"));
        page.addAll(card("What made Joker so popular"));
        List<Block> blocks = teasers.demote(classifier.classify(page));
        assertThat(blocks.get(6).kind()).isEqualTo(Kind.OTHER);
        assertThat(blocks.get(11).kind()).isEqualTo(Kind.OTHER);
        assertThat(blocks.get(1).kind()).isEqualTo(Kind.CONTENT);
    }

    @Test
    void shouldKeepALoneParagraphWhenOnlyOneCardShapeAppears() {
        List<String> page = new ArrayList<>(card("Atendimento registra arrombamento"));
        page.add("Facebook Twitter Whatsapp");
        assertThat(teasers.demote(classifier.classify(page)).get(4).kind()).isEqualTo(Kind.CONTENT);
    }
}
