package io.newsflow.cli.bench;

import io.newsflow.events.TopicNames;
import io.newsflow.processor.Extractor;
import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.JsonLinesSink;
import io.newsflow.sink.SinkConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real thing: the processor as shipped and the JSON Lines sink, wired as {@code newsflow demo} wires them;
 * or the same with the extraction step swapped, to measure what the rest costs.
 */
final class PipelineStage implements EndToEndRun.Stage {

    private final String name;
    private final Map<String, Object> streamsSettings;
    private final Map<String, Object> clientSettings;
    private final Path outDir;
    private final Extractor extractor;
    private final AtomicReference<Throwable> sinkFailure = new AtomicReference<>();
    private ProcessorApp processor;
    private JsonLinesSink sink;
    private Thread sinkThread;

    /**
     * @param name            makes the application id and consumer group unique on the shared broker
     * @param streamsSettings client settings plus what only Kafka Streams takes (state.dir)
     */
    PipelineStage(String name, Map<String, Object> streamsSettings, Map<String, Object> clientSettings, Path outDir,
            Extractor extractor) {
        this.name = name;
        this.extractor = extractor;
        this.streamsSettings = streamsSettings;
        this.clientSettings = clientSettings;
        this.outDir = outDir;
    }

    @Override
    public void start(TopicNames topics, Runnable onOutput) {
        processor = new ProcessorApp(new ProcessorConfig(topics, "newsflow-bench-" + name,
                ProcessorConfig.defaultProcessorVersion(), streamsSettings), extractor);
        // Articles count as out when their file is committed: a short roll keeps that wait out of the figures.
        sink = new JsonLinesSink(new SinkConfig(topics.enriched(), outDir, "newsflow-bench-sink-" + name,
                clientSettings).withRoll(SinkConfig.DEFAULT_ROLL_BYTES, Duration.ofMillis(500)));
        processor.start();
        sinkThread = new Thread(() -> sink.run(id -> onOutput.run()), "bench-sink-" + name);
        sinkThread.setUncaughtExceptionHandler((thread, e) -> sinkFailure.set(e));
        sinkThread.start();
    }

    @Override
    public void awaitRunning(Duration timeout) throws InterruptedException {
        processor.awaitRunning(timeout);
    }

    @Override
    public Throwable failure() {
        return processor.failure() != null ? processor.failure() : sinkFailure.get();
    }

    @Override
    public void close() {
        if (sink != null) {
            sink.stop();
            joinQuietly(sinkThread);
            sink.close();
        }
        if (processor != null) {
            processor.close();
        }
    }

    static void joinQuietly(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
