package io.newsflow.processor;

import io.newsflow.events.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The {@code enriched-versions} store's values: written for every enriched article, and as JSON that cost more
 * than the store write itself. Layout after the version: content hash and processor version, each as a 4-byte
 * length and UTF-8. Values written as JSON by earlier processors (local stores, the changelog) still read.
 */
final class EnrichedVersionSerde extends VersionedBinarySerde<EnrichedVersion> {

    EnrichedVersionSerde() {
        super("enriched version");
    }

    @Override
    byte[] write(EnrichedVersion version) {
        byte[] sha = version.contentSha256().getBytes(StandardCharsets.UTF_8);
        byte[] processorVersion = version.processorVersion().getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = allocate(stringSize(sha) + stringSize(processorVersion));
        putString(out, sha);
        putString(out, processorVersion);
        return out.array();
    }

    @Override
    EnrichedVersion readBody(ByteBuffer in) {
        return new EnrichedVersion(getString(in), getString(in));
    }

    @Override
    EnrichedVersion readJson(byte[] json) throws IOException {
        return Json.MAPPER.readValue(json, EnrichedVersion.class);
    }
}
