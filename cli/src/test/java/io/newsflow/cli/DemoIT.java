package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.sink.JsonLinesOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsflow demo` end to end: its own local broker, the samples, a table, exit 0. */
class DemoIT {

    @TempDir
    Path tmp;

    @Test
    void shouldRunTheWholePipelineOnTheSamplesAndExitZero() throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            exitCode = Newsflow.commandLine().execute("demo", "--out", tmp.toString(), PipelineScenarios.SAMPLES.toString());
        } finally {
            System.setOut(stdout);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        stdout.print(output);

        assertThat(exitCode).isZero();
        assertThat(JsonLinesOutput.lines(tmp)).hasSize(2);
        assertThat(output)
                .contains("Stronger Tehran-Islamabad Ties Underscored")
                .contains("National")
                .contains("2 enriched, 0 dead-lettered");
    }
}
