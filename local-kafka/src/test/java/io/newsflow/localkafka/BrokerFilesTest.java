package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class BrokerFilesTest {

    @Test
    void writesPropertiesKafkaReadsBackWithExtrasWinning() throws Exception {
        BrokerFiles files = BrokerFiles.createTemporary();
        try {
            Map<String, String> settings = BrokerProperties.singleNode("127.0.0.1", 1111, 2222,
                    Path.of("C:\\data dir"), Map.of("num.partitions", "6", "odd key", "a=b:c"));
            files.writeConfiguration(settings);

            Properties read = new Properties();
            read.load(new StringReader(Files.readString(files.serverProperties())));
            assertThat(read).containsEntry("listeners", "PLAINTEXT://127.0.0.1:1111,CONTROLLER://127.0.0.1:2222")
                    .containsEntry("controller.quorum.bootstrap.servers", "127.0.0.1:2222")
                    .containsEntry("auto.create.topics.enable", "false")
                    .containsEntry("num.partitions", "6")
                    .containsEntry("odd key", "a=b:c")
                    .containsEntry("log.dirs", settings.get("log.dirs"));
            assertThat(files.dataDir()).isDirectory();
            assertThat(files.log4jConfig()).isRegularFile();
        } finally {
            files.delete();
        }
        assertThat(files.root()).doesNotExist();
    }

    @Test
    void logTailKeepsTheLastLines() throws Exception {
        BrokerFiles files = BrokerFiles.createTemporary();
        try {
            files.writeConfiguration(Map.of());
            Files.writeString(files.logFile(),
                    IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

            assertThat(files.logTail(3)).isEqualTo("line 98\nline 99\nline 100");
        } finally {
            files.delete();
        }
    }
}
