package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AskableWordsTest {

    private static final String TEXT = "EASTBROOK — Residents weighed the Election plan's 2021 cost; the \u212Ailn reopened.";

    private static Set<String> found(Set<String> askable, String text) {
        Set<String> found = new HashSet<>();
        new AskableWords(askable).findIn(text, found);
        return found;
    }

    @Test
    void searchedWordsAreFoundInAnyCaseAsWholeWordsOnly() {
        Set<String> askable = Set.of("eastbrook", "election", "weigh", "2021", "kiln", "plan", "s", "reopen");

        assertThat(found(askable, TEXT)).containsExactlyInAnyOrder("eastbrook", "election", "2021", "kiln", "plan",
                "s");
    }

    @Test
    void manyWordsAreMatchedWordByWordWithTheSameAnswer() {
        Set<String> askable = new HashSet<>(List.of("eastbrook", "election", "weigh", "2021", "kiln", "plan", "s",
                "reopen"));
        for (int i = 0; i < 20; i++) {
            askable.add("absent" + i);
        }

        assertThat(found(askable, TEXT)).containsExactlyInAnyOrder("eastbrook", "election", "2021", "kiln", "plan",
                "s");
    }

    @Test
    void countsRunsOfLettersAndDigitsEitherWay() {
        AskableWords searched = new AskableWords(Set.of("plan"));
        AskableWords matched = new AskableWords(Set.of("plan", "é"));

        assertThat(searched.findIn(TEXT, new HashSet<>())).isEqualTo(12);
        assertThat(matched.findIn(TEXT, new HashSet<>())).isEqualTo(12);
    }

    @Test
    void findsAWordByItsAnchorInCapitalsOrAsTheKelvinSignAloneAndReadsADottedCapitalIAsTheLowerCasedCopyDoes() {
        Set<String> askable = Set.of("kiln", "vote", "istanbul");

        assertThat(found(askable, "the \u212Ailn reopened")).containsExactly("kiln");
        assertThat(found(askable, "VOTE in KILN")).containsExactlyInAnyOrder("vote", "kiln");
        assertThat(found(askable, "the kiln in \u0130stanbul")).containsExactly("kiln");
        assertThat(found(askable, "the kiln in Istanbul")).containsExactlyInAnyOrder("kiln", "istanbul");
    }
}
