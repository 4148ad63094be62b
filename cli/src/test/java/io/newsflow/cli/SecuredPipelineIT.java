package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.localkafka.ScramSecurity;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.JsonLinesOutput;
import io.newsflow.sink.SinkConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a broker that authenticates with SASL/SCRAM and enforces ACLs, each command in a JVM of its own
 * with its login in a client.properties file: a wrong password or a principal without ACLs makes each command stop
 * within seconds with one line and exit code 2; with the right login every article goes through, and no password
 * is ever printed, not even with --verbose. The ACLs granted here are the ones docs/security.md lists.
 */
class SecuredPipelineIT {

    private static final String PIPELINE = "pipeline";
    private static final String PIPELINE_PASSWORD = "pipeline-pw-5f0c2e";
    private static final String INTRUDER = "intruder";
    private static final String INTRUDER_PASSWORD = "intruder-pw-91d7aa";
    private static final String WRONG_PASSWORD = "wrong-pw-3b8e41";
    private static final int ARTICLES = 12;
    private static final Duration FAST = Duration.ofSeconds(30);

    private static final TopicNames TOPICS = TopicNames.defaults();
    private static final String APP_ID = ProcessorConfig.DEFAULT_APPLICATION_ID;

    @TempDir
    Path tmp;

    @Test
    void shouldStopAtOnceWithoutTheRightLoginAndDeliverEveryArticleWithIt() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(LocalKafkaBroker.Options.defaults()
                .withScramUser(PIPELINE, PIPELINE_PASSWORD).withScramUser(INTRUDER, INTRUDER_PASSWORD))) {
            Map<String, Object> admin = broker.adminClientSettings();
            String bootstrap = broker.bootstrapServers();
            Path adminConfig = clientProperties("admin.properties", admin);
            Path rightConfig = clientProperties("pipeline.properties", ScramSecurity.clientSettings(PIPELINE,
                    PIPELINE_PASSWORD));
            Path providerConfig = providerClientProperties();
            Path wrongConfig = clientProperties("wrong.properties", ScramSecurity.clientSettings(PIPELINE,
                    WRONG_PASSWORD));
            Path intruderConfig = clientProperties("intruder.properties", ScramSecurity.clientSettings(INTRUDER,
                    INTRUDER_PASSWORD));
            Path articles = articles();
            Path out = tmp.resolve("out");
            NewsflowJvm newsflow = new NewsflowJvm(Files.createDirectories(tmp.resolve("logs")));

            assertThat(newsflow.run(FAST, "topics", "create", "--bootstrap-server", bootstrap,
                    "--command-config", adminConfig.toString()).exitCode()).isZero();
            try (Admin client = Admin.create(admin)) {
                client.createAcls(pipelineAcls("User:" + PIPELINE)).all().get();
            }

            // Every command with a wrong password and with a principal lacking ACLs, all at once: each stops by itself.
            List<Callable<Refusal>> refusals = new ArrayList<>();
            for (Path config : List.of(wrongConfig, intruderConfig)) {
                String expected = config == wrongConfig ? "Kafka refused the login" : "not authorized to use ";
                refusals.add(() -> refusal(newsflow, expected, "ingest", "--bootstrap-server", bootstrap,
                        "--command-config", config.toString(), articles.toString()));
                refusals.add(() -> refusal(newsflow, expected, "process", "--bootstrap-server", bootstrap,
                        "--command-config", config.toString(), "--state-dir", tmp.resolve("state-refused").toString()));
                refusals.add(() -> refusal(newsflow, expected, "sink", "--bootstrap-server", bootstrap,
                        "--command-config", config.toString(), "--out", out.toString()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(refusals.size());
            try {
                List<Future<Refusal>> results = pool.invokeAll(refusals);
                for (Future<Refusal> refusal : results) {
                    Refusal r = refusal.get();
                    System.out.printf("refused in %d ms: %s%n", r.took().toMillis(), r.line());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(TopicContents.readAll(admin, TOPICS.raw())).as("nothing published without the right login")
                    .isEmpty();

            // The right login: plain in a file for ingest, through Kafka's FileConfigProvider for the others.
            NewsflowJvm.Result ingest = newsflow.run(Duration.ofSeconds(60), "ingest", "--bootstrap-server",
                    bootstrap, "--command-config", rightConfig.toString(), articles.toString());
            assertThat(ingest.exitCode()).as(ingest.output()).isZero();
            assertThat(ingest.output()).contains("published: " + ARTICLES);
            NewsflowJvm.Started process = newsflow.start("process", "--verbose", "--bootstrap-server", bootstrap,
                    "--command-config", providerConfig.toString(), "--state-dir", tmp.resolve("state").toString());
            NewsflowJvm.Started sink = newsflow.start("sink", "--bootstrap-server", bootstrap,
                    "--command-config", providerConfig.toString(), "--out", out.toString(), "--roll-interval", "500ms");
            try {
                awaitLines(out, ARTICLES, process, sink);
            } finally {
                sink.stop();
                process.stop();
            }
            assertThat(JsonLinesOutput.lines(out)).hasSize(ARTICLES);
            assertThat(TopicContents.readAll(admin, TOPICS.enriched())).hasSize(ARTICLES);
            assertThat(TopicContents.readAll(admin, TOPICS.deadLetter())).isEmpty();
            assertThat(process.output()).as("verbose logs ran").contains("sasl.jaas.config = [hidden]");

            String everything = newsflow.allOutput() + helpTexts();
            for (String secret : List.of(PIPELINE_PASSWORD, INTRUDER_PASSWORD, WRONG_PASSWORD,
                    superUserPassword(admin))) {
                assertThat(everything).as("no password in any output").doesNotContain(secret);
            }
        }
    }

    /**
     * What each command needs, as docs/security.md lists it: ingest writes the raw topic; the processor reads raw,
     * writes enriched and dead letters, runs its consumer group, transactions and internal topics (changelogs,
     * the near-duplicate link topic) under its application id; the JSON Lines sink reads enriched in its group.
     */
    static List<AclBinding> pipelineAcls(String principal) {
        return List.of(
                allow(principal, ResourceType.TOPIC, TOPICS.raw(), PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, TOPICS.raw(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, TOPICS.enriched(), PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, TOPICS.deadLetter(), PatternType.LITERAL, AclOperation.WRITE),
                allow(principal, ResourceType.GROUP, APP_ID, PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.TRANSACTIONAL_ID, APP_ID, PatternType.PREFIXED, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, APP_ID + "-", PatternType.PREFIXED, AclOperation.CREATE),
                allow(principal, ResourceType.TOPIC, APP_ID + "-", PatternType.PREFIXED, AclOperation.READ),
                allow(principal, ResourceType.TOPIC, APP_ID + "-", PatternType.PREFIXED, AclOperation.WRITE),
                allow(principal, ResourceType.TOPIC, APP_ID + "-", PatternType.PREFIXED, AclOperation.DELETE),
                allow(principal, ResourceType.TOPIC, TOPICS.enriched(), PatternType.LITERAL, AclOperation.READ),
                allow(principal, ResourceType.GROUP, SinkConfig.DEFAULT_GROUP_ID, PatternType.LITERAL,
                        AclOperation.READ));
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern,
            AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    private record Refusal(String line, Duration took) {
    }

    /** The command must stop by itself, fast, exit code 2, with one line and no stack trace. */
    private static Refusal refusal(NewsflowJvm newsflow, String expected, String... args) throws Exception {
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

    private Path clientProperties(String name, Map<String, Object> settings) throws IOException {
        Properties properties = new Properties();
        settings.forEach((key, value) -> properties.setProperty(key, value.toString()));
        properties.remove("bootstrap.servers");
        Path file = tmp.resolve(name);
        try (var writer = Files.newBufferedWriter(file)) {
            properties.store(writer, null);
        }
        return file;
    }

    /** The login kept in a second file, which client.properties references through Kafka's FileConfigProvider. */
    private Path providerClientProperties() throws IOException {
        Map<String, Object> login = ScramSecurity.clientSettings(PIPELINE, PIPELINE_PASSWORD);
        Path secrets = clientProperties("secrets.properties", Map.of("jaas", login.get("sasl.jaas.config")));
        Path file = tmp.resolve("provider.properties");
        Files.writeString(file, String.join("\n",
                "config.providers=file",
                "config.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider",
                "security.protocol=" + login.get("security.protocol"),
                "sasl.mechanism=" + login.get("sasl.mechanism"),
                "sasl.jaas.config=${file:" + secrets.toAbsolutePath() + ":jaas}", ""));
        return file;
    }

    /** The two samples and edited copies of them: each a new article version, so each is enriched. */
    private Path articles() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("articles"));
        List<Path> samples;
        try (var files = Files.list(PipelineScenarios.SAMPLES)) {
            samples = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < ARTICLES; i++) {
            Path sample = samples.get(i % samples.size());
            String text = Files.readString(sample);
            Files.writeString(dir.resolve(i + "-" + sample.getFileName()), i < samples.size() ? text
                    : text + "\n\nUpdate " + i + ": this article was corrected.\n");
        }
        return dir;
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

    private static String superUserPassword(Map<String, Object> admin) {
        String jaas = admin.get("sasl.jaas.config").toString();
        return jaas.substring(jaas.indexOf("password=\"") + 10, jaas.lastIndexOf('"'));
    }

    /** Every command's --help, given a --command-config: options are described, files are not read. */
    private String helpTexts() {
        StringBuilder all = new StringBuilder();
        for (String command : List.of("ingest", "process", "sink", "status", "topics create", "replay", "demo")) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintWriter writer = new PrintWriter(out, true, StandardCharsets.UTF_8);
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.addAll(List.of("--command-config", tmp.resolve("pipeline.properties").toString(), "--help"));
            Newsflow.commandLine().setOut(writer).setErr(writer).execute(args.toArray(String[]::new));
            all.append(out.toString(StandardCharsets.UTF_8));
        }
        assertThat(all).contains("--command-config");
        return all.toString();
    }
}
