package io.newsflow.ingest;

import io.newsflow.events.ArticleIds;
import io.newsflow.events.ContentTypes;
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

/** Reads one article file into a {@link RawEvent}, or says in one line why it cannot. */
public final class ArticleFiles {

    /** A file that is not an article, with the reason a person reads in the summary. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private ArticleFiles() {
    }

    public static RawEvent read(Path file, Instant now) throws Unreadable {
        return read(file, now, null);
    }

    /** @param contentType text/plain or text/html, or null to decide from the extension and the content */
    public static RawEvent read(Path file, Instant now, String contentType) throws Unreadable {
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
        String type = contentType != null ? contentType : ContentTypes.of(file.getFileName().toString(), content);
        return new RawEvent(ArticleIds.fromSourceUri(sourceUri), sourceUri.toString(), type,
                content, Sha256.hex(bytes), bytes.length, now, RawEvent.SCHEMA_VERSION);
    }

    /** The real path when it exists, so the same file reached through a different path keeps its id. */
    public static URI sourceUri(Path file) {
        try {
            return file.toRealPath().toUri();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize().toUri();
        }
    }

    /** An article read from a stream (standard input): its id comes from its content, as for kcat values. */
    public static RawEvent fromBytes(byte[] bytes, String sourceUri, Instant now, String contentType) throws Unreadable {
        String content = decodeUtf8(bytes);
        if (content.isBlank()) {
            throw new Unreadable("empty input");
        }
        String sha = Sha256.hex(bytes);
        String type = contentType != null ? contentType : ContentTypes.of("", content);
        return new RawEvent("txt-" + sha.substring(0, 32), sourceUri, type, content, sha, bytes.length, now,
                RawEvent.SCHEMA_VERSION);
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
}
