package io.newsflow.processor;

import io.newsflow.events.Json;
import io.newsflow.processor.NearDuplicateLinker.Indexed;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The values of the linker's fingerprint store in a few bytes. They were read for every lookup while the band
 * index lived in the store (JSON took 3.5% of the stream threads at 10,000 articles); now they are read once per
 * start, to rebuild the index in memory, and written once per article.
 *
 * <p>Layout after the version: the fingerprint (8 bytes, big-endian), then id and story id, each as a 4-byte
 * length and UTF-8. Entries written as JSON by earlier versions (in local stores and changelogs) still read.
 */
final class BandEntrySerde extends VersionedBinarySerde<Indexed> {

    /** How a processor before this format wrote an entry. */
    record JsonEntry(String id, String storyId, String fingerprint) {
    }

    BandEntrySerde() {
        super("band index entry");
    }

    @Override
    byte[] write(Indexed entry) {
        byte[] id = entry.id().getBytes(StandardCharsets.UTF_8);
        byte[] storyId = entry.storyId().getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = allocate(Long.BYTES + stringSize(id) + stringSize(storyId)).putLong(entry.fingerprint());
        putString(out, id);
        putString(out, storyId);
        return out.array();
    }

    @Override
    Indexed readBody(ByteBuffer in) {
        long fingerprint = in.getLong();
        return new Indexed(getString(in), getString(in), fingerprint);
    }

    @Override
    Indexed readJson(byte[] json) throws IOException {
        JsonEntry entry = Json.MAPPER.readValue(json, JsonEntry.class);
        return new Indexed(entry.id(), entry.storyId(), FingerprintBands.parse(entry.fingerprint()));
    }
}
