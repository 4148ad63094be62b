package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localkafka.LocalKafkaBroker;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on a broker whose client port speaks TLS with a certificate from its own authority, each command in a
 * JVM of its own: with a client.properties of {@code security.protocol=SSL} and a truststore holding that authority
 * (its password through Kafka's FileConfigProvider), topics create -> ingest -> process -> sink deliver every
 * article; a truststore without it makes a command stop within seconds with one line and exit code 2. No truststore
 * password is ever printed.
 */
class TlsPipelineIT {

    private static final int ARTICLES = 12;
    private static final String FOREIGN_PASSWORD = "foreign-trust-pw-6c1f09";

    @TempDir
    Path tmp;

    @Test
    void shouldRefuseABrokerItDoesNotTrustInOneLineAndDeliverEveryArticleOverTls() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(LocalKafkaBroker.Options.defaults().withTls())) {
            Map<String, Object> admin = broker.adminClientSettings();
            String bootstrap = broker.bootstrapServers();
            assertThat(admin).containsEntry("security.protocol", "SSL");
            Map<String, Object> plain = new LinkedHashMap<>(admin);
            plain.remove("bootstrap.servers");
            Object password = plain.remove("ssl.truststore.password");
            Path config = SecuredRuns.providerClientProperties(tmp, "tls.properties", plain,
                    Map.of("ssl.truststore.password", password));
            Path untrusting = SecuredRuns.clientProperties(tmp, "untrusting.properties", Map.of(
                    "security.protocol", "SSL",
                    "ssl.truststore.location", foreignTruststore().toString(),
                    "ssl.truststore.password", FOREIGN_PASSWORD,
                    "ssl.truststore.type", "PKCS12"));
            Path articles = SecuredRuns.articles(tmp.resolve("articles"), ARTICLES);
            NewsflowJvm newsflow = new NewsflowJvm(Files.createDirectories(tmp.resolve("logs")));

            // The refusal runs beside topics create: two JVM starts in the time of one.
            ExecutorService pool = Executors.newSingleThreadExecutor();
            try {
                Future<SecuredRuns.Refusal> refusal = pool.submit(() -> SecuredRuns.refusal(newsflow,
                        "TLS handshake with the broker failed: ", "ingest", "--bootstrap-server", bootstrap,
                        "--command-config", untrusting.toString(), articles.toString()));
                NewsflowJvm.Result topics = newsflow.run(SecuredRuns.FAST, "topics", "create", "--bootstrap-server",
                        bootstrap, "--command-config", config.toString());
                assertThat(topics.exitCode()).as(topics.output()).isZero();
                SecuredRuns.Refusal refused = refusal.get();
                assertThat(refused.line()).contains("check ssl.truststore.* in --command-config");
                System.out.printf("refused in %d ms: %s%n", refused.took().toMillis(), refused.line());
            } finally {
                pool.shutdownNow();
            }
            SecuredRuns.deliverEveryArticle(newsflow, bootstrap, config, config, articles, ARTICLES, tmp, admin);

            String everything = newsflow.allOutput();
            for (String secret : List.of(password.toString(), FOREIGN_PASSWORD)) {
                assertThat(everything).as("no truststore password in any output").doesNotContain(secret);
            }
        }
    }

    /** A truststore of one of the JDK's public authorities: a real one, but not the one that signed the broker. */
    private Path foreignTruststore() throws Exception {
        KeyStore jdk = KeyStore.getInstance(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts")
                .toFile(), "changeit".toCharArray());
        String alias = jdk.aliases().nextElement();
        KeyStore foreign = KeyStore.getInstance("PKCS12");
        foreign.load(null, null);
        foreign.setCertificateEntry(alias, jdk.getCertificate(alias));
        Path file = tmp.resolve("foreign-truststore.p12");
        try (OutputStream out = Files.newOutputStream(file)) {
            foreign.store(out, FOREIGN_PASSWORD.toCharArray());
        }
        return file;
    }
}
