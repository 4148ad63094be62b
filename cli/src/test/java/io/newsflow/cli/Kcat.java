package io.newsflow.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's kcat, a librdkafka client: proof that a third-party client can feed and read the pipeline. */
final class Kcat {

    private Kcat() {
    }

    static boolean available() {
        try {
            return new ProcessBuilder("kcat", "-V").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kcat"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("kcat did not finish: " + command);
        }
        if (process.exitValue() != 0) {
            throw new AssertionError("kcat exited with " + process.exitValue() + ": " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
