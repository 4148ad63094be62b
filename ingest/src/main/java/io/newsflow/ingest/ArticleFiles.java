package io.newsflow.ingest;

import io.newsflow.events.ArticleIds;
import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/** Reads one article file into a {@link RawEvent}, or says in one line why it cannot. */
final class ArticleFiles {

    /** A file that is not an article, with the reason a person reads in the summary. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private ArticleFiles() {
    }

    static RawEvent read(Path file, Instant now) throws Unreadable {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + IngestErrors.describe(e));
        }
        String content = decodeUtf8(bytes);
        if (content.isBlank()) {
            throw new Unreadable("empty file");
        }
        URI sourceUri = sourceUri(file);
        return new RawEvent(ArticleIds.fromSourceUri(sourceUri), sourceUri.toString(), contentType(file, content),
                content, Sha256.hex(bytes), bytes.length, now, RawEvent.SCHEMA_VERSION);
    }

    /** The real path when it exists, so the same file reached through a different path keeps its id. */
    static URI sourceUri(Path file) {
        try {
            return file.toRealPath().toUri();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize().toUri();
        }
    }

    private static String decodeUtf8(byte[] bytes) throws Unreadable {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("not UTF-8 text (binary file or another encoding)");
        }
    }

    static String contentType(Path file, String content) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return RawEvent.TEXT_HTML;
        }
        String head = content.stripLeading();
        head = head.substring(0, Math.min(15, head.length())).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") ? RawEvent.TEXT_HTML : RawEvent.TEXT_PLAIN;
    }
}
