package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.cli.bench.GeneratedArticles;
import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.ProcessorConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processor instances with one application id share the raw partitions; when one stops, the other takes over. */
class ScaleOutIT {

    private static final int ARTICLES = 300;
    private static final String APP = "scale-out-it";

    @TempDir
    Path tmp;

    @Test
    void shouldShareThePartitionsAndTakeOverWhenAnInstanceStops() throws Exception {
        try (LocalKafkaBroker broker = LocalKafkaBroker.start();
                Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            String bootstrap = broker.bootstrapServers();
            TopicNames topics = new TopicNames("scale-raw", "scale-enriched", "scale-dlq");
            TopicSetup.create(admin, topics, new TopicSetup.Layout(4, (short) 1));

            ProcessorApp first = instance(topics, bootstrap, "first");
            ProcessorApp second = instance(topics, bootstrap, "second");
            try {
                awaitMembersWithPartitions(admin, 2);
                List<String> texts = GeneratedArticles.texts(ARTICLES, 7);
                try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                        bootstrap, "acks", "all"), new StringSerializer(), new StringSerializer())) {
                    for (int i = 0; i < ARTICLES; i++) {
                        producer.send(new ProducerRecord<>(topics.raw(), "article-" + i, texts.get(i)));
                        if (i == ARTICLES / 3) {
                            producer.flush();
                            // Mid-run, one instance leaves: the other must take over its partitions.
                            first.close();
                            awaitMembersWithPartitions(admin, 1);
                        }
                    }
                }
                awaitOutcomes(bootstrap, topics, ARTICLES);
            } finally {
                first.close();
                second.close();
            }

            Map<String, Integer> outcomes = outcomesPerKey(bootstrap, topics);
            assertThat(outcomes).hasSize(ARTICLES);
            assertThat(outcomes.values()).containsOnly(1);
        }
    }

    private ProcessorApp instance(TopicNames topics, String bootstrap, String name) throws InterruptedException {
        ProcessorApp app = new ProcessorApp(new ProcessorConfig(topics, APP, "it", Map.of("bootstrap.servers",
                bootstrap, "state.dir", tmp.resolve(name).toString(), "num.stream.threads", 1)));
        app.start();
        app.awaitRunning(Duration.ofSeconds(60));
        return app;
    }

    /** Waits until the group has exactly this many members, each owning at least one raw partition. */
    private static void awaitMembersWithPartitions(Admin admin, int members) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            ConsumerGroupDescription group = describe(admin);
            List<MemberDescription> owners = group.members().stream()
                    .filter(m -> m.assignment().topicPartitions().stream().anyMatch(tp -> tp.topic().equals("scale-raw")))
                    .toList();
            if (group.members().size() == members && owners.size() == members) {
                return;
            }
            assertThat(System.nanoTime()).as("%d members sharing the raw partitions within 60 s, now %s", members,
                    group.members()).isLessThan(deadline);
            Thread.sleep(200);
        }
    }

    private static ConsumerGroupDescription describe(Admin admin) throws ExecutionException, InterruptedException {
        return admin.describeConsumerGroups(List.of(APP)).describedGroups().get(APP).get();
    }

    private static void awaitOutcomes(String bootstrap, TopicNames topics, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        int seen;
        while ((seen = outcomesPerKey(bootstrap, topics).size()) < count) {
            assertThat(System.nanoTime()).as("%d of %d articles out within 120 s", seen, count).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    /** How many outcomes, enriched or dead-lettered, each raw key has. */
    private static Map<String, Integer> outcomesPerKey(String bootstrap, TopicNames topics) {
        Map<String, Integer> outcomes = new HashMap<>();
        for (String topic : List.of(topics.enriched(), topics.deadLetter())) {
            for (ConsumerRecord<byte[], byte[]> record : TopicContents.readAll(bootstrap, topic)) {
                outcomes.merge(new String(record.key(), StandardCharsets.UTF_8), 1, Integer::sum);
            }
        }
        return outcomes;
    }
}
