package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs where every file is refused before anything is sent, so no broker is needed: the producer is real but
 * never used. Publishing is covered by FileIngesterIT on the local broker.
 */
class FileIngesterTest {

    @TempDir
    Path dir;

    @Test
    void shouldSkipEveryBadFileWithItsReasonAndGoOn() throws Exception {
        writeBadFiles(5);
        List<String> told = new ArrayList<>();

        IngestSummary summary = ingest(false, told);

        assertThat(summary.filesSeen()).isEqualTo(5);
        assertThat(summary.skipped()).hasSize(5).extracting(IngestSummary.Skipped::reason).containsOnly("empty file");
        assertThat(summary.stoppedEarly()).isFalse();
        assertThat(told).hasSize(5);
    }

    @Test
    void shouldStopAtTheFirstBadFileWhenFailingFast() throws Exception {
        writeBadFiles(5);
        List<String> told = new ArrayList<>();

        IngestSummary summary = ingest(true, told);

        assertThat(summary.filesSeen()).isEqualTo(1);
        assertThat(summary.skipped()).hasSize(1);
        assertThat(summary.stoppedEarly()).isTrue();
        assertThat(summary.allPublished()).isFalse();
        assertThat(told).containsExactly(summary.skipped().get(0).file() + ": empty file");
    }

    private void writeBadFiles(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            Files.createFile(dir.resolve(i + ".txt"));
        }
    }

    private IngestSummary ingest(boolean failFast, List<String> told) {
        IngestConfig config = new IngestConfig("raw", List.of(), List.of(),
                Map.of("bootstrap.servers", "127.0.0.1:1"), ArticleFiles.DEFAULT_MAX_BYTES, false, failFast);
        try (FileIngester ingester = new FileIngester(config)) {
            return ingester.ingest(List.of(dir), new FileIngester.Listener() {
                @Override
                public void fileDone(Path file, String articleId) {
                }

                @Override
                public void fileSkipped(Path file, String reason) {
                    told.add(file + ": " + reason);
                }
            });
        }
    }
}
