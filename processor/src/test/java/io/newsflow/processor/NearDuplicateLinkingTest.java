package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.EnrichedArticle;
import io.newsflow.processor.extract.ArticleExtractor;
import io.newsflow.processor.extract.Extraction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Articles with different ids and nearly the same text are linked into one story, within the window. */
class NearDuplicateLinkingTest {

    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final Duration WINDOW = Duration.ofDays(2);
    private static final long BASE = 0x0f0f_3c3c_a5a5_1234L;

    @TempDir
    Path stateDir;

    private TopologyHarness harness;

    /** The fingerprint is read from the content's first line, so each test chooses the exact bits. */
    private static Extraction extract(String content, String contentType, Instant ingestedAt) {
        String fingerprint = content.lines().findFirst().orElseThrow();
        return new Extraction(null, null, null, null, List.of(), null, null, content, "en", 0.9, 3, 1, List.of(),
                List.of(), List.of(), List.of(), List.of(), fingerprint.equals("none") ? null : fingerprint, Map.of());
    }

    private TopologyHarness start(Extractor extractor) {
        harness = new TopologyHarness(stateDir, "1.0", new NearDuplicateSettings(3, WINDOW), extractor, CLOCK);
        return harness;
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldLinkAnArticleWithinTheDistanceAndWindowToTheFirstArticleOfTheStory() {
        TopologyHarness h = start(NearDuplicateLinkingTest::extract);
        h.ingest("first", text(BASE), T0);
        h.ingest("copy", text(BASE ^ 0b1 ^ 1L << 20 ^ 1L << 63), T0.plusSeconds(3600)); // 3 bits in 3 bands
        h.ingest("far", text(BASE ^ 0b1111), T0.plusSeconds(7200)); // 4 bits in one band

        Map<String, EnrichedArticle> out = byId(h.enriched.readValuesToList());
        assertThat(out.get("first").storyId()).isEqualTo("first");
        assertThat(out.get("first").duplicateOf()).isNull();
        assertThat(out.get("copy").storyId()).isEqualTo("first");
        assertThat(out.get("copy").duplicateOf()).isEqualTo("first");
        assertThat(out.get("far").storyId()).isEqualTo("far");
        assertThat(out.get("far").duplicateOf()).isNull();
    }

    @Test
    void shouldNotLinkArticlesFurtherApartInTimeThanTheWindow() {
        TopologyHarness h = start(NearDuplicateLinkingTest::extract);
        h.ingest("first", text(BASE), T0);
        h.ingest("late", text(BASE), T0.plus(WINDOW).plusMillis(1));
        h.ingest("on-the-edge", text(BASE ^ 1), T0.plus(WINDOW));

        Map<String, EnrichedArticle> out = byId(h.enriched.readValuesToList());
        assertThat(out.get("late").storyId()).isEqualTo("late");
        assertThat(out.get("on-the-edge").duplicateOf()).isEqualTo("first");
    }

    @Test
    void shouldPutAnArticleNearALaterMemberInTheStoryOfItsFirstArticle() {
        TopologyHarness h = start(NearDuplicateLinkingTest::extract);
        h.ingest("first", text(BASE), T0);
        h.ingest("second", text(BASE ^ 0b111), T0.plusSeconds(60));
        h.ingest("third", text(BASE ^ 0b11111), T0.plusSeconds(120)); // 5 bits from first, 2 from second

        Map<String, EnrichedArticle> out = byId(h.enriched.readValuesToList());
        assertThat(out.get("third").storyId()).isEqualTo("first");
        assertThat(out.get("third").duplicateOf()).isEqualTo("first");
    }

    @Test
    void shouldKeepAnArticlesStoryWhenItComesAgainAfterItsNeighboursLeftTheWindow() {
        TopologyHarness h = start(NearDuplicateLinkingTest::extract);
        h.ingest("first", text(BASE), T0);
        h.ingest("copy", text(BASE ^ 1), T0.plusSeconds(60));
        // A new version of "copy" (other content, same fingerprint), a month later, as in a replay.
        h.ingest("copy", text(BASE ^ 1) + "Corrected a typo.\n", T0.plus(Duration.ofDays(30)));
        h.ingest("stranger", text(BASE ^ 1), T0.plus(Duration.ofDays(30)).plusSeconds(1));

        List<EnrichedArticle> out = h.enriched.readValuesToList();
        assertThat(out).hasSize(4);
        assertThat(out.get(2).id()).isEqualTo("copy");
        assertThat(out.get(2).duplicateOf()).isEqualTo("first");
        assertThat(out.get(3).id()).isEqualTo("stranger");
        assertThat(out.get(3).duplicateOf()).as("near the new version of copy, in the story of first")
                .isEqualTo("first");
    }

    @Test
    void shouldLinkNothingOnceTheWholeStoryIsOutsideTheWindow() {
        TopologyHarness h = start(NearDuplicateLinkingTest::extract);
        h.ingest("first", text(BASE), T0);
        h.ingest("copy", text(BASE ^ 1), T0.plusSeconds(60));
        h.ingest("much-later", text(BASE ^ 1), T0.plus(Duration.ofDays(30)));

        assertThat(h.enriched.readValuesToList()).extracting(EnrichedArticle::storyId)
                .containsExactly("first", "first", "much-later");
    }

    @Test
    void shouldLeaveAnArticleWithoutFingerprintAloneInItsStory() {
        TopologyHarness h = start(NearDuplicateLinkingTest::extract);
        h.ingest("empty-1", "none\n", T0);
        h.ingest("empty-2", "none\nother\n", T0.plusSeconds(1));

        assertThat(h.enriched.readValuesToList()).extracting(EnrichedArticle::storyId)
                .containsExactly("empty-1", "empty-2");
    }

    @Test
    void shouldLinkAnEditedCopyOfARealArticleButNotTheOtherSample() throws IOException {
        String tehran = Files.readString(Path.of("..", "samples", "tehran-islamabad-ties.txt"));
        String rouhani = Files.readString(Path.of("..", "samples", "rouhani-khan-new-york.txt"));
        String edited = tehran.replaceFirst("\\bMonday\\b", "Tuesday").replaceFirst("\\bstronger\\b", "closer");
        assertThat(edited).isNotEqualTo(tehran);
        TopologyHarness h = start(new ArticleExtractor()::extract);
        h.ingest("site-a", tehran, T0);
        h.ingest("site-b", edited, T0.plus(Duration.ofHours(5)));
        h.ingest("other", rouhani, T0.plus(Duration.ofHours(6)));

        Map<String, EnrichedArticle> out = byId(h.enriched.readValuesToList());
        assertThat(out.get("site-b").duplicateOf()).isEqualTo("site-a");
        assertThat(out.get("other").storyId()).isEqualTo("other");
    }

    private static String text(long fingerprint) {
        return FingerprintBands.format(fingerprint) + "\n";
    }

    private static Map<String, EnrichedArticle> byId(List<EnrichedArticle> articles) {
        return articles.stream().collect(Collectors.toMap(EnrichedArticle::id, Function.identity()));
    }
}
