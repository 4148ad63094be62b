package io.newsflow.processor;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.localkafka.LocalKafkaBroker;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

/** The partition lookup that balances the stream threads, against a real broker. */
class StreamThreadsIT {

    @Test
    void shouldFindThePartitionsOfTheRawTopicWhateverTheClientTimeouts() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start();
                Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("threads-raw", 3, (short) 1))).all().get();
            String bootstrap = broker.bootstrapServers();

            // A Streams-only setting among the client settings, as the processor passes them.
            assertThat(StreamThreads.partitionsOf("threads-raw", Map.of("bootstrap.servers", bootstrap,
                    "state.dir", "/nonexistent"))).isEqualTo(3);
            assertThat(StreamThreads.partitionsOf("threads-raw", Map.of("bootstrap.servers", bootstrap,
                    "request.timeout.ms", 45_000))).isEqualTo(3);
            assertThat(StreamThreads.partitionsOf("no-such-topic", Map.of("bootstrap.servers", bootstrap)))
                    .isZero();
        }
    }
}
