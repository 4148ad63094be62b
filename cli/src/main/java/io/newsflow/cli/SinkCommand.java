package io.newsflow.cli;

import io.newsflow.sink.JsonLinesSink;
import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sink", mixinStandardHelpOptions = true,
        description = {"Write enriched articles to a JSON Lines file (OUT/" + SinkConfig.FILE_NAME + ").",
                "Offsets are committed only after the lines are flushed and fsynced. Runs until stopped."})
final class SinkCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write into.")
    Path out;

    @Option(names = "--group", defaultValue = SinkConfig.DEFAULT_GROUP_ID,
            description = "Consumer group; its committed offsets say what is written (default: ${DEFAULT-VALUE}).")
    String group;

    @Override
    public Integer call() {
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        SinkConfig config = new SinkConfig(topics.enriched, out, group, kafka.clientSettings());
        CountDownLatch done = new CountDownLatch(1);
        try (JsonLinesSink sink = new JsonLinesSink(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                sink.stop();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "newsflow-sink-shutdown"));
            System.err.println("sink running: " + topics.enriched + " -> " + config.outFile());
            sink.run(id -> { });
        } finally {
            done.countDown();
        }
        return Newsflow.EXIT_OK;
    }
}
