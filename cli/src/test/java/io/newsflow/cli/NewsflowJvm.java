package io.newsflow.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** `newsflow ...` as people run it: a JVM of its own, stdout and stderr together in a log file of a folder. */
final class NewsflowJvm {

    /** A started command. */
    record Started(Process process, Path log, String commandLine) {

        String output() throws IOException {
            return Files.readString(log);
        }

        /** SIGTERM, as an operator stops a long-running command. */
        void stop() throws InterruptedException {
            process.toHandle().destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(commandLine + " still running 60 s after SIGTERM");
            }
        }
    }

    /** How one finished command went. */
    record Result(int exitCode, String output, Duration took) {
    }

    private final Path logDir;
    private int runs;

    NewsflowJvm(Path logDir) {
        this.logDir = logDir;
    }

    /** Starts the command and returns at once. */
    synchronized Started start(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // C1 only and the serial collector: a short-lived JVM on 2 shared cores starts faster so.
        List<String> command = new ArrayList<>(List.of(java.toString(), "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Newsflow.class.getName()));
        command.addAll(List.of(args));
        Path log = logDir.resolve(String.format("%02d-%s.log", ++runs, args[0]));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new Started(process, log, "newsflow " + String.join(" ", args));
    }

    /** Runs the command to its end, failing when it takes longer than {@code timeout}. */
    Result run(Duration timeout, String... args) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Started started = start(args);
        if (!started.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            started.process().destroyForcibly().waitFor();
            throw new AssertionError(started.commandLine() + " still running after " + timeout + "; its output:\n"
                    + started.output());
        }
        return new Result(started.process().exitValue(), started.output(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Everything every command printed, for checks that hold for all of them. */
    String allOutput() throws IOException {
        StringBuilder all = new StringBuilder();
        try (var logs = Files.list(logDir)) {
            for (Path log : logs.sorted().toList()) {
                all.append("=== ").append(log.getFileName()).append('\n').append(Files.readString(log));
            }
        }
        return all.toString();
    }
}
