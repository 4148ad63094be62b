package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionFolderTest {

    @TempDir
    Path out;

    @Test
    void shouldResumeAfterTheHighestCommittedOffsetAndDeleteStaleTempFiles() throws Exception {
        PartitionFolder folder = new PartitionFolder(out, "t", 1);
        Path dir = Files.createDirectories(out.resolve("t").resolve("partition=1"));
        write(dir, new OffsetRangeFile("t", 1, 0, 99).fileName());
        write(dir, new OffsetRangeFile("t", 1, 100, 250).fileName());
        write(dir, new OffsetRangeFile("t", 1, 251, 251).fileName());
        Path staleTemp = write(dir, OffsetRangeFile.tempFileName("t", 1, 252));
        Path olderTemp = write(dir, OffsetRangeFile.tempFileName("t", 1, 100));
        Path usersFile = write(dir, "notes.txt");
        Path otherTopic = write(dir, new OffsetRangeFile("u", 1, 0, 999).fileName());

        assertThat(folder.recover()).hasValue(252);
        assertThat(staleTemp).doesNotExist();
        assertThat(olderTemp).doesNotExist();
        assertThat(usersFile).exists();
        assertThat(otherTopic).as("not this folder's topic: ignored, kept").exists();
        assertThat(folder.committed()).extracting(OffsetRangeFile::startOffset).containsExactly(0L, 100L, 251L);
    }

    @Test
    void shouldHaveNothingToResumeFromWhenNothingWasCommitted() throws Exception {
        PartitionFolder folder = new PartitionFolder(out, "t", 0);
        assertThat(folder.recover()).as("no folder").isEmpty();

        Path dir = Files.createDirectories(out.resolve("t").resolve("partition=0"));
        Path temp = write(dir, OffsetRangeFile.tempFileName("t", 0, 0));

        assertThat(folder.recover()).as("only a temp file").isEmpty();
        assertThat(temp).doesNotExist();
    }

    private static Path write(Path dir, String name) throws Exception {
        return Files.writeString(dir.resolve(name), "{\"id\":\"x\"}\n");
    }
}
