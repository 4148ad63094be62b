package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.DeadLetter;
import io.newsflow.events.DeadLetterReason;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.processor.extract.ArticleExtractor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-ingested article versions: identical ones are recorded as duplicates, changed ones are new versions. */
class DuplicateHandlingTest {

    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T12:00:00Z"), ZoneOffset.UTC);
    private static final String ARTICLE = """
            Ministers Meet in Geneva

            The foreign ministers of several countries met in Geneva on Monday to discuss trade and security.

            They agreed to meet again next year.
            """;

    @TempDir
    Path stateDir;

    private final AtomicInteger extractions = new AtomicInteger();
    private TopologyHarness harness;

    private TopologyHarness start(String processorVersion) {
        if (harness != null) {
            harness.close();
        }
        ArticleExtractor extractor = new ArticleExtractor();
        harness = new TopologyHarness(stateDir, processorVersion, NearDuplicateSettings.defaults(),
                (content, type, at) -> {
                    extractions.incrementAndGet();
                    return extractor.extract(content, type, at);
                }, CLOCK);
        return harness;
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldEnrichTheSameFileIngestedTwiceOnceAndRecordTheSecondAsADuplicate() {
        TopologyHarness h = start("1.0");
        h.ingest("a", ARTICLE, T0);
        h.ingest("a", ARTICLE, T0.plusSeconds(3600));

        List<EnrichedArticle> articles = h.enriched.readValuesToList();
        assertThat(articles).hasSize(1);
        DeadLetter duplicate = h.deadLetters.readValue();
        assertThat(duplicate.reason()).isEqualTo(DeadLetterReason.DUPLICATE.name());
        assertThat(duplicate.sourceOffset()).isEqualTo(1L);
        assertThat(new String(Base64.getDecoder().decode(duplicate.key()))).isEqualTo("a");
        assertThat(duplicate.value()).isNull();
        assertThat(duplicate.message()).startsWith("Not an error").contains("a", articles.get(0).contentSha256(), "1.0");
        assertThat(h.deadLetters.isEmpty()).isTrue();
        assertThat(extractions).as("a duplicate costs no extraction").hasValue(1);
    }

    @Test
    void shouldEnrichAChangedFileAsANewVersionOfTheSameArticle() {
        TopologyHarness h = start("1.0");
        h.ingest("a", ARTICLE, T0);
        h.ingest("a", ARTICLE + "\nUpdated: the talks were extended by a day.\n", T0.plusSeconds(60));
        h.ingest("a", ARTICLE, T0.plusSeconds(120)); // back to the first text: a version again, not a duplicate

        List<EnrichedArticle> articles = h.enriched.readValuesToList();
        assertThat(articles).hasSize(3).extracting(EnrichedArticle::id).containsOnly("a");
        assertThat(articles.get(0).contentSha256()).isNotEqualTo(articles.get(1).contentSha256())
                .isEqualTo(articles.get(2).contentSha256());
        assertThat(h.deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldEnrichTheSameVersionAgainWhenReplayedWithANewerProcessorVersion() {
        start("1.0").ingest("a", ARTICLE, T0);
        EnrichedArticle first = harness.enriched.readValue();
        assertThat(first.processorVersion()).isEqualTo("1.0");
        EnrichedVersion remembered = versions().get("a");
        assertThat(remembered).isEqualTo(new EnrichedVersion(first.contentSha256(), "1.0"));

        // A replay of the raw topic by version 2.0 starts from the state 1.0 left (restored from its changelog on
        // a real cluster; the test driver deletes its state folder on close, so the test puts it back).
        TopologyHarness h = start("2.0");
        versions().put("a", remembered);
        h.ingest("a", ARTICLE, T0);
        h.ingest("a", ARTICLE, T0);

        assertThat(h.enriched.readValuesToList()).extracting(EnrichedArticle::processorVersion).containsExactly("2.0");
        assertThat(h.deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.DUPLICATE.name());
        assertThat(versions().get("a").processorVersion()).isEqualTo("2.0");
    }

    @Test
    void shouldKeepTheSameVersionFromTheSameProcessorVersionAsADuplicateAfterARestoredState() {
        start("1.0").ingest("a", ARTICLE, T0);
        EnrichedVersion remembered = versions().get("a");

        TopologyHarness h = start("1.0");
        versions().put("a", remembered);
        h.ingest("a", ARTICLE, T0);

        assertThat(h.enriched.isEmpty()).isTrue();
        assertThat(h.deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.DUPLICATE.name());
    }

    private KeyValueStore<String, EnrichedVersion> versions() {
        return harness.driver.getKeyValueStore(EnrichProcessor.ENRICHED_VERSIONS);
    }

    @Test
    void shouldTryAgainAVersionWhoseExtractionFailed() {
        AtomicInteger calls = new AtomicInteger();
        ArticleExtractor extractor = new ArticleExtractor();
        harness = new TopologyHarness(stateDir, "1.0", NearDuplicateSettings.defaults(), (content, type, at) -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("flaky");
            }
            return extractor.extract(content, type, at);
        }, CLOCK);
        harness.ingest("a", ARTICLE, T0);
        harness.ingest("a", ARTICLE, T0.plusSeconds(60));

        assertThat(harness.deadLetters.readValue().reason()).isEqualTo(DeadLetterReason.EXTRACTION_FAILED.name());
        assertThat(harness.enriched.readValuesToList()).hasSize(1);
    }
}
