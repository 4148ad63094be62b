package io.newsflow.processor;

import io.newsflow.events.Json;
import io.newsflow.processor.NearDuplicateLinker.Placement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The values of the linker's stories store without JSON: each article's placement is written once and read
 * back whenever its id comes again, and Jackson took 1% of the stream threads for these few fields.
 *
 * <p>Layout after the version: the fingerprint's hex, as the article carried it, and the story id, each as a
 * 4-byte length and UTF-8, then a flag byte (1 when a {@code duplicateOf} follows, else 0) and that id. Values
 * written as JSON by earlier versions (in local stores and changelogs) still read.
 */
final class PlacementSerde extends VersionedBinarySerde<Placement> {

    PlacementSerde() {
        super("story placement");
    }

    @Override
    byte[] write(Placement placement) {
        byte[] fingerprint = placement.fingerprint().getBytes(StandardCharsets.UTF_8);
        byte[] storyId = placement.storyId().getBytes(StandardCharsets.UTF_8);
        byte[] duplicateOf = placement.duplicateOf() == null ? null
                : placement.duplicateOf().getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = allocate(stringSize(fingerprint) + stringSize(storyId) + 1
                + (duplicateOf == null ? 0 : stringSize(duplicateOf)));
        putString(out, fingerprint);
        putString(out, storyId);
        out.put((byte) (duplicateOf == null ? 0 : 1));
        if (duplicateOf != null) {
            putString(out, duplicateOf);
        }
        return out.array();
    }

    @Override
    Placement readBody(ByteBuffer in) {
        String fingerprint = getString(in);
        String storyId = getString(in);
        return new Placement(fingerprint, storyId, in.get() == 1 ? getString(in) : null);
    }

    @Override
    Placement readJson(byte[] json) throws IOException {
        return Json.MAPPER.readValue(json, Placement.class);
    }
}
