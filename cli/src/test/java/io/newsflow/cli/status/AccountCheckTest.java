package io.newsflow.cli.status;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.PartitionAccount;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AccountCheckTest {

    private static final AccountCheck.RecordCounter NO_SCAN = (from, to) -> {
        throw new AssertionError("no scan needed for " + from + ".." + to);
    };

    private static PartitionAccount account(long first, long next, long consumed, long enriched, long dead) {
        return new PartitionAccount("raw", 0, 1, first, next, consumed, enriched,
                dead == 0 ? Map.of() : Map.of("NULL_VALUE", dead));
    }

    @Test
    void shouldHoldWhenTheAccountCoversTheCommittedPositionWithoutGaps() {
        assertThat(AccountCheck.problem(10L, account(0, 10, 10, 7, 3), NO_SCAN)).isNull();
        assertThat(AccountCheck.problem(null, null, NO_SCAN)).isNull();
    }

    @Test
    void shouldHoldWhileAReplayIsPendingBehindTheAccount() {
        assertThat(AccountCheck.problem(0L, account(0, 10, 10, 10, 0), NO_SCAN)).isNull();
    }

    @Test
    void shouldCountRecordsWhenOffsetsHaveGapsAndAcceptMarkers() {
        // Offsets 0..11 hold 10 records and two transaction markers.
        assertThat(AccountCheck.problem(12L, account(0, 12, 10, 10, 0), (from, to) -> 10)).isNull();
    }

    @Test
    void shouldFailWhenThePositionPassedRecordsNobodyCounted() {
        assertThat(AccountCheck.problem(15L, account(0, 10, 10, 10, 0), (from, to) -> to - from))
                .contains("15 records").contains("10 accounted");
    }

    @Test
    void shouldFailWhenARecordHadNoOutcome() {
        assertThat(AccountCheck.problem(10L, account(0, 10, 10, 6, 3), NO_SCAN))
                .contains("consumed 10").contains("enriched 6").contains("dead-lettered 3");
    }

    @Test
    void shouldFailWhenOffsetsWereCommittedWithoutAnAccount() {
        assertThat(AccountCheck.problem(5L, null, NO_SCAN)).contains("no account");
    }
}
