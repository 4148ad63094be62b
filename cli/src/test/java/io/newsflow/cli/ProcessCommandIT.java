package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localkafka.LocalKafkaBroker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `newsflow process` as people run it: a separate JVM that SIGTERM stops cleanly. */
class ProcessCommandIT {

    @TempDir
    Path tmp;

    @Test
    void shouldRunUntilSigtermThenLeaveItsGroupCleanly() throws Exception {
        // Its own state dir: state left in the shared default (/tmp/kafka-streams) by an earlier run against
        // another broker makes Streams log TaskCorruptedException at start.
        Path config = Files.writeString(tmp.resolve("streams.properties"), "state.dir=" + tmp.resolve("state") + "\n");
        try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
            assertThat(Newsflow.commandLine().execute("topics", "create", "--bootstrap-server",
                    broker.bootstrapServers())).isZero();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    Newsflow.class.getName(), "process", "--bootstrap-server", broker.bootstrapServers(),
                    "--application-id", "sigterm-it", "--command-config", config.toString())
                    .redirectErrorStream(true)
                    .start();
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.append(line).append('\n');
                    if (line.startsWith("processor running")) {
                        break;
                    }
                }
                assertThat(output.toString()).as("process output").contains("processor running");

                process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our pipe
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped after SIGTERM").isTrue();
                lines.lines().forEach(rest -> output.append(rest).append('\n'));
            }
            // 143 = 128 + SIGTERM: the JVM ran its shutdown hooks, which closed Kafka Streams.
            assertThat(process.exitValue()).as(output.toString()).isIn(0, 143);
            assertThat(output.toString()).doesNotContain("ERROR").doesNotContain("Exception");
            try (Admin admin = Admin.create(Map.<String, Object>of("bootstrap.servers", broker.bootstrapServers()))) {
                var group = admin.describeConsumerGroups(List.of("sigterm-it")).all().get().get("sigterm-it");
                assertThat(group.members()).as("members left the group on close").isEmpty();
            }
        }
    }
}
