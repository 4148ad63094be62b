package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import io.newsflow.sink.JsonLinesOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The pipeline's commands on a secured broker, each in a JVM of its own with a client.properties: the steps that
 * {@link SecuredPipelineIT} (SASL/SCRAM) and {@link TlsPipelineIT} (TLS) share.
 */
final class SecuredRuns {

    /** A refusal must come faster than this; a command that waits out a timeout instead fails the test. */
    static final Duration FAST = Duration.ofSeconds(30);

    private static final TopicNames TOPICS = TopicNames.defaults();

    private SecuredRuns() {
    }

    /** How one refused command ended: its one error line and its wall time. */
    record Refusal(String line, Duration took) {
    }

    /** The command must stop by itself, fast, exit code 2, with one line and no stack trace. */
    static Refusal refusal(NewsflowJvm newsflow, String expected, String... args) throws Exception {
        NewsflowJvm.Result result = newsflow.run(Duration.ofSeconds(90), args);
        String what = "newsflow " + String.join(" ", args) + " printed:\n" + result.output();
        System.out.println(what + "(exit code " + result.exitCode() + " in " + result.took().toMillis() + " ms)");
        assertThat(result.exitCode()).as(what).isEqualTo(2);
        assertThat(result.took()).as(what).isLessThan(FAST);
        List<String> errors = result.output().lines().filter(line -> line.startsWith("newsflow: error: ")).toList();
        assertThat(errors).as(what).hasSize(1);
        assertThat(errors.get(0)).as(what).contains(expected);
        assertThat(result.output()).as(what).doesNotContain("\tat ").doesNotContain("Exception");
        return new Refusal(errors.get(0), result.took());
    }

    /** {@code settings} as a properties file in {@code dir}, without {@code bootstrap.servers} (an option wins). */
    static Path clientProperties(Path dir, String name, Map<String, Object> settings) throws IOException {
        Properties properties = new Properties();
        settings.forEach((key, value) -> properties.setProperty(key, value.toString()));
        properties.remove("bootstrap.servers");
        Path file = dir.resolve(name);
        try (var writer = Files.newBufferedWriter(file)) {
            properties.store(writer, null);
        }
        return file;
    }

    /**
     * A client.properties holding {@code plain} as they are and each of {@code secret} as a reference into a second
     * file, resolved by Kafka's FileConfigProvider: as docs/security.md advises for passwords.
     */
    static Path providerClientProperties(Path dir, String name, Map<String, Object> plain, Map<String, Object> secret)
            throws IOException {
        Path secrets = clientProperties(dir, "secrets-of-" + name, secret);
        List<String> lines = new ArrayList<>(List.of(
                "config.providers=file",
                "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider"));
        plain.forEach((key, value) -> lines.add(key + "=" + value));
        secret.keySet().forEach(key -> lines.add(key + "=${file:" + secrets.toAbsolutePath() + ":" + key + "}"));
        lines.add("");
        return Files.writeString(dir.resolve(name), String.join("\n", lines));
    }

    /** The two samples and edited copies of them: each a new article version, so each is enriched. */
    static Path articles(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> samples;
        try (var files = Files.list(PipelineScenarios.SAMPLES)) {
            samples = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < count; i++) {
            Path sample = samples.get(i % samples.size());
            String text = Files.readString(sample);
            Files.writeString(dir.resolve(i + "-" + sample.getFileName()), i < samples.size() ? text
                    : text + "\n\nUpdate " + i + ": this article was corrected.\n");
        }
        return dir;
    }

    /**
     * Runs ingest with {@code ingestConfig}, then the processor (with {@code --verbose}) and the JSON Lines sink with
     * {@code streamConfig} until the sink has written every article; checks every article was enriched and none
     * dead-lettered, reading the topics with {@code admin}.
     *
     * @return what the processor printed
     */
    static String deliverEveryArticle(NewsflowJvm newsflow, String bootstrap, Path ingestConfig, Path streamConfig,
            Path articles, int count, Path work, Map<String, Object> admin) throws Exception {
        Path out = work.resolve("out");
        NewsflowJvm.Result ingest = newsflow.run(Duration.ofSeconds(60), "ingest", "--bootstrap-server",
                bootstrap, "--command-config", ingestConfig.toString(), articles.toString());
        assertThat(ingest.exitCode()).as(ingest.output()).isZero();
        assertThat(ingest.output()).contains("published: " + count);
        NewsflowJvm.Started process = newsflow.start("process", "--verbose", "--bootstrap-server", bootstrap,
                "--command-config", streamConfig.toString(), "--state-dir", work.resolve("state").toString());
        NewsflowJvm.Started sink = newsflow.start("sink", "--bootstrap-server", bootstrap,
                "--command-config", streamConfig.toString(), "--out", out.toString(), "--roll-interval", "500ms");
        try {
            awaitLines(out, count, process, sink);
        } finally {
            sink.stop();
            process.stop();
        }
        assertThat(JsonLinesOutput.lines(out)).hasSize(count);
        assertThat(TopicContents.readAll(admin, TOPICS.enriched())).hasSize(count);
        assertThat(TopicContents.readAll(admin, TOPICS.deadLetter())).isEmpty();
        return process.output();
    }

    private static void awaitLines(Path out, int expected, NewsflowJvm.Started... stages) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            for (NewsflowJvm.Started stage : stages) {
                assertThat(stage.process().isAlive()).as("%s running; it printed:%n%s", stage.commandLine(),
                        stage.output()).isTrue();
            }
            if (Files.isDirectory(out) && JsonLinesOutput.lines(out).size() >= expected) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + expected + " lines in " + out + " after 60 s");
    }
}
