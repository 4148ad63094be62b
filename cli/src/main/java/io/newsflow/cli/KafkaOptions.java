package io.newsflow.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.CommonClientConfigs;
import picocli.CommandLine.Option;

/** The connection options every command shares, as Kafka's own tools spell them. */
final class KafkaOptions {

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers to connect to (default: ${DEFAULT-VALUE}).", defaultValue = "localhost:9092")
    String bootstrapServer;

    @Option(names = "--command-config", paramLabel = "FILE",
            description = "A properties file of Kafka client settings (TLS, SASL, timeouts...) passed to every client.")
    Path commandConfig;

    /** Client settings: the command-config file, then the bootstrap server, which the flag always decides. */
    Map<String, Object> clientSettings() {
        return clientSettings(bootstrapServer);
    }

    Map<String, Object> clientSettings(String bootstrap) {
        Map<String, Object> settings = new HashMap<>();
        if (commandConfig != null) {
            Properties props = new Properties();
            try (Reader reader = Files.newBufferedReader(commandConfig)) {
                props.load(reader);
            } catch (IOException e) {
                throw new UserError("cannot read --command-config " + commandConfig + ": " + e.getMessage());
            }
            props.stringPropertyNames().forEach(name -> settings.put(name, props.getProperty(name)));
            Secrets.rememberFrom(settings);
        }
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return settings;
    }
}
