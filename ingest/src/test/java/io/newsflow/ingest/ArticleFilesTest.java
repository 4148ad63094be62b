package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path dir;

    @Test
    void shouldReadATextFileIntoAVersionOneEnvelope() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Héllo world");

        RawEvent event = ArticleFiles.read(file, NOW);

        byte[] bytes = "Héllo world".getBytes(StandardCharsets.UTF_8);
        assertThat(event.content()).isEqualTo("Héllo world");
        assertThat(event.contentType()).isEqualTo(RawEvent.TEXT_PLAIN);
        assertThat(event.contentSha256()).isEqualTo(Sha256.hex(bytes));
        assertThat(event.sizeBytes()).isEqualTo(bytes.length);
        assertThat(event.sourceUri()).startsWith("file:/").endsWith("/a.txt");
        assertThat(event.ingestedAt()).isEqualTo(NOW);
        assertThat(event.schemaVersion()).isEqualTo(1);
        assertThat(event.id()).matches("[0-9a-f]{32}");
    }

    @Test
    void shouldKeepTheIdWhenTheFileIsEditedSoItBecomesANewVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "first");
        RawEvent first = ArticleFiles.read(file, NOW);
        Files.writeString(file, "second");
        RawEvent second = ArticleFiles.read(file, NOW);

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.contentSha256()).isNotEqualTo(first.contentSha256());
    }

    @Test
    void shouldGiveTheSameIdThroughADifferentPathToTheSameFile() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path file = Files.writeString(dir.resolve("a.txt"), "x");

        assertThat(ArticleFiles.read(dir.resolve("sub/../a.txt"), NOW).id()).isEqualTo(ArticleFiles.read(file, NOW).id());
    }

    @Test
    void shouldDetectHtmlByExtensionAndByContent() throws Exception {
        assertThat(ArticleFiles.read(Files.writeString(dir.resolve("a.html"), "<p>x</p>"), NOW).contentType())
                .isEqualTo(RawEvent.TEXT_HTML);
        assertThat(ArticleFiles.read(Files.writeString(dir.resolve("b.txt"), "  <!DOCTYPE html><p>x"), NOW)
                .contentType()).isEqualTo(RawEvent.TEXT_HTML);
    }

    @Test
    void shouldRefuseAnEmptyFile() throws Exception {
        Path file = Files.writeString(dir.resolve("empty.txt"), " \n ");
        assertThatThrownBy(() -> ArticleFiles.read(file, NOW)).hasMessage("empty file");
    }

    @Test
    void shouldRefuseBytesThatAreNotUtf8() throws Exception {
        Path file = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xFF});
        assertThatThrownBy(() -> ArticleFiles.read(file, NOW)).hasMessageContaining("not UTF-8");
    }
}
