package io.newsflow.cli.status;

import io.newsflow.events.PartitionAccount;

/**
 * Whether one raw partition is fully accounted for: every record the processor's committed position has passed
 * was counted once, as enriched or dead-lettered. Returns null when it holds, else what is wrong.
 */
final class AccountCheck {

    /** Counts the committed records of the partition in [from, to); only asked when offsets alone cannot tell. */
    @FunctionalInterface
    interface RecordCounter {
        long count(long from, long to);
    }

    private AccountCheck() {
    }

    /**
     * @param committed the processor group's committed offset on the partition, null if none
     * @param account   the processor's account of the partition, null if none
     */
    static String problem(Long committed, PartitionAccount account, RecordCounter records) {
        if (account == null) {
            return committed == null || committed == 0 ? null
                    : "consumed up to offset " + committed + " with no account (a processor without accounting?)";
        }
        if (!account.balanced()) {
            return "consumed " + account.consumed() + " but enriched " + account.enriched() + " + dead-lettered "
                    + account.deadLetteredTotal();
        }
        // Behind the account: a replay has moved the group back and the processor has not re-read yet.
        long end = committed == null ? account.nextOffset() : Math.max(committed, account.nextOffset());
        // Offsets between records are transaction markers or aborted records: count records only when there are gaps.
        if (end - account.firstOffset() != account.consumed()) {
            long present = records.count(account.firstOffset(), end);
            if (present != account.consumed()) {
                return present + " records in offsets " + account.firstOffset() + ".." + (end - 1) + " but "
                        + account.consumed() + " accounted for";
            }
        }
        return null;
    }
}
