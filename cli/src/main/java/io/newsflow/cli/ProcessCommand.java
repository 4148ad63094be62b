package io.newsflow.cli;

import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.NearDuplicateSettings;
import io.newsflow.processor.ProcessorConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "process", mixinStandardHelpOptions = true,
        description = {"Run the Kafka Streams processor: raw -> enriched, bad events -> dead-letter topic.",
                "Exactly-once (exactly_once_v2). Runs until stopped; SIGTERM or Ctrl-C shuts it down cleanly."})
final class ProcessCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Option(names = "--application-id", defaultValue = ProcessorConfig.DEFAULT_APPLICATION_ID,
            description = "Kafka Streams application id; instances with the same id share the work "
                    + "(default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", paramLabel = "DIR",
            description = "Where the processor keeps its local state (duplicate memory, stories, accounts), a cache of "
                    + "changelog topics on the cluster (default: Kafka Streams' state.dir, /tmp/kafka-streams). Give "
                    + "each instance on a host its own, and a fresh one when pointing an application id at a new "
                    + "cluster.")
    Path stateDir;

    @Option(names = "--processor-version",
            description = "Version stamped on enriched records (default: this build's version).")
    String processorVersion;

    @Option(names = "--near-duplicate-distance", paramLabel = "BITS",
            defaultValue = "" + NearDuplicateSettings.DEFAULT_MAX_DISTANCE,
            description = "Articles whose 64-bit SimHash fingerprints differ in at most BITS bits (0 to 7) are "
                    + "linked as one story (default: ${DEFAULT-VALUE}).")
    int nearDuplicateDistance;

    @Option(names = "--near-duplicate-window", paramLabel = "DURATION", defaultValue = "7d",
            converter = DurationConverter.class,
            description = "...when their raw records are at most this far apart in time: 7d, 36h, 90m or "
                    + "ISO-8601 (default: ${DEFAULT-VALUE}).")
    Duration nearDuplicateWindow;

    private Map<String, Object> streamsSettings() {
        Map<String, Object> settings = new HashMap<>(kafka.clientSettings());
        if (stateDir != null) {
            settings.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        }
        return settings;
    }

    @Override
    public Integer call() throws InterruptedException {
        NearDuplicateSettings nearDuplicates;
        try {
            nearDuplicates = new NearDuplicateSettings(nearDuplicateDistance, nearDuplicateWindow);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        ProcessorConfig config = new ProcessorConfig(topics.names(), applicationId,
                processorVersion != null ? processorVersion : ProcessorConfig.defaultProcessorVersion(),
                streamsSettings(), nearDuplicates);
        ProcessorApp app = new ProcessorApp(config);
        Thread hook = new Thread(app::close, "newsflow-process-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        app.start();
        app.awaitRunning(Duration.ofMinutes(2));
        System.err.println("processor running: " + topics.raw + " -> " + topics.enriched + " | " + topics.deadLetter);
        app.awaitStop();
        if (app.failure() != null) {
            throw new IllegalStateException("processor failed: " + app.failure().getMessage(), app.failure());
        }
        return Newsflow.EXIT_OK;
    }
}
