package io.newsflow.cli;

import io.newsflow.localkafka.LocalKafkaBroker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The pipeline scenarios on the local KRaft broker started from Maven artifacts (no Docker needed). */
class PipelineIT extends PipelineScenarios {

    private static LocalKafkaBroker broker;

    @BeforeAll
    static void startBroker() {
        broker = LocalKafkaBroker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Override
    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
