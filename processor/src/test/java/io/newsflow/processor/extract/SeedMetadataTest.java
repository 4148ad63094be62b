package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Golden metadata of the sample articles: what the plain-text parser reads around the story. */
class SeedMetadataTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String seed) {
        try (InputStream in = SeedMetadataTest.class.getResourceAsStream("/seeds/" + seed)) {
            assertThat(in).as("seed %s on the test classpath", seed).isNotNull();
            return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), "text/plain", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldReadTheStandfirstAsSubtitleWhenItFollowsTheHeadline() {
        Extraction extraction = extract("tehran-islamabad-ties.txt");
        assertThat(extraction.subtitle()).isEqualTo("Iran and Pakistan agreed to form and station joint "
                + "rapid-response forces in border areas to combat terrorism");
        assertThat(extraction.body()).doesNotStartWith(extraction.subtitle());
    }

    @Test
    void shouldListRecentPostsAndTheAuthorBoxWhenTheyFollowTheStory() {
        Extraction extraction = extract("rouhani-khan-new-york.txt");
        assertThat(extraction.relatedHeadlines()).containsExactly("IAEA chief to visit Iran",
                "Israel will invade Gaza’s Rafah ‘with or without deal’ with Hamas: Netanyahu",
                "Over 10,000 people missing under rubble across Gaza",
                "Reoort: Raisi’s administration sets inflation record",
                "Rival Palestinian groups Fatah, Hamas meet in China",
                "US advocacy groups support Palestine solidarity campus protests amid Gaza war");
        assertThat(extraction.authors()).containsExactly("IFP Editorial Staff");
        assertThat(extraction.removedBlocks()).containsEntry("related", 19).containsEntry("author-bio", 2);
        assertThat(extraction.body()).endsWith("India and Pakistan have fought three wars over the territory.");
    }
}
