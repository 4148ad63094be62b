package io.newsflow.events;

import java.time.Instant;

/**
 * A raw record that could not be enriched, with the original bytes so it can be repaired and replayed.
 *
 * @param key    the original key, base64, null when the record had none
 * @param value  the original value, base64, null for a tombstone
 * @param reason a machine-readable {@link DeadLetterReason} name
 */
public record DeadLetter(
        String key,
        String value,
        String sourceTopic,
        int sourcePartition,
        long sourceOffset,
        String stage,
        String reason,
        String message,
        Instant failedAt) {
}
