package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Golden tests on the project's sample articles: text copied from web pages, as users paste it. */
class SeedArticlesTest {

    private static final String TEHRAN = "tehran-islamabad-ties.txt";
    private static final String ROUHANI = "rouhani-khan-new-york.txt";

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String seed) {
        return extractor.extract(read(seed), "text/plain", null);
    }

    private static String read(String seed) {
        try (InputStream in = SeedArticlesTest.class.getResourceAsStream("/seeds/" + seed)) {
            assertThat(in).as("seed %s on the test classpath", seed).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldFindHeadlineAndSectionWhenASectionLabelOpensThePage() {
        Extraction extraction = extract(TEHRAN);
        assertThat(extraction.title()).isEqualTo("Stronger Tehran-Islamabad Ties Underscored");
        assertThat(extraction.section()).isEqualTo("National");
        assertThat(extraction.body()).doesNotContain("National\n").startsWith("Leader of Islamic Revolution");
        assertThat(extraction.body()).endsWith("A memorandum of understanding was also signed by the two countries' health ministers.");
    }

    @Test
    void shouldSkipTheKickerAndCutTheAuthorBoxWhenTheyFrameTheStory() {
        Extraction extraction = extract(ROUHANI);
        assertThat(extraction.title()).isEqualTo("Rouhani, Imran Khan Discuss Border Security, Kashmir Plight");
        assertThat(extraction.section()).isNull();
        assertThat(extraction.body()).startsWith("Iranian President Hassan Rouhani has held talks")
                .doesNotContain("IFP Exclusive", "IFP Editorial Staff", "Recent Posts", "hours ago")
                .endsWith("\n\nIndia and Pakistan have fought three wars over the territory.");
    }

    @TestFactory
    Stream<DynamicTest> shouldProduceCleanEnglishBodiesWhenGivenEachSeed() {
        return Stream.of(TEHRAN, ROUHANI).map(seed -> DynamicTest.dynamicTest(seed, () -> {
            Extraction extraction = extract(seed);
            String body = extraction.body();
            assertThat(body).doesNotContain("\u00A0", "\r", "\n\n\n", "\t").doesNotStartWith("\n").doesNotEndWith("\n");
            assertThat(body.lines()).noneMatch(line -> !line.isEmpty() && Character.isWhitespace(line.charAt(0)));
            assertThat(body.split("\n\n")).allSatisfy(paragraph -> assertThat(paragraph).isNotBlank().doesNotContain("\n"));
            assertThat(body).doesNotContain(extraction.title());
            assertThat(extraction.language()).isEqualTo("en");
            assertThat(extraction.wordCount()).isEqualTo(new WordCounter().count(body)).isGreaterThan(400);
        }));
    }
}
