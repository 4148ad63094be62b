package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.localkafka.ScramSecurity;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.SinkConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
            Path adminConfig = SecuredRuns.clientProperties(tmp, "admin.properties", admin);
            Path rightConfig = SecuredRuns.clientProperties(tmp, "pipeline.properties",
                    ScramSecurity.clientSettings(PIPELINE, PIPELINE_PASSWORD));
            Path providerConfig = providerClientProperties();
            Path wrongConfig = SecuredRuns.clientProperties(tmp, "wrong.properties",
                    ScramSecurity.clientSettings(PIPELINE, WRONG_PASSWORD));
            Path intruderConfig = SecuredRuns.clientProperties(tmp, "intruder.properties",
                    ScramSecurity.clientSettings(INTRUDER, INTRUDER_PASSWORD));
            Path articles = SecuredRuns.articles(tmp.resolve("articles"), ARTICLES);
            Path out = tmp.resolve("out");
            NewsflowJvm newsflow = new NewsflowJvm(Files.createDirectories(tmp.resolve("logs")));

            assertThat(newsflow.run(SecuredRuns.FAST, "topics", "create", "--bootstrap-server", bootstrap,
                    "--command-config", adminConfig.toString()).exitCode()).isZero();
            try (Admin client = Admin.create(admin)) {
                ScramSecurity.grant(client, pipelineAcls("User:" + PIPELINE), Duration.ofSeconds(30));
            }

            // Every command with a wrong password and with a principal lacking ACLs, all at once: each stops by itself.
            List<Callable<SecuredRuns.Refusal>> refusals = new ArrayList<>();
            for (Path config : List.of(wrongConfig, intruderConfig)) {
                String expected = config == wrongConfig ? "Kafka refused the login" : "not authorized to use ";
                refusals.add(() -> SecuredRuns.refusal(newsflow, expected, "ingest", "--bootstrap-server", bootstrap,
                        "--command-config", config.toString(), articles.toString()));
                refusals.add(() -> SecuredRuns.refusal(newsflow, expected, "process", "--bootstrap-server", bootstrap,
                        "--command-config", config.toString(), "--state-dir", tmp.resolve("state-refused").toString()));
                refusals.add(() -> SecuredRuns.refusal(newsflow, expected, "sink", "--bootstrap-server", bootstrap,
                        "--command-config", config.toString(), "--out", out.toString()));
            }
            ExecutorService pool = Executors.newFixedThreadPool(refusals.size());
            try {
                List<Future<SecuredRuns.Refusal>> results = pool.invokeAll(refusals);
                for (Future<SecuredRuns.Refusal> refusal : results) {
                    SecuredRuns.Refusal r = refusal.get();
                    System.out.printf("refused in %d ms: %s%n", r.took().toMillis(), r.line());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(TopicContents.readAll(admin, TOPICS.raw())).as("nothing published without the right login")
                    .isEmpty();

            // The right login: plain in a file for ingest, through Kafka's FileConfigProvider for the others.
            String processed = SecuredRuns.deliverEveryArticle(newsflow, bootstrap, rightConfig, providerConfig,
                    articles, ARTICLES, tmp, admin);
            assertThat(processed).as("verbose logs ran").contains("sasl.jaas.config = [hidden]");

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

    /** The login kept in a second file, which client.properties references through Kafka's FileConfigProvider. */
    private Path providerClientProperties() throws IOException {
        Map<String, Object> plain = new LinkedHashMap<>(ScramSecurity.clientSettings(PIPELINE, PIPELINE_PASSWORD));
        Map<String, Object> secret = Map.of("sasl.jaas.config", plain.remove("sasl.jaas.config"));
        return SecuredRuns.providerClientProperties(tmp, "provider.properties", plain, secret);
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
