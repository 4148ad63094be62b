package io.newsflow.ingest;

import java.nio.file.Path;
import java.util.List;

/** What one ingest run did: every file seen is either published or skipped with a reason. */
public record IngestSummary(int filesSeen, int published, List<Skipped> skipped) {

    public record Skipped(Path file, String reason) {
    }

    public IngestSummary {
        skipped = List.copyOf(skipped);
    }

    public boolean allPublished() {
        return skipped.isEmpty();
    }
}
