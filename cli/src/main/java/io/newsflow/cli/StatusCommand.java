package io.newsflow.cli;

import io.newsflow.cli.replay.ConsumerGroupOffsets;
import io.newsflow.cli.replay.ReplayPoint;
import io.newsflow.cli.replay.TopicOffsets;
import io.newsflow.cli.status.PipelineStatus;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.postgres.PostgresSinkConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Show each stage's position and lag, what the processor did with what it consumed, and "
                + "check that every raw record it has consumed was enriched or dead-lettered exactly once.",
                "Exit code 0 when raw = enriched + dead-lettered holds for everything consumed so far, 1 when not."})
final class StatusCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Option(names = "--application-id", defaultValue = ProcessorConfig.DEFAULT_APPLICATION_ID,
            description = "The processor's application id (default: ${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--sink-group", paramLabel = "GROUP",
            description = "A sink's consumer group to show, besides " + SinkConfig.DEFAULT_GROUP_ID + " and "
                    + PostgresSinkConfig.DEFAULT_GROUP_ID + " (repeatable).")
    List<String> sinkGroups = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Map<String, Object> settings = kafka.clientSettings();
        Connectivity.check(settings, Duration.ofSeconds(15));
        try (Admin admin = Connectivity.admin(settings)) {
            PipelineStatus.Processor processor = PipelineStatus.processor(admin, settings, applicationId, topics.raw);
            System.out.print(processor.render());
            Set<String> groups = new LinkedHashSet<>(List.of(SinkConfig.DEFAULT_GROUP_ID,
                    PostgresSinkConfig.DEFAULT_GROUP_ID));
            groups.addAll(sinkGroups);
            Map<TopicPartition, Long> enrichedEnds = TopicOffsets.at(admin, topics.enriched, ReplayPoint.LATEST);
            for (String group : groups) {
                Map<TopicPartition, Long> committed = ConsumerGroupOffsets.committed(admin, group, topics.enriched);
                if (committed.isEmpty()) {
                    if (sinkGroups.contains(group)) {
                        System.out.printf("sink %s: has read nothing of %s%n", group, topics.enriched);
                    }
                    continue;
                }
                long lag = enrichedEnds.entrySet().stream()
                        .mapToLong(end -> Math.max(0, end.getValue() - committed.getOrDefault(end.getKey(), 0L)))
                        .sum();
                System.out.printf("sink %s: %s lag %d%n", PipelineStatus.group(admin, group), topics.enriched, lag);
            }
            System.out.println(processor.verdict());
            return processor.holds() ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
        }
    }
}
