package io.newsflow.cli.bench;

import io.newsflow.events.TopicNames;
import io.newsflow.processor.ProcessorConfig;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline: raw bytes copied unchanged to the output topic by a Kafka Streams app with the processor's
 * exact settings (exactly-once, commit interval, compression, stream threads), read by a counting consumer.
 * What is left between this and {@link PipelineStage} is the cost of decoding, extracting, encoding and
 * writing the file.
 */
final class PassThroughStage implements EndToEndRun.Stage {

    private final String name;
    private final Map<String, Object> streamsSettings;
    private final Map<String, Object> clientSettings;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private KafkaStreams streams;
    private CountingReader reader;
    private Thread readerThread;

    PassThroughStage(String name, Map<String, Object> streamsSettings, Map<String, Object> clientSettings) {
        this.name = name;
        this.streamsSettings = streamsSettings;
        this.clientSettings = clientSettings;
    }

    /** Output goes to the enriched topic name, which TopicSetup creates with the same layout as the real one. */
    static Topology identity(TopicNames topics) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.raw(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()))
                .to(topics.enriched(), Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
        return builder.build();
    }

    @Override
    public void start(TopicNames topics, Runnable onOutput) {
        ProcessorConfig config = new ProcessorConfig(topics, "newsflow-bench-" + name, "bench", streamsSettings);
        streams = new KafkaStreams(identity(topics), config.streamsPropertiesForCluster());
        streams.setUncaughtExceptionHandler(e -> {
            failure.compareAndSet(null, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        reader = new CountingReader(topics.enriched(), "newsflow-bench-reader-" + name, clientSettings);
        streams.start();
        readerThread = new Thread(() -> reader.run(onOutput), "bench-reader-" + name);
        readerThread.setUncaughtExceptionHandler((thread, e) -> failure.compareAndSet(null, e));
        readerThread.start();
    }

    @Override
    public void awaitRunning(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (streams.state() != KafkaStreams.State.RUNNING) {
            if (failure.get() != null || streams.state() == KafkaStreams.State.ERROR) {
                throw new IllegalStateException("the pass-through app stopped: " + failure.get());
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("the pass-through app did not reach RUNNING within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @Override
    public Throwable failure() {
        return failure.get();
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.stop();
            PipelineStage.joinQuietly(readerThread);
            reader.close();
        }
        if (streams != null) {
            streams.close(Duration.ofSeconds(30));
        }
    }
}
