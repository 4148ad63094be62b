package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LineRolesTest {

    private static final String PROSE = "The two countries agreed to form a joint force to eliminate terrorist groups, "
            + "officials said after the meeting in Tehran on Monday.";

    private final BlockClassifier classifier = new BlockClassifier();
    private final LineRoles roles = new LineRoles();

    @Test
    void shouldTurnCreditsAndRepeatsIntoNoiseWhenTheyLookLikeText() {
        Map<Integer, String> reasons = new HashMap<>();
        List<Block> blocks = roles.refine(classifier.classify(List.of("By Jane Doe", "Nov. 19, 2019", PROSE,
                "The plague wiped out half of Europe in the 14th century (Image: GETTY)", "[vw-concept-6]", PROSE)),
                reasons, new CreditReadings());
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.NOISE, Kind.NOISE, Kind.CONTENT, Kind.NOISE,
                Kind.NOISE, Kind.NOISE);
        assertThat(reasons).containsEntry(0, "byline").containsEntry(1, "dateline").containsEntry(3, "caption")
                .containsEntry(5, "duplicate");
    }

    @Test
    void shouldSeeARepeatOnlyWhenTheWholeLineIsPrintedAgain() {
        // Same length, same first and last words: only the middle tells the second line from the first.
        String other = PROSE.replace("joint force", "joint panel");
        Map<Integer, String> reasons = new HashMap<>();
        List<Block> blocks = roles.refine(classifier.classify(List.of(PROSE, other, "Share", "Share", PROSE, other)),
                reasons, new CreditReadings());
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.CONTENT, Kind.CONTENT, Kind.BOILERPLATE,
                Kind.BOILERPLATE, Kind.NOISE, Kind.NOISE);
        assertThat(reasons).containsOnlyKeys(4, 5).containsEntry(4, "duplicate").containsEntry(5, "duplicate");
    }

    @Test
    void shouldKeepAQuotedPostsSignatureAndAWireDatelineWhenTheyLookLikeCredits() {
        Map<Integer, String> reasons = new HashMap<>();
        List<Block> blocks = roles.refine(classifier.classify(List.of("HALDEN 2026-03-14", PROSE,
                "— Ann Example (@ann_example) March 14, 2026", "- Posted by Staff, March 14, 2026")), reasons, new CreditReadings());
        assertThat(blocks).extracting(Block::kind).containsExactly(Kind.OTHER, Kind.CONTENT, Kind.SHORT_SENTENCE,
                Kind.NOISE);
        assertThat(reasons).containsOnlyKeys(3);
    }

    @Test
    void shouldSeeACreditWhenAShortLineCreditsAPictureOrTheStory() {
        assertThat(LineRoles.isCredit("© Ann Example", 2)).isTrue();
        assertThat(LineRoles.isCredit("Copyright 2026 Example News. All rights reserved.", 7)).isTrue();
        assertThat(LineRoles.isCredit("Provided by Example Space Agency", 5)).isTrue();
        assertThat(LineRoles.isCredit("Image Source: Ann Example / Example Pictures", 6)).isTrue();
        assertThat(LineRoles.isCredit(PROSE, 22)).isFalse();
        assertThat(LineRoles.isCredit("Source: officials said the talks in Tehran went on for hours and ended late "
                + "on Monday night", 17)).isFalse();
    }

    @Test
    void shouldKeepAgencyDatelinesWhenTheyOpenAParagraph() {
        assertThat(LineRoles.isCaption("NEW YORK (Reuters) - Oil prices fell sharply on Tuesday.", 10)).isFalse();
    }

    @Test
    void shouldSeeACaptionWhenItOpensOrClosesTheWayAgencyCaptionsDo() {
        assertThat(LineRoles.isCaption("In this photo issued by ITV, Jeremy Corbyn reacts during the debate in Salford, "
                + "England, Tuesday, Nov. 19, 2019", 18)).isTrue();
        assertThat(LineRoles.isCaption("Boris Johnson reacts during the debate. (ITV via AP)", 9)).isTrue();
        assertThat(LineRoles.isCaption("ITV, ASSOCIATED PRESS", 3)).isTrue();
        assertThat(LineRoles.isCaption("Europa rising above Jupiter's cloud tops. (Source: NASA)", 9)).isTrue();
        assertThat(LineRoles.isCaption("Christopher Battin Submitted photo", 4)).isTrue();
        assertThat(LineRoles.isCaption("He said so in an interview with The Associated Press.", 10)).isFalse();
    }
}
