package io.newsflow.ingest;

import io.newsflow.events.ArticleIds;
import io.newsflow.events.ContentTypes;
import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import java.io.IOException;
import java.net.URI;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
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

    /** An article read from a file, and the charset its bytes were in (its content is UTF-8 now). */
    public record ArticleFile(RawEvent event, String charset) {
    }

    /** The default {@code --max-file-size}: five times the broker's default message size, far above any article. */
    public static final long DEFAULT_MAX_BYTES = 5L << 20;

    public static RawEvent read(Path file, Instant now) throws Unreadable {
        return read(file, now, null);
    }

    /** @param contentType text/plain or text/html, or null to decide from the extension and the content */
    public static RawEvent read(Path file, Instant now, String contentType) throws Unreadable {
        return readFile(file, now, contentType, DEFAULT_MAX_BYTES).event();
    }

    /** @param maxBytes a larger file is refused, with its size and this limit in the reason */
    public static ArticleFile readFile(Path file, Instant now, String contentType, long maxBytes) throws Unreadable {
        return readFile(file, now, contentType, maxBytes, () -> { });
    }

    /** @param afterRead runs between reading the bytes and checking the file did not change meanwhile (tests) */
    static ArticleFile readFile(Path file, Instant now, String contentType, long maxBytes, Runnable afterRead)
            throws Unreadable {
        BasicFileAttributes before = attributes(file, "no such file (gone before it could be read)");
        if (!before.isRegularFile()) {
            throw new Unreadable("not a regular file (a folder, device or pipe)");
        }
        if (before.size() > maxBytes) {
            throw tooLarge(before.size(), maxBytes);
        }
        byte[] bytes = readAtMost(file, maxBytes);
        if (bytes.length > maxBytes) {
            throw tooLarge(bytes.length, maxBytes);
        }
        afterRead.run();
        BasicFileAttributes after = attributes(file, "vanished while being read");
        if (after.size() != bytes.length || !after.lastModifiedTime().equals(before.lastModifiedTime())) {
            // Most likely still being written: publishing half an article would be worse than trying again later.
            throw new Unreadable("changed while being read (still being written?); ingest it again when complete");
        }
        if (bytes.length == 0) {
            throw new Unreadable("empty file");
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        URI sourceUri = sourceUri(file);
        String type = contentType != null ? contentType
                : ContentTypes.of(file.getFileName().toString(), decoded.text());
        return new ArticleFile(envelope(ArticleIds.fromSourceUri(sourceUri), sourceUri.toString(), type,
                decoded.text(), now), decoded.charset());
    }

    private static RawEvent envelope(String id, String sourceUri, String type, String content, Instant now)
            throws Unreadable {
        if (isBlank(content)) {
            throw new Unreadable("only whitespace, no text");
        }
        byte[] utf8 = content.getBytes(StandardCharsets.UTF_8);
        return new RawEvent(id, sourceUri, type, content, Sha256.hex(utf8), utf8.length, now,
                RawEvent.SCHEMA_VERSION);
    }

    /** Blank as a reader sees it: non-breaking and zero-width spaces are no text either. */
    private static boolean isBlank(String content) {
        return content.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\uFEFF');
    }

    private static BasicFileAttributes attributes(Path file, String whenMissing) throws Unreadable {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new Unreadable(whenMissing);
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + IngestErrors.describe(e));
        }
    }

    /** Reads at most one byte over the limit, so a file growing while read cannot exhaust memory. */
    private static byte[] readAtMost(Path file, long maxBytes) throws Unreadable {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        } catch (NoSuchFileException e) {
            throw new Unreadable("no such file (gone before it could be read)");
        } catch (IOException e) {
            throw new Unreadable("cannot read: " + IngestErrors.describe(e));
        }
    }

    private static Unreadable tooLarge(long size, long maxBytes) {
        return new Unreadable("too large: " + Sizes.human(size) + " is over the limit of " + Sizes.human(maxBytes)
                + " (--max-file-size)");
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
        if (bytes.length == 0) {
            throw new Unreadable("empty input");
        }
        String content = TextDecoding.decode(bytes).text();
        String sha = Sha256.hex(content.getBytes(StandardCharsets.UTF_8));
        String type = contentType != null ? contentType : ContentTypes.of("", content);
        return envelope("txt-" + sha.substring(0, 32), sourceUri, type, content, now);
    }
}
