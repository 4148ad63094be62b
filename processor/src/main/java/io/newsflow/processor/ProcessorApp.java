package io.newsflow.processor;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/** The processor stage as a running Kafka Streams client: start, wait, close. */
public final class ProcessorApp implements AutoCloseable {

    private final KafkaStreams streams;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public ProcessorApp(ProcessorConfig config) {
        this(ProcessorTopology.build(config), config);
    }

    /** The processor with another extraction step: a benchmark measures the topology's own cost with one. */
    public ProcessorApp(ProcessorConfig config, Extractor extractor) {
        this(ProcessorTopology.build(config, extractor, Clock.systemUTC()), config);
    }

    private ProcessorApp(Topology topology, ProcessorConfig config) {
        streams = new KafkaStreams(topology, config.streamsPropertiesForCluster());
        // An error that escapes the topology is an infrastructure failure (auth, broker, bug): stop and say so,
        // rather than spin replacing threads that fail the same way.
        streams.setUncaughtExceptionHandler(e -> {
            failure.compareAndSet(null, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((newState, oldState) -> {
            if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.NOT_RUNNING) {
                stopped.countDown();
            }
        });
    }

    public void start() {
        streams.start();
    }

    /** Waits until the processor is running, or fails with the reason it could not start. */
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (failure.get() != null || stopped.getCount() == 0) {
                throw new IllegalStateException("The processor stopped: " + describeFailure(), failure.get());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The processor did not reach RUNNING within " + timeout
                        + " (state " + streams.state() + ")");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    /** Blocks until the client stops (after {@link #close()} or a fatal error). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    public Throwable failure() {
        return failure.get();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    private String describeFailure() {
        Throwable e = failure.get();
        if (e == null) {
            return "state " + streams.state();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Stops processing and leaves the group, so other instances take over its partitions at once. */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
        stopped.countDown();
    }
}
