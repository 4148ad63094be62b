package io.newsflow.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The article id rule: 32 hex chars (128 bits) of SHA-256 of the normalized source URI.
 *
 * <p>Derived from where the article lives, not from its content, so re-ingesting an edited file is a new
 * version (new {@code contentSha256}) of the same article, and the enriched topic, compacted by id, keeps the
 * newest. Hex ids are also safe as file names and SQL values, whatever the source path contains.
 */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String fromSourceUri(URI sourceUri) {
        String normalized = sourceUri.normalize().toString();
        return Sha256.hex(normalized.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }
}
