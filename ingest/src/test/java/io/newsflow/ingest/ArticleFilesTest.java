package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.events.RawEvent;
import io.newsflow.events.Sha256;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Assumptions;
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
        Path file = Files.writeString(dir.resolve("empty.txt"), "");
        assertThatThrownBy(() -> ArticleFiles.read(file, NOW)).hasMessage("empty file");
    }

    @Test
    void shouldRefuseAWhitespaceOnlyFileWhateverItsEncoding() throws Exception {
        Path utf8 = Files.writeString(dir.resolve("blank.txt"), " \n\t\u00A0\r\n ");
        Path utf16 = Files.write(dir.resolve("blank16.txt"), bom16le(" \n  \n"));
        assertThatThrownBy(() -> ArticleFiles.read(utf8, NOW)).hasMessage("only whitespace, no text");
        assertThatThrownBy(() -> ArticleFiles.read(utf16, NOW)).hasMessage("only whitespace, no text");
    }

    @Test
    void shouldNameTheBinaryFormatByItsMagicNumber() throws Exception {
        assertThat(reason("a.png", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)).isEqualTo("binary file (PNG image), not text");
        assertThat(reason("a.jpg", 0xFF, 0xD8, 0xFF, 0xE0, 'J', 'F')).isEqualTo("binary file (JPEG image), not text");
        assertThat(reason("a.txt", '%', 'P', 'D', 'F', '-', '1', '.', '7', '\n')).isEqualTo("binary file (PDF document), not text");
        assertThat(reason("a.zip", 'P', 'K', 3, 4, 20, 0)).startsWith("binary file (ZIP archive");
        assertThat(reason("a.gz", 0x1F, 0x8B, 8, 0)).isEqualTo("binary file (gzip archive), not text");
    }

    @Test
    void shouldRefuseAnUnknownBinaryByItsNulByteOrItsControlCharacters() throws Exception {
        assertThat(reason("a.bin", 'a', 'b', 0, 'c')).isEqualTo("binary file (NUL byte at offset 2), not text");
        byte[] controls = new byte[200];
        for (int i = 0; i < controls.length; i++) {
            controls[i] = (byte) (i % 2 == 0 ? 'x' : 0x01);
        }
        assertThat(reason("b.bin", controls)).startsWith("binary file (100 control characters in UTF-8 text)");
    }

    @Test
    void shouldKeepAFewStrayControlCharactersInText() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "A bell \u0007 rang in an otherwise normal article.");
        assertThat(ArticleFiles.read(file, NOW).content()).contains("\u0007");
    }

    @Test
    void shouldRefuseDamagedUtf8WithTheOffsetOfTheFirstBadByte() throws Exception {
        byte[] good = "Caf\u00E9 cr\u00E8me, na\u00EFve \u2014 ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(good, good.length + 2);
        bytes[good.length] = (byte) 0xC3; // a lead byte cut off from its continuation
        bytes[good.length + 1] = 'x';
        assertThat(reason("a.txt", bytes)).isEqualTo("invalid UTF-8 at byte offset " + good.length
                + " in otherwise UTF-8 text (1 bad sequence(s)); re-save the file as UTF-8");
    }

    @Test
    void shouldStripAUtf8ByteOrderMarkSoTheHashIsThatOfTheText() throws Exception {
        byte[] text = "Hello".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        ArticleFiles.ArticleFile article = readFile("bom.txt", withBom);

        assertThat(article.event().content()).isEqualTo("Hello");
        assertThat(article.event().contentSha256()).isEqualTo(Sha256.hex(text));
        assertThat(article.event().sizeBytes()).isEqualTo(5);
        assertThat(article.charset()).isEqualTo("UTF-8");
    }

    @Test
    void shouldDecodeUtf16InBothByteOrdersFromTheirByteOrderMark() throws Exception {
        String text = "Tehran \u062A\u0647\u0631\u0627\u0646 \u2014 \uD83D\uDCF0 news";
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE));

        ArticleFiles.ArticleFile little = readFile("le.txt", bom16le(text));
        ArticleFiles.ArticleFile big = readFile("be.txt", be);

        assertThat(little.event().content()).isEqualTo(text);
        assertThat(little.charset()).isEqualTo("UTF-16LE");
        assertThat(big.event().content()).isEqualTo(text);
        assertThat(big.charset()).isEqualTo("UTF-16BE");
        assertThat(big.event().contentSha256()).isEqualTo(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(big.event().sizeBytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void shouldConvertWindows1252WithItsCurlyQuotesAndEuroSign() throws Exception {
        String text = "\u201CIt costs 5 \u20AC,\u201D said the caf\u00E9 owner \u2013 na\u00EFvely.";
        ArticleFiles.ArticleFile article = readFile("cp1252.txt", text.getBytes("windows-1252"));

        assertThat(article.event().content()).isEqualTo(text);
        assertThat(article.charset()).isEqualTo("windows-1252");
        assertThat(article.event().contentSha256()).isEqualTo(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldConvertIsoLatin1WhenNoWindowsOnlyByteOccurs() throws Exception {
        String text = "Z\u00FCrich, S\u00E3o Paulo, M\u00E5lm\u00F6 \u00A9 2024";
        ArticleFiles.ArticleFile article = readFile("latin1.txt", text.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(article.event().content()).isEqualTo(text);
        assertThat(article.charset()).isEqualTo("ISO-8859-1");
    }

    @Test
    void shouldRefuseAFileOverTheLimitWithItsSizeAndTheLimit() throws Exception {
        Path file = Files.write(dir.resolve("big.txt"), "x".repeat(3 * 1024 + 1).getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ArticleFiles.readFile(file, NOW, null, 3 * 1024))
                .hasMessage("too large: 3.0 KiB (3073 bytes) is over the limit of 3.0 KiB (3072 bytes) (--max-file-size)");
        assertThat(ArticleFiles.readFile(file, NOW, null, 3 * 1024 + 1).event().sizeBytes()).isEqualTo(3 * 1024 + 1);
    }

    @Test
    void shouldRefuseAFileThatChangesWhileBeingRead() throws Exception {
        Path file = Files.writeString(dir.resolve("growing.txt"), "The first half of an article");

        assertThatThrownBy(() -> ArticleFiles.readFile(file, NOW, null, 1024, () -> append(file, " and more")))
                .hasMessage("changed while being read (still being written?); ingest it again when complete");
    }

    @Test
    void shouldRefuseAFileThatVanishesWhileOrBeforeBeingRead() throws Exception {
        Path file = Files.writeString(dir.resolve("temp.txt"), "soon gone");

        assertThatThrownBy(() -> ArticleFiles.readFile(file, NOW, null, 1024, () -> delete(file)))
                .hasMessage("vanished while being read");
        assertThatThrownBy(() -> ArticleFiles.read(file, NOW)).hasMessage("no such file (gone before it could be read)");
    }

    @Test
    void shouldSayPermissionDeniedForAFileItMayNotRead() throws Exception {
        Path file = Files.writeString(dir.resolve("secret.txt"), "x");
        Files.setPosixFilePermissions(file, java.util.Set.of());
        Assumptions.assumeFalse(Files.isReadable(file),
                "running as root, which reads files whatever their permissions: permission case not checked here");

        assertThatThrownBy(() -> ArticleFiles.read(file, NOW)).hasMessage("cannot read: permission denied");
    }

    @Test
    void shouldRefuseSomethingThatIsNotARegularFile() {
        assertThatThrownBy(() -> ArticleFiles.read(dir, NOW)).hasMessage("not a regular file (a folder, device or pipe)");
    }

    private String reason(String name, int... bytes) {
        byte[] value = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            value[i] = (byte) bytes[i];
        }
        return reason(name, value);
    }

    private String reason(String name, byte[] bytes) {
        try {
            ArticleFiles.read(Files.write(dir.resolve(name), bytes), NOW);
            throw new AssertionError(name + " was read as text");
        } catch (ArticleFiles.Unreadable e) {
            return e.getMessage();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ArticleFiles.ArticleFile readFile(String name, byte[] bytes) throws Exception {
        return ArticleFiles.readFile(Files.write(dir.resolve(name), bytes), NOW, null, ArticleFiles.DEFAULT_MAX_BYTES);
    }

    private static byte[] bom16le(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
