package io.newsflow.cli;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same scenarios on Testcontainers' Kafka where a Docker engine exists; reported skipped elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class PipelineTestcontainersIT extends PipelineScenarios {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.3.1");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
