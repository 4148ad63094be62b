package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import java.util.HashMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;

class LocalKafkaBrokerIT {

    @Test
    void servesProducersAndConsumersAndDeletesItsDirectoryOnClose() throws Exception {
        Path directory;
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start()) {
            directory = kafka.logFile().getParent();
            assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(kafka.isRunning()).isTrue();

            TestClients.createTopic(kafka.bootstrapServers(), "articles", 3, (short) 1);
            Map<String, String> sent = TestClients.produce(kafka.bootstrapServers(), "articles", 0, 100);
            List<ConsumerRecord<String, String>> received = TestClients.consume(kafka.bootstrapServers(), "articles", 100);

            assertThat(received).hasSize(100);
            Map<String, String> receivedByKey = new LinkedHashMap<>();
            Set<Integer> partitions = new HashSet<>();
            for (ConsumerRecord<String, String> record : received) {
                receivedByKey.put(record.key(), record.value());
                partitions.add(record.partition());
            }
            assertThat(receivedByKey).isEqualTo(sent);
            assertThat(partitions).containsExactlyInAnyOrder(0, 1, 2);
            assertThat(kafka.logFile()).content().contains("Kafka Server started");
            assertThat(directory).isDirectory();
        }
        assertThat(directory).doesNotExist();
    }

    @Test
    void keepsDataAndAddressAcrossStopAndRestart() throws Exception {
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start()) {
            String address = kafka.bootstrapServers();
            TestClients.createTopic(kafka.bootstrapServers(), "restarted", 3, (short) 1);
            Map<String, String> sent = TestClients.produce(kafka.bootstrapServers(), "restarted", 0, 100);

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.restart();

            assertThat(kafka.isRunning()).isTrue();
            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            sent.putAll(TestClients.produce(kafka.bootstrapServers(), "restarted", 100, 10));
            Map<String, String> receivedByKey = new LinkedHashMap<>();
            TestClients.consume(kafka.bootstrapServers(), "restarted", 110).forEach(record -> receivedByKey.put(record.key(), record.value()));
            assertThat(receivedByKey).isEqualTo(sent);
        }
    }

    @Test
    void securedModeAuthenticatesWithScramAndEnforcesAcls() throws Exception {
        LocalKafkaBroker.Options secured = LocalKafkaBroker.Options.defaults().withScramUser("alice", "alice-pw");
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start(secured)) {
            createTopicAliceMayDescribe(kafka, "guarded");
            try (Admin alice = Admin.create(as(kafka, "alice", "alice-pw"))) {
                assertThat(alice.listTopics().names().get()).containsExactly("guarded");
                assertThatThrownBy(() -> alice.createTopics(List.of(new NewTopic("other", 1, (short) 1))).all().get())
                        .hasCauseInstanceOf(TopicAuthorizationException.class);
            }
            try (Admin wrong = Admin.create(as(kafka, "alice", "not-her-password"))) {
                assertThatThrownBy(() -> wrong.describeCluster().clusterId().get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    @Test
    void tlsModeWithScramServesOnlyClientsTrustingItsOwnAuthority() throws Exception {
        LocalKafkaBroker.Options options = LocalKafkaBroker.Options.defaults().withTls().withScramUser("alice", "alice-pw");
        try (LocalKafkaBroker kafka = LocalKafkaBroker.start(options)) {
            createTopicAliceMayDescribe(kafka, "sealed");
            Map<String, Object> alice = as(kafka, "alice", "alice-pw");
            assertThat(alice).containsEntry("security.protocol", "SASL_SSL").containsKey("ssl.truststore.location");
            assertThat(Path.of(alice.get("ssl.truststore.location").toString())).isRegularFile();
            try (Admin client = Admin.create(alice)) {
                assertThat(client.listTopics().names().get()).containsExactly("sealed");
            }

            // Without the truststore the JDK's own authorities are used, and none of them signed the broker's certificate.
            alice.keySet().removeIf(key -> key.startsWith("ssl.truststore."));
            try (Admin untrusting = Admin.create(alice)) {
                assertThatThrownBy(() -> untrusting.describeCluster().clusterId().get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(SslAuthenticationException.class);
            }
        }
    }

    private static void createTopicAliceMayDescribe(LocalKafkaBroker kafka, String topic) throws Exception {
        try (Admin admin = Admin.create(kafka.adminClientSettings())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            ScramSecurity.grant(admin, List.of(new AclBinding(
                    new ResourcePattern(ResourceType.TOPIC, topic, PatternType.LITERAL),
                    new AccessControlEntry("User:alice", "*", AclOperation.DESCRIBE, AclPermissionType.ALLOW))),
                    Duration.ofSeconds(30));
        }
    }

    private static Map<String, Object> as(LocalKafkaBroker kafka, String user, String password) {
        Map<String, Object> settings = new HashMap<>(kafka.clientSettings(user, password));
        settings.put("bootstrap.servers", kafka.bootstrapServers());
        return settings;
    }

    @Test
    void reportsTheBrokerLogWhenTheBrokerCannotStart() {
        LocalKafkaBroker.Options badConfig = LocalKafkaBroker.Options.defaults()
                .withBrokerProperty("num.network.threads", "0");

        assertThatThrownBy(() -> LocalKafkaBroker.start(badConfig))
                .isInstanceOf(LocalKafkaException.class)
                .hasMessageContaining("exited with code")
                .hasMessageContaining("--- last lines of ")
                .hasMessageContaining("num.network.threads");
    }
}
