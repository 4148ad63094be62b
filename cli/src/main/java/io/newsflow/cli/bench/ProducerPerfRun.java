package io.newsflow.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kafka's own {@code ProducerPerformance} (what {@code kafka-producer-perf-test.sh} runs) against the bench's
 * broker: the fastest a plain producer gets records of the articles' size in, the ceiling for the pipeline.
 *
 * <p>It runs in a child JVM on this JVM's classpath rather than in-process: its main does not exit on success,
 * but it prints to {@code System.out} and calls {@code Exit.exit} on bad arguments, and a JVM of its own keeps
 * its heap and JIT apart from the pipeline's, as the shell script would.
 */
final class ProducerPerfRun {

    /** The producer settings the ceiling in KAFKA-LOCAL.md was measured with, so the figures compare. */
    static final List<String> PRODUCER_PROPS = List.of("acks=all", "linger.ms=10", "batch.size=262144");

    // "10000 steady state records sent, 17920.3 records/sec (70.00 MB/sec), ..." (the total lines, not windows)
    private static final Pattern TOTAL = Pattern.compile(
            "^(\\d+)( steady state)? records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\), "
                    + "([\\d.]+) ms avg latency.* (\\d+) ms 99th");

    record Result(long records, double recordsPerSecond, double megabytesPerSecond, double avgLatencyMs,
            long p99LatencyMs) {
    }

    private ProducerPerfRun() {
    }

    /**
     * @param warmupRecords sent first and left out of the figures, as the pipeline's warm-up run is
     */
    static Result run(String bootstrap, String topic, int records, int warmupRecords, int recordSize,
            Duration timeout) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=en", "-Duser.country=US", // the tool formats its figures with the default locale
                "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance",
                "--bootstrap-server", bootstrap, "--topic", topic,
                "--num-records", Integer.toString(records + warmupRecords),
                "--warmup-records", Integer.toString(warmupRecords),
                "--record-size", Integer.toString(recordSize),
                "--throughput", "-1",
                "--command-property"));
        command.addAll(PRODUCER_PROPS);
        Process child = new ProcessBuilder(command).start();
        CompletableFuture<String> out = readAll(child.getInputStream());
        CompletableFuture<String> err = readAll(child.getErrorStream());
        child.getOutputStream().close();
        if (!child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("ProducerPerformance did not finish within " + timeout.toSeconds() + " s");
        }
        String output = out.join();
        if (child.exitValue() != 0) {
            throw new IllegalStateException("ProducerPerformance exited with " + child.exitValue() + ":\n"
                    + output + err.join());
        }
        return parse(output);
    }

    /** Prefers the steady-state total, which leaves out the warm-up records. */
    static Result parse(String output) {
        Result total = null;
        for (String line : output.split("\\R")) {
            Matcher m = TOTAL.matcher(line.strip());
            if (m.find() && (total == null || m.group(2) != null)) {
                total = new Result(Long.parseLong(m.group(1)), Double.parseDouble(m.group(3)),
                        Double.parseDouble(m.group(4)), Double.parseDouble(m.group(5)), Long.parseLong(m.group(6)));
            }
        }
        if (total == null) {
            throw new IllegalStateException("no total line in ProducerPerformance's output:\n" + output);
        }
        return total;
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        // Drained on their own threads: a child blocked on a full pipe would never finish.
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
