package io.newsflow.processor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * How many stream threads the processor runs. Extraction is CPU-bound, so at least one per core; and as many as
 * it takes for every thread to own the same number of partitions: with 3 partitions on 2 threads, one thread
 * gets two and works alone for the last third of a backlog while the other core idles. Three threads on two
 * cores keep both busy to the end.
 */
final class StreamThreads {

    private static final Duration LOOKUP_TIMEOUT = Duration.ofSeconds(10);

    private StreamThreads() {
    }

    /** The fewest threads, at least {@code cores}, that divide {@code partitions} evenly; {@code cores} when unknown. */
    static int balanced(int partitions, int cores) {
        for (int threads = cores; threads < partitions; threads++) {
            if (partitions % threads == 0) {
                return threads;
            }
        }
        return Math.max(cores, partitions);
    }

    /** Partitions of {@code topic}, or 0 when the cluster cannot say yet (topic missing, broker slow). */
    static int partitionsOf(String topic, Map<String, Object> kafka) {
        // No default.api.timeout.ms here: below the client's request.timeout.ms (30 s unless the user's settings
        // say otherwise) the admin client refuses to start, and the lookup always answered 0. The wait is bounded
        // by get() and close() instead.
        Admin admin;
        try {
            admin = Admin.create(kafka);
        } catch (RuntimeException e) {
            return 0; // the default thread count still works; only the balance is lost
        }
        try {
            return admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(LOOKUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).get(topic).partitions().size();
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        } finally {
            admin.close(Duration.ZERO);
        }
    }
}
