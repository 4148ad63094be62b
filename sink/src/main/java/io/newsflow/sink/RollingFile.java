package io.newsflow.sink;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The file of one topic-partition being written: lines go to a hidden temp file; {@link #commit()} makes it
 * durable (fsync), gives it its offset-range name in one atomic rename, and fsyncs the folder so the rename
 * itself survives a power cut. A crash before the rename leaves only the temp file, which recovery deletes.
 */
final class RollingFile {

    private final PartitionFolder folder;
    private final String topic;
    private final int partition;
    private final long startOffset;
    private final long openedAtNanos;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private final List<String> ids = new ArrayList<>();
    private long endOffset;
    private long bytes;

    private RollingFile(PartitionFolder folder, String topic, int partition, long startOffset, long openedAtNanos)
            throws IOException {
        this.folder = folder;
        this.topic = topic;
        this.partition = partition;
        this.startOffset = startOffset;
        this.endOffset = startOffset;
        this.openedAtNanos = openedAtNanos;
        Files.createDirectories(folder.dir());
        this.temp = folder.dir().resolve(OffsetRangeFile.tempFileName(topic, partition, startOffset));
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    static RollingFile open(PartitionFolder folder, String topic, int partition, long startOffset, long nowNanos)
            throws IOException {
        return new RollingFile(folder, topic, partition, startOffset, nowNanos);
    }

    /**
     * Adds the record at {@code offset}: its line (UTF-8, without line end), or nothing when it has none (a
     * skipped value); either way the offset is covered by this file, so it is not read again after a restart.
     */
    void append(long offset, byte[] line, String id) throws IOException {
        endOffset = offset;
        if (line != null) {
            out.write(line);
            out.write('\n');
            bytes += line.length + 1;
            ids.add(id);
        }
    }

    /** Full (at least {@code maxBytes} written) or open for at least {@code maxAge}. */
    boolean due(long maxBytes, Duration maxAge, long nowNanos) {
        return bytes >= maxBytes || nowNanos - openedAtNanos >= maxAge.toNanos();
    }

    /** Ids of the lines, in order: told to the listener once they are committed. */
    List<String> ids() {
        return ids;
    }

    /** The committed file, or empty when no record had a line (nothing to keep; the temp file is deleted). */
    Optional<OffsetRangeFile> commit() throws IOException {
        if (ids.isEmpty()) {
            abandon();
            return Optional.empty();
        }
        out.flush();
        channel.force(true);
        out.close();
        OffsetRangeFile committed = new OffsetRangeFile(topic, partition, startOffset, endOffset);
        Files.move(temp, folder.dir().resolve(committed.fileName()), StandardCopyOption.ATOMIC_MOVE);
        try (FileChannel dir = FileChannel.open(folder.dir(), StandardOpenOption.READ)) {
            dir.force(true);
        }
        return Optional.of(committed);
    }

    /** Drops what was written: these offsets will be read again, by this sink or whoever owns the partition now. */
    void abandon() throws IOException {
        out.close();
        Files.deleteIfExists(temp);
    }
}
