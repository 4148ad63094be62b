package io.newsflow.cli.bench;

import io.newsflow.sink.JsonLinesOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

/** Lines in the JSON Lines sink's committed files so far; each file is counted once, as committed files never change. */
final class CommittedLines implements LongSupplier {

    private final Path out;
    private final Set<Path> counted = new HashSet<>();
    private long lines;

    CommittedLines(Path out) {
        this.out = out;
    }

    @Override
    public synchronized long getAsLong() {
        try {
            for (Path file : JsonLinesOutput.committedFiles(out)) {
                if (counted.add(file)) {
                    try (Stream<String> fileLines = Files.lines(file)) {
                        lines += fileLines.count();
                    }
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + out, e);
        }
    }
}
