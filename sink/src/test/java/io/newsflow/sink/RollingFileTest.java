package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollingFileTest {

    private static final long T0 = 1_000_000_000L;

    @TempDir
    Path out;

    @Test
    void shouldWriteToAHiddenTempFileThenCommitUnderItsOffsetRange() throws Exception {
        PartitionFolder folder = new PartitionFolder(out, "t", 0);
        RollingFile file = RollingFile.open(folder, "t", 0, 7, T0);
        file.append(7, utf8("{\"id\":\"../../etc/passwd\"}"), "../../etc/passwd");
        file.append(9, utf8("{\"id\":\"b\"}"), "b");
        file.append(10, null, null); // a value that was skipped still counts as read

        assertThat(JsonLinesOutput.committedFiles(out)).as("nothing visible before commit").isEmpty();
        assertThat(folder.dir().resolve(".t+0+00000000000000000007.jsonl.tmp")).exists();

        OffsetRangeFile committed = file.commit().orElseThrow();

        assertThat(committed).isEqualTo(new OffsetRangeFile("t", 0, 7, 10));
        assertThat(files(folder.dir())).containsExactly("t+0+00000000000000000007+00000000000000000010.jsonl");
        assertThat(JsonLinesOutput.lines(out)).containsExactly("{\"id\":\"../../etc/passwd\"}", "{\"id\":\"b\"}");
        assertThat(file.ids()).containsExactly("../../etc/passwd", "b");
        assertThat(out.getParent().resolve("etc")).doesNotExist();
    }

    @Test
    void shouldBeDueWhenFullOrOldEnough() throws Exception {
        RollingFile file = RollingFile.open(new PartitionFolder(out, "t", 0), "t", 0, 0, T0);
        file.append(0, utf8("x".repeat(9)), "a"); // 10 bytes with the line end

        assertThat(file.due(11, Duration.ofSeconds(1), T0)).isFalse();
        assertThat(file.due(10, Duration.ofSeconds(1), T0)).as("full").isTrue();
        assertThat(file.due(11, Duration.ofSeconds(1), T0 + Duration.ofMillis(999).toNanos())).isFalse();
        assertThat(file.due(11, Duration.ofSeconds(1), T0 + Duration.ofSeconds(1).toNanos())).as("old").isTrue();
        file.abandon();
    }

    @Test
    void shouldLeaveNoFileWhenNothingWasWrittenOrItWasAbandoned() throws Exception {
        PartitionFolder folder = new PartitionFolder(out, "t", 3);
        RollingFile onlySkipped = RollingFile.open(folder, "t", 3, 0, T0);
        onlySkipped.append(0, null, null);
        assertThat(onlySkipped.commit()).isEmpty();

        RollingFile abandoned = RollingFile.open(folder, "t", 3, 1, T0);
        abandoned.append(1, utf8("{}"), "a");
        abandoned.abandon();

        assertThat(files(folder.dir())).isEmpty();
    }

    @Test
    void shouldDeleteOnlyTheSinksOwnFilesWhenATopicIsStartedAfresh() throws Exception {
        PartitionFolder folder = new PartitionFolder(out, "t", 0);
        RollingFile file = RollingFile.open(folder, "t", 0, 0, T0);
        file.append(0, utf8("{}"), "a");
        file.commit();
        RollingFile.open(folder, "t", 0, 1, T0).append(1, utf8("{}"), "b"); // left open: a temp file
        Path usersFile = Files.writeString(folder.dir().resolve("README"), "mine");

        JsonLinesOutput.deleteTopic(out, "t");

        assertThat(files(folder.dir())).containsExactly("README");
        assertThat(usersFile).exists();
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static byte[] utf8(String line) {
        return line.getBytes(StandardCharsets.UTF_8);
    }
}
