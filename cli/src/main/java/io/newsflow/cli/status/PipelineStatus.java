package io.newsflow.cli.status;

import io.newsflow.cli.TopicContents;
import io.newsflow.cli.replay.ConsumerGroupOffsets;
import io.newsflow.cli.replay.GroupView;
import io.newsflow.cli.replay.ReplayPoint;
import io.newsflow.cli.replay.TopicOffsets;
import io.newsflow.events.PartitionAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/** What `newsflow status` shows, gathered from the cluster: offsets, groups and the processor's accounts. */
public final class PipelineStatus {

    private PipelineStatus() {
    }

    /** One raw partition: its end, the processor's position in it, its account and what is wrong, if anything. */
    record Row(int partition, long end, Long committed, PartitionAccount account, String problem) {
    }

    /** The processor stage: one row per raw partition, and the records waiting in the link step. */
    public record Processor(GroupView group, String rawTopic, List<Row> rows, String linkTopic, long linkLag) {

        public boolean holds() {
            return rows.stream().allMatch(row -> row.problem() == null);
        }

        long consumed() {
            return rows.stream().filter(r -> r.account() != null).mapToLong(r -> r.account().consumed()).sum();
        }

        long enriched() {
            return rows.stream().filter(r -> r.account() != null).mapToLong(r -> r.account().enriched()).sum();
        }

        Map<String, Long> deadLettered() {
            Map<String, Long> byReason = new TreeMap<>();
            rows.stream().filter(r -> r.account() != null)
                    .forEach(r -> r.account().deadLettered().forEach((reason, n) -> byReason.merge(reason, n, Long::sum)));
            return byReason;
        }

        public String render() {
            StringBuilder out = new StringBuilder();
            out.append(String.format("processor %s reading %s%n", group, rawTopic));
            String format = "%-9s %12s %12s %8s %5s %10s %10s %10s  %s%n";
            out.append(String.format(format, "PARTITION", "END", "COMMITTED", "LAG", "PASS", "CONSUMED", "ENRICHED",
                    "DEAD", "CHECK"));
            for (Row row : rows) {
                PartitionAccount account = row.account();
                out.append(String.format(format, row.partition(), row.end(),
                        row.committed() == null ? "-" : row.committed(),
                        Math.max(0, row.end() - (row.committed() == null ? 0 : row.committed())),
                        account == null ? "-" : account.pass(), account == null ? "-" : account.consumed(),
                        account == null ? "-" : account.enriched(), account == null ? "-" : account.deadLetteredTotal(),
                        row.problem() == null ? "ok" : "FAILED: " + row.problem()));
            }
            out.append(String.format("link step %s: lag %d (enriched, waiting to be linked and written)%n",
                    linkTopic, linkLag));
            Map<String, Long> dead = deadLettered();
            out.append("dead letters by reason: ").append(dead.isEmpty() ? "none" : dead.toString()
                    .replaceAll("[{}]", "").replace("=", " ")).append(System.lineSeparator());
            return out.toString();
        }

        public String verdict() {
            long dead = deadLettered().values().stream().mapToLong(Long::longValue).sum();
            return String.format("accounting: consumed %d = enriched %d + dead-lettered %d: %s", consumed(), enriched(),
                    dead, holds() ? "holds" : "DOES NOT HOLD (see CHECK above)");
        }
    }

    public static Processor processor(Admin admin, Map<String, Object> settings, String applicationId,
            String rawTopic) throws ExecutionException, InterruptedException {
        // One look at the topics and at the group's offsets serves the raw, changelog and link topics.
        Set<String> topicNames = admin.listTopics().names().get();
        GroupView group = GroupView.describe(admin, applicationId);
        Map<TopicPartition, Long> groupOffsets = ConsumerGroupOffsets.committed(admin, applicationId);
        Map<TopicPartition, Long> ends = TopicOffsets.at(admin, rawTopic, ReplayPoint.LATEST);
        Map<TopicPartition, Long> committed = ConsumerGroupOffsets.onTopic(groupOffsets, rawTopic);
        Map<Integer, PartitionAccount> accounts = topicNames.contains(ProcessorAccounts.changelogTopic(applicationId))
                ? ProcessorAccounts.read(admin, settings, applicationId, rawTopic) : Map.of();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            TopicPartition partition = end.getKey();
            Long position = committed.get(partition);
            PartitionAccount account = accounts.get(partition.partition());
            String problem = AccountCheck.problem(position, account,
                    (from, to) -> TopicContents.count(settings, partition, from, to));
            rows.add(new Row(partition.partition(), end.getValue(), position, account, problem));
        }
        String linkTopic = applicationId + "-link-repartition";
        long linkLag = 0;
        if (topicNames.contains(linkTopic)) {
            Map<TopicPartition, Long> linkCommitted = ConsumerGroupOffsets.onTopic(groupOffsets, linkTopic);
            for (Map.Entry<TopicPartition, Long> end : TopicOffsets.at(admin, linkTopic, ReplayPoint.LATEST).entrySet()) {
                linkLag += Math.max(0, end.getValue() - linkCommitted.getOrDefault(end.getKey(), 0L));
            }
        }
        return new Processor(group, rawTopic, rows, linkTopic, linkLag);
    }

    /** Offset lags up to this are counted in records; beyond, the offset difference is shown as an estimate. */
    private static final long COUNTED_LAG = 10_000;

    /**
     * How far positions are behind the ends, in records: on a topic written in transactions the offsets after a
     * sink's last record may be only commit markers, so a plain offset difference would show a lag with nothing
     * left to read. Small lags are counted; large ones are estimated from offsets and start with "~".
     */
    public static String lag(Map<String, Object> settings, Map<TopicPartition, Long> ends,
            Map<Integer, Long> positions) {
        long behind = 0;
        boolean estimated = false;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            long position = positions.getOrDefault(end.getKey().partition(), 0L);
            long offsets = Math.max(0, end.getValue() - position);
            if (offsets == 0) {
                continue;
            }
            if (offsets > COUNTED_LAG) {
                behind += offsets;
                estimated = true;
            } else {
                behind += TopicContents.count(settings, end.getKey(), position, end.getValue());
            }
        }
        return (estimated ? "~" : "") + behind;
    }

    public static String group(Admin admin, String group) throws ExecutionException, InterruptedException {
        return GroupView.describe(admin, group).toString();
    }
}
