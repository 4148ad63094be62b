package io.newsflow.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * What one ingest run did: every file seen is either published or skipped with a reason.
 *
 * @param stoppedEarly the run stopped at the first skipped file ({@code --fail-fast}), leaving files unseen
 */
public record IngestSummary(int filesSeen, int published, List<Skipped> skipped, boolean stoppedEarly) {

    public record Skipped(Path file, String reason) {
    }

    public IngestSummary {
        skipped = List.copyOf(skipped);
    }

    public IngestSummary(int filesSeen, int published, List<Skipped> skipped) {
        this(filesSeen, published, skipped, false);
    }

    public boolean allPublished() {
        return skipped.isEmpty() && !stoppedEarly;
    }
}
