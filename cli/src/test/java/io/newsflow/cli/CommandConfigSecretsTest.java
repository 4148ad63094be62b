package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A --command-config that Kafka's clients refuse (a broken JAAS line, a login module that does not exist, a
 * truststore that cannot be read): one line that names the setting, exit code 2, and never the password in it.
 */
class CommandConfigSecretsTest {

    private static final String SECRET = "s3cret-in-config-7a1";

    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {
        "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"" + SECRET + "\"",
        "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=com.example.NoSuchLoginModule required username=\"u\" password=\"" + SECRET + "\";",
        "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=" + SECRET + " extra;",
        "security.protocol=SSL\nssl.truststore.location=/nonexistent/truststore.p12\nssl.truststore.password=" + SECRET,
        "config.providers=file\nconfig.providers.file.class=org.apache.kafka.common.config.provider.FileConfigProvider\nsasl.jaas.config=${file:/nonexistent/secrets.properties:jaas}\nsecurity.protocol=SASL_PLAINTEXT\nsasl.mechanism=SCRAM-SHA-512",
    })
    void shouldRefuseABrokenClientConfigInOneLineWithoutItsPassword(String config) throws Exception {
        Path file = Files.writeString(tmp.resolve("client.properties"), config + "\n");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintWriter err = new PrintWriter(bytes, true, StandardCharsets.UTF_8);
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int code;
        try (PrintStream both = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            System.setOut(both);
            System.setErr(both);
            code = Newsflow.commandLine().setErr(err).execute("ingest", "--bootstrap-server", "127.0.0.1:1",
                    "--command-config", file.toString(), tmp.toString());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        String output = bytes.toString(StandardCharsets.UTF_8);
        System.out.println("printed: " + output);
        assertThat(output).as(output).doesNotContain(SECRET).startsWith("newsflow: error: ").contains("--command-config");
        assertThat(output.lines()).as(output).hasSize(1);
        assertThat(code).as(output).isEqualTo(2);
    }
}
