package io.newsflow.sink;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One sink per output folder: two writers of one partition folder could commit overlapping ranges. The OS
 * releases the lock when the process dies, so a killed sink never blocks its restart.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".newsflow-sink.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static OutputLock acquire(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        FileChannel channel = FileChannel.open(outDir.resolve(FILE_NAME), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another sink is writing to " + outDir + " (one sink per output folder)");
        }
        return new OutputLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
