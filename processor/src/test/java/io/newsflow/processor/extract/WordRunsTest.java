package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordRunsTest {

    @Test
    void shouldFindTheRunsOfLettersAndDigitsWhateverSurroundsThem() {
        assertThat(runs("  Iran’s rapid-response, 23 Sept. Tehran")).containsExactly("Iran", "s", "rapid", "response",
                "23", "Sept", "Tehran");
        assertThat(runs("روز سه\u200Cشنبه 字")).containsExactly("روز", "سه", "شنبه", "字");
        assertThat(runs("")).isEmpty();
        assertThat(runs(" — … ")).isEmpty();
    }

    @Test
    void shouldHashEachRunAsItsLowerCaseWouldBeHashed() {
        String text = "Rouhani met KHAN in Élysée, 2019";
        char[] chars = text.toCharArray();
        WordRuns runs = WordRuns.of(chars);
        assertThat(runs.count).isEqualTo(6);
        for (int r = 0; r < runs.count; r++) {
            String run = text.substring(runs.starts[r], runs.ends[r]);
            assertThat(runs.lowerHashes[r]).as(run).isEqualTo(fnv1a(run.toLowerCase(Locale.ROOT)));
            assertThat(WordRuns.lowerHash(chars, runs.starts[r], runs.ends[r])).as(run).isEqualTo(runs.lowerHashes[r]);
        }
    }

    @Test
    void shouldHashARangeAcrossRunsWithTheCharactersBetweenThemAsTheyAre() {
        String text = "Well-Known don't";
        assertThat(WordRuns.lowerHash(text.toCharArray(), 0, 10)).isEqualTo(fnv1a("well-known"));
        assertThat(WordRuns.lowerHash(text.toCharArray(), 11, 16)).isEqualTo(fnv1a("don't"));
    }

    @Test
    void shouldGrowPastTheRunsItMakesRoomForWhenTheTextIsAllShortWords() {
        assertThat(runs("a b c d e f g h i j k l m n o p q r s t u v w x y z")).hasSize(26).endsWith("z");
    }

    @Test
    void shouldFindInARoomTheRunsItFindsWithoutOneWhateverTheRoomHeldBefore() {
        WordRuns.Room room = new WordRuns.Room();
        // First a text whose run arrays are too large to keep, then ones that fit or outgrow what was kept.
        for (String text : List.of("the ".repeat(100_000), "Rouhani met KHAN in Élysée, 2019", "a b c d e f g h i j k l m",
                "Iran’s", "a ".repeat(70_000), "Iran")) {
            WordRuns alone = WordRuns.of(text.toCharArray());
            WordRuns inRoom = WordRuns.of(text.toCharArray(), room);
            assertThat(inRoom.count).isEqualTo(alone.count);
            assertThat(Arrays.copyOf(inRoom.starts, inRoom.count)).isEqualTo(Arrays.copyOf(alone.starts, alone.count));
            assertThat(Arrays.copyOf(inRoom.ends, inRoom.count)).isEqualTo(Arrays.copyOf(alone.ends, alone.count));
            assertThat(Arrays.copyOf(inRoom.lowerHashes, inRoom.count))
                    .isEqualTo(Arrays.copyOf(alone.lowerHashes, alone.count));
        }
    }

    @Test
    void shouldTellWhetherTheTextHasACurlyApostrophe() {
        assertThat(WordRuns.of("Iran’s “deal”".toCharArray()).hasCurlyApostrophe).isTrue();
        assertThat(WordRuns.of("Iran's “deal” — ‘".toCharArray()).hasCurlyApostrophe).isFalse();
    }

    @Test
    void shouldTellACombiningMarkOrASurrogateFromOtherCharactersOutsideTheRuns() {
        assertThat(WordRuns.of("naïve “quotes” — dashes".toCharArray()).hasMarksOrSurrogates).isFalse();
        assertThat(WordRuns.of("नमस्ते".toCharArray()).hasMarksOrSurrogates).isTrue();
        assertThat(WordRuns.of("smile 😀".toCharArray()).hasMarksOrSurrogates).isTrue();
    }

    private static List<String> runs(String text) {
        WordRuns runs = WordRuns.of(text.toCharArray());
        List<String> found = new ArrayList<>();
        for (int r = 0; r < runs.count; r++) {
            found.add(text.substring(runs.starts[r], runs.ends[r]));
        }
        return found;
    }

    private static long fnv1a(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }

    @Test
    void shouldAnswerGeneralPunctuationAsTheUnicodeTablesDoWithoutThem() {
        for (char c = '\u2000'; c <= '\u206F'; c++) {
            assertThat(WordRuns.isGeneralPunctuation(c)).isTrue();
            int type = Character.getType(c);
            assertThat(Character.isLetterOrDigit(c) || Character.isSurrogate(c) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK)
                    .as("U+%04X", (int) c).isFalse();
        }
        assertThat(WordRuns.isGeneralPunctuation('\u1FFF')).isFalse();
        assertThat(WordRuns.isGeneralPunctuation('\u2070')).isFalse();
    }
}
