package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localkafka.LocalKafkaBroker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
        try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
            assertThat(Newsflow.commandLine().execute("topics", "create", "--bootstrap-server",
                    broker.bootstrapServers())).isZero();
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            // Its own temp folder, so Kafka Streams' default state dir holds no state of an earlier run (with the
            // same application id, against another broker), which it would report as corrupted tasks.
            Process process = new ProcessBuilder(java.toString(), "-Djava.io.tmpdir=" + tmp,
                    "-cp", System.getProperty("java.class.path"), Newsflow.class.getName(), "process", "--bootstrap-server", broker.bootstrapServers(),
                    "--application-id", "sigterm-it")
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
