package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.localkafka.LocalKafkaBroker;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Issue 4's proof "broker restart in the middle of a run: nothing lost", on the single local broker. */
class BrokerRestartIT {

    private static final int ARTICLES = 1_000;

    @Test
    void restartingTheBrokerMidRunLosesAndRepeatsNothing() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start()) {
            TopicNames topics = DisruptedRun.createFreshTopics(broker.bootstrapServers(),
                    new TopicSetup.Layout(3, (short) 1));
            try (DisruptedRun run = new DisruptedRun(broker.bootstrapServers(), topics, ARTICLES)) {
                run.startIngest(Duration.ofMillis(4));
                run.awaitAcked(ARTICLES / 3, Duration.ofSeconds(30));

                int ackedBefore = run.acked();
                run.log("restarting the broker, %d records acknowledged", ackedBefore);
                broker.restart();
                run.log("broker back");
                assertThat(ackedBefore).as("records acknowledged when the broker went down").isLessThan(ARTICLES);

                run.awaitIngested(Duration.ofSeconds(60));
                run.awaitOutcomes(Duration.ofSeconds(90));
                run.assertEachRawRecordEndedExactlyOnce();
            }
        }
    }
}
