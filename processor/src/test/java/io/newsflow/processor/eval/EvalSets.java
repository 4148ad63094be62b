package io.newsflow.processor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The development sets with gold labels and their scorers, kept outside the repository in
 * {@code ../shared/eval-dev} (or {@code NEWSFLOW_EVAL_DIR}), scored by the sets' own Python scripts so the
 * figures are the ones the held-out sets are measured with.
 */
final class EvalSets {

    private EvalSets() {
    }

    static Path dir() {
        String override = System.getenv("NEWSFLOW_EVAL_DIR");
        Path dir = override != null ? Path.of(override) : Path.of("..", "..", "shared", "eval-dev");
        Assumptions.assumeTrue(Files.isDirectory(dir), "no evaluation sets at " + dir.toAbsolutePath());
        return dir;
    }

    /** A scorer's figures: its first output line, then the rest (per-type lines). */
    record Score(double f1, double precision, double recall, String report) {
    }

    static Score score(String scorer, Path gold, Path predictions) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", dir().resolve(scorer).toString(),
                gold.toString(), predictions.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("scorer finished").isTrue();
        assertThat(process.exitValue()).as("scorer output: " + output).isZero();
        String[] first = output.lines().findFirst().orElseThrow().trim().split("\\s+");
        return new Score(Double.parseDouble(first[0]), Double.parseDouble(first[1]), Double.parseDouble(first[2]),
                output.strip());
    }

    static Path output(String name) throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "eval"));
        return dir.resolve(name);
    }
}
