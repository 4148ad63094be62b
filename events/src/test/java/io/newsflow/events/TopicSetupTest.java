package io.newsflow.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.Test;

class TopicSetupTest {

    @Test
    void shouldLetEveryTopicHoldRecordsAsLargeAsTheProducersMaySend() {
        var topics = TopicSetup.newTopics(new TopicNames("raw", "enriched", "dlq"), new TopicSetup.Layout(3, (short) 1));

        assertThat(topics).extracting(NewTopic::name).containsExactly("raw", "enriched", "dlq");
        assertThat(topics).allSatisfy(topic -> assertThat(topic.configs())
                .containsEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(16 << 20)));
    }
}
