package io.newsflow.events;

/**
 * How large one record on the pipeline's topics may be. Kafka's default (about 1 MiB) is less than a long article
 * with its HTML, so ingest's producer, the processor's producer and the three topics all use this one limit:
 * ingest accepts files up to 5 MiB, whose envelope is at most about twice that (JSON escapes quotes and line
 * breaks), the enriched record copies the body once more in its fields, and a dead letter holds the raw value in
 * base64 (4/3 of it). Producers check the uncompressed size against {@code max.request.size}, brokers the
 * compressed batch against {@code max.message.bytes}, so one value for both is safe.
 */
public final class MessageSizes {

    /** {@code max.message.bytes} of the topics and {@code max.request.size} of the producers: 16 MiB. */
    public static final int MAX_MESSAGE_BYTES = 16 << 20;

    private MessageSizes() {
    }
}
