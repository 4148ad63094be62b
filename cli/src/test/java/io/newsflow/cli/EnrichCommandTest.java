package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.EnrichedArticle;
import io.newsflow.events.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichCommandTest {

    @TempDir
    Path tmp;

    private record Run(int exitCode, List<String> lines) {
    }

    @Test
    void shouldPrintOneEnrichedRecordPerFileWithItsFileUri() throws Exception {
        Run run = run(null, "enrich", PipelineScenarios.SAMPLES.resolve("tehran-islamabad-ties.txt").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.lines()).hasSize(1);
        EnrichedArticle article = Json.MAPPER.readValue(run.lines().get(0), EnrichedArticle.class);
        assertThat(article.title()).isEqualTo("Stronger Tehran-Islamabad Ties Underscored");
        assertThat(article.section()).isEqualTo("National");
        assertThat(article.sourceUri()).startsWith("file:/").endsWith("/samples/tehran-islamabad-ties.txt");
        assertThat(article.rawTopic()).isNull();
        assertThat(article.rawOffset()).isNull();
    }

    @Test
    void shouldReadStandardInputAndHonourTheContentType() throws Exception {
        String html = "<html><body><article><h1>Bridge Reopens</h1><p>The old bridge reopened to traffic on Sunday "
                + "after two years of repairs, the city said.</p></article></body></html>";
        Run run = run(html, "enrich", "--content-type", "text/html", "-");

        assertThat(run.exitCode()).isZero();
        JsonNode record = Json.MAPPER.readTree(run.lines().get(0));
        assertThat(record.path("sourceUri").asText()).isEqualTo("stdin:");
        assertThat(record.path("title").asText()).isEqualTo("Bridge Reopens");
        assertThat(record.path("body").asText()).contains("old bridge reopened").doesNotContain("<p>");
    }

    @Test
    void shouldGiveAJsonErrorLineAndExitOneForAFileItCannotProcess() throws Exception {
        Path empty = Files.writeString(tmp.resolve("empty.txt"), "");
        Run run = run(null, "enrich", empty.toString(), PipelineScenarios.SAMPLES.resolve("rouhani-khan-new-york.txt")
                .toString(), tmp.resolve("missing.txt").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.lines()).hasSize(3);
        assertThat(Json.MAPPER.readTree(run.lines().get(0)).path("error").asText()).isEqualTo("empty file");
        assertThat(Json.MAPPER.readTree(run.lines().get(1)).path("title").asText()).startsWith("Rouhani");
        assertThat(Json.MAPPER.readTree(run.lines().get(2)).path("error").asText()).contains("no such file");
    }

    @Test
    void shouldGiveAnErrorLineForAFileWithoutArticleTextAsThePipelineDeadLettersIt() throws Exception {
        Path cookieWall = Files.writeString(tmp.resolve("cookies.txt"), "Home\nShare on Facebook\n"
                + "Subscribe to our newsletter\nWe use cookies to improve your experience. Accept all cookies\n");
        Run run = run(null, "enrich", cookieWall.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(Json.MAPPER.readTree(run.lines().get(0)).path("error").asText())
                .startsWith("No article text was found");
    }

    @Test
    void shouldRefuseAnUnknownContentTypeAsAUsageError() throws Exception {
        assertThat(run(null, "enrich", "--content-type", "application/pdf", "x.pdf").exitCode()).isEqualTo(2);
    }

    private static Run run(String stdin, String... args) {
        PrintStream stdout = System.out;
        InputStream originalIn = System.in;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            if (stdin != null) {
                System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            }
            int exitCode = Newsflow.commandLine().execute(args);
            return new Run(exitCode, captured.toString(StandardCharsets.UTF_8).lines().toList());
        } finally {
            System.setOut(stdout);
            System.setIn(originalIn);
        }
    }
}
