package io.newsflow.localkafka;

/** The local Kafka broker could not be started or restarted. */
public class LocalKafkaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what went wrong, including the tail of the broker's log when there is one
     * @param cause   the last error seen while waiting for the broker, or {@code null}
     */
    public LocalKafkaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** @param message what went wrong */
    public LocalKafkaException(String message) {
        super(message);
    }
}
