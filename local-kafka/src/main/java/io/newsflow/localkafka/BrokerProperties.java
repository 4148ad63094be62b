package io.newsflow.localkafka;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code server.properties} of a node that is both broker and KRaft controller. */
final class BrokerProperties {

    static final String NODE_ID = "1";

    private BrokerProperties() {
    }

    /**
     * @param extra settings that win over the defaults
     * @return the settings in a readable order
     */
    static Map<String, String> singleNode(String host, int brokerPort, int controllerPort, Path dataDir,
                                          Map<String, String> extra) {
        Map<String, String> p = common(NODE_ID, host, brokerPort, controllerPort, dataDir);
        p.put("controller.quorum.bootstrap.servers", host + ":" + controllerPort);

        // Internal topics default to replication factor 3, which one node can never satisfy.
        p.put("offsets.topic.replication.factor", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");

        p.putAll(extra);
        return p;
    }

    /**
     * One of the combined nodes of a cluster where every node is a voter of the metadata quorum, listed
     * statically in {@code controller.quorum.voters}: a majority keeps the cluster up while one node is down.
     * Topics created without a replication factor, and the internal ones, get one copy per node and accept
     * writes while all but one copy are in sync.
     *
     * @param quorumVoters {@code id@host:controllerPort}, comma-separated, for every node
     * @param nodes        how many nodes the cluster has
     * @param extra        settings that win over the defaults
     */
    static Map<String, String> clusterNode(int nodeId, String host, int brokerPort, int controllerPort,
                                           Path dataDir, String quorumVoters, int nodes, Map<String, String> extra) {
        Map<String, String> p = common(Integer.toString(nodeId), host, brokerPort, controllerPort, dataDir);
        p.put("controller.quorum.voters", quorumVoters);

        String replication = Integer.toString(nodes);
        String minInsync = Integer.toString(Math.max(1, nodes - 1));
        p.put("default.replication.factor", replication);
        p.put("min.insync.replicas", minInsync);
        p.put("offsets.topic.replication.factor", replication);
        p.put("transaction.state.log.replication.factor", replication);
        p.put("transaction.state.log.min.isr", minInsync);
        p.put("share.coordinator.state.topic.replication.factor", replication);
        p.put("share.coordinator.state.topic.min.isr", minInsync);

        p.putAll(extra);
        return p;
    }

    /**
     * The listener settings when the client listener speaks {@code protocol} ({@code SSL}, {@code SASL_PLAINTEXT},
     * {@code SASL_SSL}) instead of plaintext; the listener is named after its protocol, and the controller's stays
     * plaintext on loopback.
     */
    static Map<String, String> clientListener(String protocol, String host, int brokerPort, int controllerPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("listeners", protocol + "://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", protocol + "://" + host + ":" + brokerPort);
        p.put("listener.security.protocol.map", protocol + ":" + protocol + ",CONTROLLER:PLAINTEXT");
        p.put("inter.broker.listener.name", protocol);
        return p;
    }

    private static Map<String, String> common(String nodeId, String host, int brokerPort, int controllerPort,
                                              Path dataDir) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", nodeId);
        p.put("listeners", "PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + brokerPort + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dataDir.toAbsolutePath().toString());

        // The pipeline creates its topics explicitly; a typo must fail instead of creating a topic.
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");

        // Creating the default 50 partitions on first use cost 2-3 s on a 2-core machine, for the
        // first consumer group and for the first transaction; local brokers gain nothing from them.
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.num.partitions", "1");

        // The 3 s default only helps when several consumers join at once; here it just delays tests.
        p.put("group.initial.rebalance.delay.ms", "0");
        return p;
    }
}
