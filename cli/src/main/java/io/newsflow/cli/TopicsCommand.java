package io.newsflow.cli;

import io.newsflow.events.TopicSetup;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Manage the pipeline's topics.",
        subcommands = {TopicsCommand.Create.class})
final class TopicsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create the raw, enriched and dead-letter topics if they do not exist.",
                    "The raw topic keeps every event forever (it is the replay source); the enriched topic is "
                            + "compacted by article id; dead letters are kept forever."})
    static final class Create implements Callable<Integer> {

        @Mixin
        KafkaOptions kafka;

        @Mixin
        TopicOptions topics;

        @Option(names = "--partitions", defaultValue = "3",
                description = "Partitions per topic: the most processor instances that can share the work "
                        + "(default: ${DEFAULT-VALUE}).")
        int partitions;

        @Option(names = "--replication-factor", defaultValue = "1",
                description = "Copies of each partition; use 3 in production (default: ${DEFAULT-VALUE}).")
        short replicationFactor;

        @Override
        public Integer call() throws Exception {
            TopicSetup.Layout layout = new TopicSetup.Layout(partitions, replicationFactor);
            Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
            try (Admin admin = Connectivity.admin(kafka.clientSettings())) {
                List<String> created = TopicSetup.create(admin, topics.names(), layout);
                for (String name : List.of(topics.raw, topics.enriched, topics.deadLetter)) {
                    System.out.println((created.contains(name) ? "created  " : "exists   ") + name);
                }
            }
            return Newsflow.EXIT_OK;
        }
    }
}
