package io.newsflow.processor;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Places each enriched article in a near-duplicate story: when an article with another id, whose raw record is
 * at most the window away in time, has a fingerprint within the distance, the new article joins the story of
 * the earliest such article; otherwise it starts its own story.
 *
 * <p>Two changelogged stores: {@link #BANDS}, the recent fingerprints (a window store, so entries older than
 * twice the window are dropped by the store itself), and {@link #STORIES}, the story each article id was placed
 * in with the fingerprint it had, so a replay of the same article gets the same story even when its neighbours
 * have long left the window. The band index over the recent fingerprints is kept in memory
 * ({@link RecentFingerprints}) and rebuilt from {@link #BANDS} at start: one store record per article instead
 * of one per band, a sixth of the writes and changelog records.
 */
final class NearDuplicateLinker implements Processor<String, UnlinkedArticle, String, byte[]> {

    static final String BANDS = "near-duplicate-bands";
    static final String STORIES = "near-duplicate-stories";

    /** An article in the band index. */
    record Indexed(String id, String storyId, long fingerprint) {
    }

    /** The story an article version was placed in. */
    record Placement(String fingerprint, String storyId, String duplicateOf) {
    }

    private final FingerprintBands bands;
    private final long windowMs;
    private RecentFingerprints recent;
    private ProcessorContext<String, byte[]> context;
    private WindowStore<String, Indexed> bandIndex;
    private KeyValueStore<String, Placement> stories;

    NearDuplicateLinker(NearDuplicateSettings settings) {
        this.bands = new FingerprintBands(settings.maxDistance());
        this.windowMs = settings.window().toMillis();
    }

    static StoreBuilder<WindowStore<String, Indexed>> bandIndexStore(NearDuplicateSettings settings) {
        Duration retention = Duration.ofMillis(retention(settings.window().toMillis()));
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(BANDS, retention, settings.window(), true),
                Serdes.String(), new BandEntrySerde());
    }

    /** No record cache, as {@link EnrichProcessor#enrichedVersionsStore()}: one write per article version. */
    static StoreBuilder<KeyValueStore<String, Placement>> storiesStore() {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORIES), Serdes.String(),
                new PlacementSerde());
    }

    @Override
    public void init(ProcessorContext<String, byte[]> context) {
        this.context = context;
        this.bandIndex = context.getStateStore(BANDS);
        this.stories = context.getStateStore(STORIES);
        try (KeyValueIterator<Windowed<String>, Indexed> all = bandIndex.all()) {
            this.recent = RecentFingerprints.of(bands, retention(windowMs), all);
        }
    }

    /** Twice the window: records that arrive out of time order still find their neighbours. */
    private static long retention(long windowMs) {
        return windowMs > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : 2 * windowMs;
    }

    @Override
    public void process(Record<String, UnlinkedArticle> record) {
        UnlinkedArticle article = record.value();
        context.forward(record.withValue(place(article, record.timestamp())));
    }

    private byte[] place(UnlinkedArticle article, long timestamp) {
        String id = article.id();
        if (article.fingerprint() == null) {
            return article.inStory(id, null); // an empty body resembles nothing
        }
        long fingerprint = FingerprintBands.parse(article.fingerprint());
        Placement placement = stories.get(id);
        if (placement == null || !placement.fingerprint().equals(article.fingerprint())) {
            placement = placeNew(id, fingerprint, article.fingerprint(), timestamp);
            stories.put(id, placement);
        }
        // Indexed at this record's time, also when placed before: a version published again is news again.
        Indexed indexed = new Indexed(id, placement.storyId(), fingerprint);
        bandIndex.put(id, indexed, timestamp);
        recent.add(timestamp, indexed);
        return article.inStory(placement.storyId(), placement.duplicateOf());
    }

    private Placement placeNew(String id, long fingerprint, String hex, long timestamp) {
        long from = Math.max(0, timestamp - windowMs);
        long to = timestamp > Long.MAX_VALUE - windowMs ? Long.MAX_VALUE : timestamp + windowMs;
        RecentFingerprints.Entry earliest = recent.earliestNear(id, fingerprint, from, to);
        // An edited first article that still resembles its own story stays that story's first article.
        String storyId = earliest == null ? id : earliest.article().storyId();
        return new Placement(hex, storyId, storyId.equals(id) ? null : storyId);
    }
}
