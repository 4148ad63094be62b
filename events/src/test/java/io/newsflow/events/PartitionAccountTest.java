package io.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionAccountTest {

    @Test
    void shouldStartAtTheFirstOffsetSeenAndCountOutcomes() {
        PartitionAccount account = PartitionAccount.count(null, "raw", 2, 40, null);
        account = PartitionAccount.count(account, "raw", 2, 41, "NULL_VALUE");
        account = PartitionAccount.count(account, "raw", 2, 45, null); // 42-44: e.g. transaction markers

        assertThat(account).isEqualTo(new PartitionAccount("raw", 2, 1, 40, 46, 3, 2, Map.of("NULL_VALUE", 1L)));
        assertThat(account.balanced()).isTrue();
        assertThat(account.deadLetteredTotal()).isEqualTo(1);
    }

    @Test
    void shouldBeginANewPassWhenTheOffsetGoesBackAsInAReplay() {
        PartitionAccount account = PartitionAccount.count(null, "raw", 0, 0, null);
        account = PartitionAccount.count(account, "raw", 0, 1, "DUPLICATE");
        account = PartitionAccount.count(account, "raw", 0, 0, null);

        assertThat(account).isEqualTo(new PartitionAccount("raw", 0, 2, 0, 1, 1, 1, Map.of()));
    }

    @Test
    void shouldRoundTripThroughJson() throws Exception {
        PartitionAccount account = new PartitionAccount("raw", 1, 3, 10, 20, 9, 7, Map.of("DUPLICATE", 2L));
        assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsBytes(account), PartitionAccount.class))
                .isEqualTo(account);
    }
}
