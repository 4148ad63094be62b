package io.newsflow.processor;

import io.newsflow.processor.NearDuplicateLinker.Indexed;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final List<Map<Long, Bucket>> byBand = new ArrayList<>();
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
            byBand.get(band).computeIfAbsent(bands.bits(article.fingerprint(), band), bits -> new Bucket())
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
            Bucket candidates = byBand.get(band).get(bands.bits(fingerprint, band));
            if (candidates == null) {
                continue;
            }
            for (int i = 0; i < candidates.size; i++) {
                // Most candidates only share a band by chance: their distance, read from an array, rules them
                // out before the entry itself is read.
                if (!bands.near(fingerprint, candidates.fingerprints[i])) {
                    continue;
                }
                Entry candidate = candidates.entries[i];
                Indexed other = candidate.article();
                if (candidate.timestamp() < visibleFrom || candidate.timestamp() > to || other.id().equals(id)) {
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
        return byBand.stream().flatMap(map -> map.values().stream()).mapToLong(bucket -> bucket.size).sum()
                / byBand.size();
    }

    /** As the window store: what is older than its retention, counted from the latest time seen, is gone. */
    private long oldestKept() {
        return streamTime == Long.MIN_VALUE ? Long.MIN_VALUE : streamTime - retentionMs + 1;
    }

    private void dropExpired() {
        long oldestKept = oldestKept();
        for (Map<Long, Bucket> band : byBand) {
            for (Iterator<Bucket> buckets = band.values().iterator(); buckets.hasNext(); ) {
                if (buckets.next().dropOlderThan(oldestKept) == 0) {
                    buckets.remove();
                }
            }
        }
        addedSinceSweep = 0;
    }

    /**
     * The entries under one band value, with their fingerprints in an array of their own: a lookup tests the
     * distance of every entry in the bucket (dozens, with a long window), and most are ruled out by it alone.
     */
    private static final class Bucket {
        private long[] fingerprints = new long[2];
        private Entry[] entries = new Entry[2];
        private int size;

        void add(Entry entry) {
            if (size == entries.length) {
                fingerprints = Arrays.copyOf(fingerprints, size * 2);
                entries = Arrays.copyOf(entries, size * 2);
            }
            fingerprints[size] = entry.article().fingerprint();
            entries[size++] = entry;
        }

        /** Keeps the entries at or after the time, in their order; returns how many are left. */
        int dropOlderThan(long oldestKept) {
            int kept = 0;
            for (int i = 0; i < size; i++) {
                if (entries[i].timestamp() >= oldestKept) {
                    fingerprints[kept] = fingerprints[i];
                    entries[kept++] = entries[i];
                }
            }
            Arrays.fill(entries, kept, size, null);
            size = kept;
            return size;
        }
    }
}
