package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.NearDuplicateLinker.Indexed;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.kstream.internals.TimeWindow;
import org.junit.jupiter.api.Test;

class RecentFingerprintsTest {

    private static final long BASE = 0x0f0f_3c3c_a5a5_1234L;
    private final RecentFingerprints recent = new RecentFingerprints(new FingerprintBands(5), 1_000);

    @Test
    void shouldFindTheEarliestArticleWithinTheDistanceAndTimesThenTheSmallerId() {
        recent.add(500, new Indexed("b", "b", BASE ^ 0b11111));
        recent.add(500, new Indexed("a", "story", BASE ^ 1L << 63));
        recent.add(400, new Indexed("far", "far", BASE ^ 0b111111));
        recent.add(300, new Indexed("self", "self", BASE));
        recent.add(100, new Indexed("too-early", "too-early", BASE));

        RecentFingerprints.Entry earliest = recent.earliestNear("self", BASE, 200, 600);

        assertThat(earliest.article().id()).isEqualTo("a");
        assertThat(earliest.timestamp()).isEqualTo(500);
        assertThat(recent.earliestNear("x", BASE ^ -1L, 0, 600)).isNull();
    }

    @Test
    void shouldForgetWhatIsOlderThanTheRetentionAsTheStoreDoes() {
        recent.add(0, new Indexed("old", "old", BASE));
        recent.add(1_000, new Indexed("new", "new", BASE ^ -1L));

        assertThat(recent.earliestNear("x", BASE, 0, 2_000)).as("hidden at once").isNull();
        assertThat(recent.earliestNear("x", BASE ^ -1L, 0, 2_000).article().id()).isEqualTo("new");

        for (int i = 0; i < 10_000; i++) {
            recent.add(2_000 + i / 100, new Indexed("n" + i, "n" + i, BASE ^ -1L));
        }
        assertThat(recent.size()).as("old and new dropped at the sweep after 10,000 additions").isEqualTo(10_000);
    }

    @Test
    void shouldBeRebuiltFromTheStoreWhetherEntriesAreUnderTheIdOrAsEarlierProcessorsWroteThemUnderEachBand() {
        FingerprintBands bands = new FingerprintBands(5);
        Indexed earlier = new Indexed("earlier", "earlier", BASE);
        Indexed later = new Indexed("later", "earlier", BASE ^ 1);
        List<KeyValue<Windowed<String>, Indexed>> stored = new ArrayList<>();
        for (String bandKey : bands.keys(BASE)) {
            stored.add(KeyValue.pair(new Windowed<>(bandKey, new TimeWindow(100, 200)), earlier));
        }
        stored.add(KeyValue.pair(new Windowed<>("later", new TimeWindow(150, 250)), later));

        RecentFingerprints rebuilt = RecentFingerprints.of(bands, 1_000, stored.iterator());

        assertThat(rebuilt.size()).isEqualTo(2);
        assertThat(rebuilt.earliestNear("new", BASE ^ 2, 0, 1_000)).isEqualTo(new RecentFingerprints.Entry(100, earlier));
        assertThat(rebuilt.earliestNear("new", BASE ^ 2, 120, 1_000)).isEqualTo(new RecentFingerprints.Entry(150, later));
    }
}
