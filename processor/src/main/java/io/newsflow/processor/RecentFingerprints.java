package io.newsflow.processor;

import io.newsflow.processor.NearDuplicateLinker.Indexed;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;

/**
 * The band index in memory: for each band, its bit values and the articles indexed under them, so that finding
 * candidates costs a few map lookups instead of a range scan of the store per band. The linker fills it from its
 * window store at start, where each article is written once under its id; entries leave once older than the
 * store's retention, as they leave the store.
 */
final class RecentFingerprints {

    /** An article as indexed at a raw record's time. */
    record Entry(long timestamp, Indexed article) {
    }

    /** Expired entries are dropped after this many additions (the lookups skip them meanwhile). */
    private static final int SWEEP_EVERY = 10_000;

    private final FingerprintBands bands;
    private final long retentionMs;
    private final List<Map<Long, List<Entry>>> byBand = new ArrayList<>();
    private long streamTime = Long.MIN_VALUE;
    private int addedSinceSweep;

    RecentFingerprints(FingerprintBands bands, long retentionMs) {
        this.bands = bands;
        this.retentionMs = retentionMs;
        for (int band = 0; band < bands.bandCount(); band++) {
            byBand.add(new HashMap<>());
        }
    }

    /**
     * The index of what the store holds: entries under an article's id, and entries that processors before the
     * in-memory index wrote under each band key (the same article once per band), added once.
     */
    static RecentFingerprints of(FingerprintBands bands, long retentionMs,
            Iterator<KeyValue<Windowed<String>, Indexed>> stored) {
        RecentFingerprints recent = new RecentFingerprints(bands, retentionMs);
        Set<String> seenUnderBandKeys = new HashSet<>();
        while (stored.hasNext()) {
            KeyValue<Windowed<String>, Indexed> entry = stored.next();
            long timestamp = entry.key.window().start();
            if (entry.key.key().equals(entry.value.id())
                    || seenUnderBandKeys.add(entry.value.id() + "@" + timestamp)) {
                recent.add(timestamp, entry.value);
            }
        }
        return recent;
    }

    void add(long timestamp, Indexed article) {
        Entry entry = new Entry(timestamp, article);
        for (int band = 0; band < byBand.size(); band++) {
            byBand.get(band).computeIfAbsent(bands.bits(article.fingerprint(), band), bits -> new ArrayList<>(2))
                    .add(entry);
        }
        streamTime = Math.max(streamTime, timestamp);
        if (++addedSinceSweep >= SWEEP_EVERY) {
            dropExpired();
        }
    }

    /**
     * The earliest article (by time, then id) with another id, indexed between {@code from} and {@code to}
     * inclusive and within the distance, or null.
     */
    Entry earliestNear(String id, long fingerprint, long from, long to) {
        long visibleFrom = Math.max(from, oldestKept());
        Entry earliest = null;
        for (int band = 0; band < byBand.size(); band++) {
            List<Entry> candidates = byBand.get(band).get(bands.bits(fingerprint, band));
            if (candidates == null) {
                continue;
            }
            for (Entry candidate : candidates) {
                Indexed other = candidate.article();
                if (candidate.timestamp() < visibleFrom || candidate.timestamp() > to || other.id().equals(id)
                        || !bands.near(fingerprint, other.fingerprint())) {
                    continue;
                }
                if (earliest == null || candidate.timestamp() < earliest.timestamp()
                        || candidate.timestamp() == earliest.timestamp()
                                && other.id().compareTo(earliest.article().id()) < 0) {
                    earliest = candidate;
                }
            }
        }
        return earliest;
    }

    /** Entries in memory, each counted once per band. */
    long size() {
        return byBand.stream().flatMap(map -> map.values().stream()).mapToLong(List::size).sum() / byBand.size();
    }

    /** As the window store: what is older than its retention, counted from the latest time seen, is gone. */
    private long oldestKept() {
        return streamTime == Long.MIN_VALUE ? Long.MIN_VALUE : streamTime - retentionMs + 1;
    }

    private void dropExpired() {
        long oldestKept = oldestKept();
        for (Map<Long, List<Entry>> band : byBand) {
            for (Iterator<List<Entry>> lists = band.values().iterator(); lists.hasNext(); ) {
                List<Entry> entries = lists.next();
                entries.removeIf(entry -> entry.timestamp() < oldestKept);
                if (entries.isEmpty()) {
                    lists.remove();
                }
            }
        }
        addedSinceSweep = 0;
    }
}
