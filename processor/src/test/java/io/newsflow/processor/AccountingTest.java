package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.PartitionAccount;
import io.newsflow.processor.extract.ArticleExtractor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The processor counts every raw record it consumes against exactly one outcome. */
class AccountingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T12:00:00Z");
    private static final String ARTICLE = "Harbour Reopens\n\nThe harbour reopened on Monday after repairs that "
            + "took three months, the port authority said.\n";

    @TempDir
    Path stateDir;

    private TopologyHarness harness;

    @BeforeEach
    void setUp() {
        harness = new TopologyHarness(stateDir, "1.0", NearDuplicateSettings.defaults(), new ArticleExtractor()::extract,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        harness.close();
    }

    @Test
    void shouldCountEachRecordOnceAsEnrichedOrDeadLetteredByReason() {
        harness.ingest("a", ARTICLE, NOW);
        harness.ingest("a", ARTICLE, NOW); // the same version again: a DUPLICATE dead letter
        harness.raw.pipeInput(TopologyHarness.bytes("bad"), new byte[] {(byte) 0xFF, (byte) 0xFE});
        harness.raw.pipeInput(TopologyHarness.bytes("gone"), (byte[]) null);
        harness.ingest("b", ARTICLE.replace("Monday", "Tuesday"), NOW);

        PartitionAccount account = accounts().get(0);
        assertThat(account.rawTopic()).isEqualTo(TopologyHarness.TOPICS.raw());
        assertThat(account.pass()).isEqualTo(1);
        assertThat(account.firstOffset()).isZero();
        assertThat(account.nextOffset()).isEqualTo(5);
        assertThat(account.consumed()).isEqualTo(5);
        assertThat(account.enriched()).isEqualTo(2);
        assertThat(account.deadLettered()).isEqualTo(Map.of("DUPLICATE", 1L, "UNDECODABLE_BYTES", 1L, "NULL_VALUE", 1L));
        assertThat(account.balanced()).isTrue();
        assertThat(harness.enriched.readValuesToList()).hasSize(2);
        assertThat(harness.deadLetters.readValuesToList()).hasSize(3);
    }

    private KeyValueStore<Integer, PartitionAccount> accounts() {
        return harness.driver.getKeyValueStore(AccountingProcessor.STORE);
    }
}
