package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {

    private final KeywordExtractor keywords = new KeywordExtractor();

    private List<String> rouhani() {
        String body = new ArticleExtractor().extract(SimHashTest.seed("rouhani-khan-new-york.txt"), "text/plain", null)
                .body();
        return keywords.top("Rouhani, Imran Khan Discuss Border Security, Kashmir Plight", body, "en");
    }

    @Test
    void shouldPutTheStoryNamesFirstWhenGivenTheRouhaniSeed() {
        List<String> top = rouhani();
        assertThat(top).hasSize(KeywordExtractor.TOP);
        assertThat(top.subList(0, 5)).contains("Kashmir", "Pakistan", "Imran Khan");
        assertThat(top).doesNotContain("the", "said", "also");
    }

    @Test
    void shouldRankPastTheShortlistWhenItsPhrasesOverlapTooMuch() {
        // Seven phrases met five times each, then each one's five shorter parts alone: 42 candidates that outrank
        // three words met once, of which only the seven phrases can be kept.
        StringBuilder body = new StringBuilder();
        List<String> expected = new ArrayList<>();
        for (char group = 'a'; group < 'h'; group++) {
            String a = "zq" + group + "a";
            String b = "zq" + group + "b";
            String c = "zq" + group + "c";
            body.append((a + " " + b + " " + c + ", ").repeat(5));
            body.append(String.join(", ", a, b, c, a + " " + b, b + " " + c)).append(". ");
            expected.add(a + " " + b + " " + c);
        }
        body.append("quixotic, zephyrs, jackdaws.");
        expected.addAll(List.of("quixotic", "zephyrs", "jackdaws"));
        assertThat(keywords.top(null, body.toString(), "en")).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldKeepNoPhraseInsideAnotherWhenBothScoreHigh() {
        List<String> top = rouhani();
        assertThat(top).doesNotHaveDuplicates();
        for (String a : top) {
            for (String b : top) {
                if (a != b) {
                    assertThat(Collections.indexOfSubList(Arrays.asList(a.split(" ")), Arrays.asList(b.split(" "))))
                            .as("%s inside %s", b, a).isNegative();
                }
            }
        }
    }

    @Test
    void shouldWriteProperNounsAsWrittenWhenOtherWordsAreLowercased() {
        String body = "Border talks resumed. The border talks were held in Geneva. Officials in Geneva hosted the "
                + "border talks. NATO, from Geneva, watched the border talks.";
        assertThat(keywords.top(null, body, "en")).startsWith("border talks").contains("Geneva", "NATO");
    }

    @Test
    void shouldRankTitleWordsHigherWhenTheyAppearInTheTitle() {
        String body = "Bankers, farmers and traders met. Bankers, farmers and traders talked.";
        assertThat(keywords.top(null, body, "en").get(0)).isEqualTo("bankers");
        assertThat(keywords.top("Farmers protest", body, "en").get(0)).isEqualTo("farmers");
    }

    @Test
    void shouldGiveTheSameListWhenCalledTwice() {
        assertThat(rouhani()).isEqualTo(rouhani());
    }

    @Test
    void shouldDropStopWordsWhenTheLanguageHasAList() {
        for (String language : List.of("fr", "de", "es")) {
            List<String> top = keywords.top(null, LanguageSamples.BY_CODE.get(language), language);
            assertThat(top).as(language).isNotEmpty().noneMatch(keyword -> Arrays.stream(keyword.split(" "))
                    .anyMatch(word -> StopWords.of(language).contains(word.toLowerCase(java.util.Locale.ROOT))));
        }
        assertThat(keywords.top(null, LanguageSamples.FRENCH, "fr")).contains("conseil municipal", "nouveau budget");
        assertThat(keywords.top(null, LanguageSamples.GERMAN, "de")).contains("Stadtrat");
    }

    @Test
    void shouldFallBackToNamesAndLongWordsWhenTheLanguageHasNoList() {
        String italian = "Il sindaco di Milano ha presentato il bilancio. Secondo il sindaco di Milano, "
                + "il bilancio comunale finanzierà scuole e trasporti.";
        assertThat(keywords.top(null, italian, "it")).contains("Milano").anyMatch(keyword -> keyword.contains("bilancio"))
                .doesNotContain("il", "di", "ha");
        assertThat(keywords.top(null, LanguageSamples.PERSIAN, "fa")).isNotEmpty();
    }

    @Test
    void shouldReturnNothingWhenTheBodyIsBlank() {
        assertThat(keywords.top("Title", "", "en")).isEmpty();
        assertThat(keywords.top(null, null, null)).isEmpty();
    }

    @Test
    void shouldFinishQuicklyWhenTheTextIsLong() {
        String body = (LanguageSamples.ENGLISH + " Kashmir-Kashmir'''s ...").repeat(10_000);
        long start = System.nanoTime();
        assertThat(keywords.top("Budget", body, "en")).isNotEmpty();
        assertThat(System.nanoTime() - start).isLessThan(3_000_000_000L);
    }
}
