package io.newsflow.cli;

import io.newsflow.cli.replay.ConsumerGroupOffsets;
import io.newsflow.cli.replay.ReplayPoint;
import io.newsflow.cli.replay.TopicOffsets;
import io.newsflow.cli.status.PipelineStatus;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.JsonLinesOutput;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.postgres.PostgresSink;
import io.newsflow.sink.postgres.PostgresSinkConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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

    @Option(names = "--out", paramLabel = "DIR",
            description = "A JSON Lines sink's folder: count its lines and take its position from its files.")
    Path out;

    @Mixin
    PostgresOptions postgres;

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
                Map<Integer, Long> positions = new HashMap<>();
                committed.forEach((partition, offset) -> positions.put(partition.partition(), offset));
                System.out.printf("sink group %s: %s lag %s%n", PipelineStatus.group(admin, group), topics.enriched,
                        PipelineStatus.lag(settings, enrichedEnds, positions));
            }
            if (out != null) {
                Map<Integer, Long> next = JsonLinesOutput.nextOffsets(out, topics.enriched);
                System.out.printf("sink JSON Lines %s: %d lines, %s lag %s (from the files)%n", out,
                        JsonLinesOutput.lineCount(out, topics.enriched), topics.enriched, PipelineStatus.lag(settings, enrichedEnds, next));
            }
            if (postgres.given()) {
                PostgresSinkConfig config = postgres.sinkConfig(topics.enriched, PostgresSinkConfig.DEFAULT_GROUP_ID,
                        settings);
                try {
                    System.out.printf("sink PostgreSQL %s: %d articles, %s lag %s (from the stored offsets)%n",
                            config.safeJdbcUrl(), PostgresSink.articleCount(config), topics.enriched,
                            PipelineStatus.lag(settings, enrichedEnds, PostgresSink.storedOffsets(config)));
                } catch (SQLException e) {
                    throw new UserError("cannot read PostgreSQL at " + config.safeJdbcUrl() + ": " + e.getMessage(), e);
                }
            }
            System.out.println(processor.verdict());
            return processor.holds() ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
        }
    }
}
