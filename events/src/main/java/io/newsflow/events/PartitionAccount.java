package io.newsflow.events;

import java.util.Map;
import java.util.TreeMap;

/**
 * What the processor did with the records of one raw partition since it last started reading it from an offset
 * it had passed (a replay begins a new pass): kept by the processor in its changelogged store {@code accounting}
 * and written in the same transaction as the outputs, so that {@code newsflow status} can check
 * {@code consumed = enriched + dead-lettered} from the changelog topic without reading the output topics (the
 * enriched one is compacted, so counting its records would not do).
 *
 * @param rawTopic     the raw topic
 * @param partition    its partition
 * @param pass         1 for the first reading of the partition, one more for each replay
 * @param firstOffset  the first offset of this pass
 * @param nextOffset   one past the last offset counted
 * @param consumed     records counted in this pass
 * @param enriched     of which enriched (on their way to the enriched topic)
 * @param deadLettered of which dead-lettered, by {@link DeadLetterReason} name
 */
public record PartitionAccount(String rawTopic, int partition, int pass, long firstOffset, long nextOffset,
        long consumed, long enriched, Map<String, Long> deadLettered) {

    public PartitionAccount {
        deadLettered = Map.copyOf(deadLettered);
    }

    /** The account after one more record: a new pass when the offset is behind this one (a replay). */
    public static PartitionAccount count(PartitionAccount account, String rawTopic, int partition, long offset,
            String deadLetterReason) {
        PartitionAccount current = account == null || offset < account.nextOffset()
                ? new PartitionAccount(rawTopic, partition, account == null ? 1 : account.pass() + 1, offset, offset,
                        0, 0, Map.of())
                : account;
        Map<String, Long> deadLettered = current.deadLettered();
        if (deadLetterReason != null) {
            Map<String, Long> counts = new TreeMap<>(deadLettered);
            counts.merge(deadLetterReason, 1L, Long::sum);
            deadLettered = counts;
        }
        return new PartitionAccount(rawTopic, partition, current.pass(), current.firstOffset(), offset + 1,
                current.consumed() + 1, current.enriched() + (deadLetterReason == null ? 1 : 0), deadLettered);
    }

    public long deadLetteredTotal() {
        return deadLettered.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Every record counted had exactly one outcome. */
    public boolean balanced() {
        return consumed == enriched + deadLetteredTotal();
    }
}
