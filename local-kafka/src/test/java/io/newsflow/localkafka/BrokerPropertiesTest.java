package io.newsflow.localkafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {

    private static final String VOTERS = "1@127.0.0.1:2001,2@127.0.0.1:2002,3@127.0.0.1:2003";

    @Test
    void clusterNodesListTheStaticQuorumAndReplicateEverythingToAllNodesWithOneAllowedDown() {
        Map<String, String> node = BrokerProperties.clusterNode(2, "127.0.0.1", 1002, 2002, Path.of("/data"),
                VOTERS, 3, Map.of("num.partitions", "6"));

        assertThat(node).containsEntry("node.id", "2")
                .containsEntry("controller.quorum.voters", VOTERS)
                .containsEntry("listeners", "PLAINTEXT://127.0.0.1:1002,CONTROLLER://127.0.0.1:2002")
                .containsEntry("default.replication.factor", "3")
                .containsEntry("min.insync.replicas", "2")
                .containsEntry("offsets.topic.replication.factor", "3")
                .containsEntry("transaction.state.log.replication.factor", "3")
                .containsEntry("transaction.state.log.min.isr", "2")
                .containsEntry("num.partitions", "6")
                .doesNotContainKey("controller.quorum.bootstrap.servers");
    }

    @Test
    void aSingleNodeClusterStillAcceptsWrites() {
        Map<String, String> node = BrokerProperties.clusterNode(1, "127.0.0.1", 1001, 2001, Path.of("/data"),
                "1@127.0.0.1:2001", 1, Map.of());

        assertThat(node).containsEntry("min.insync.replicas", "1").containsEntry("transaction.state.log.min.isr", "1");
    }

    @Test
    void formatsAStandaloneQuorumOnlyWithoutStaticVoters() throws Exception {
        BrokerFiles single = BrokerFiles.createTemporary();
        BrokerFiles clustered = BrokerFiles.createTemporary();
        try {
            single.writeConfiguration(BrokerProperties.singleNode("127.0.0.1", 1001, 2001, single.dataDir(), Map.of()));
            clustered.writeConfiguration(BrokerProperties.clusterNode(1, "127.0.0.1", 1001, 2001, clustered.dataDir(),
                    VOTERS, 3, Map.of()));

            String singleConfig = single.serverProperties().toString();
            String clusteredConfig = clustered.serverProperties().toString();
            assertThat(BrokerMain.formatArguments(singleConfig, "id"))
                    .containsExactly("format", "--standalone", "-t", "id", "-c", singleConfig);
            assertThat(BrokerMain.formatArguments(clusteredConfig, "id"))
                    .containsExactly("format", "-t", "id", "-c", clusteredConfig);
        } finally {
            single.delete();
            clustered.delete();
        }
    }

    @Test
    void aSecuredClientListenerIsNamedAfterItsProtocolWhileTheControllerStaysPlaintext() {
        Map<String, String> listener = BrokerProperties.clientListener("SASL_SSL", "127.0.0.1", 1001, 2001);

        assertThat(listener).containsEntry("listeners", "SASL_SSL://127.0.0.1:1001,CONTROLLER://127.0.0.1:2001")
                .containsEntry("advertised.listeners", "SASL_SSL://127.0.0.1:1001")
                .containsEntry("listener.security.protocol.map", "SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT")
                .containsEntry("inter.broker.listener.name", "SASL_SSL");
        assertThat(ScramSecurity.brokerProperties("SASL_SSL", "pw"))
                .containsKey("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config");
    }
}
