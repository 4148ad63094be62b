package io.newsflow.processor;

import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The link topic's values. Layout after the version: a flag byte (1 when a fingerprint follows, else 0), the
 * fingerprint (8 bytes, big-endian, when flagged), the id as a 4-byte length and UTF-8, then
 * {@link UnlinkedArticle#json()} to the end. Processors before this format wrote the whole enriched record as
 * JSON; such records, still unread in the link topic after an upgrade, are read too.
 */
final class UnlinkedArticleSerde extends VersionedBinarySerde<UnlinkedArticle> {

    UnlinkedArticleSerde() {
        super("link record");
    }

    @Override
    byte[] write(UnlinkedArticle article) {
        byte[] id = article.id().getBytes(StandardCharsets.UTF_8);
        boolean hasFingerprint = article.fingerprint() != null;
        ByteBuffer out = allocate(1 + (hasFingerprint ? Long.BYTES : 0) + stringSize(id) + article.json().length)
                .put((byte) (hasFingerprint ? 1 : 0));
        if (hasFingerprint) {
            out.putLong(FingerprintBands.parse(article.fingerprint()));
        }
        putString(out, id);
        return out.put(article.json()).array();
    }

    @Override
    UnlinkedArticle readBody(ByteBuffer in) {
        String fingerprint = in.get() == 1 ? FingerprintBands.format(in.getLong()) : null;
        String id = getString(in);
        byte[] json = new byte[in.remaining()];
        in.get(json);
        return new UnlinkedArticle(id, fingerprint, json);
    }

    @Override
    UnlinkedArticle readJson(byte[] json) throws IOException {
        return UnlinkedArticle.of(Json.MAPPER.readValue(json, EnrichedArticle.class));
    }
}
