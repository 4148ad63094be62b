package io.newsflow.cli;

import io.newsflow.events.TopicNames;
import io.newsflow.events.TopicSetup;
import io.newsflow.ingest.FileIngester;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestSummary;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.newsflow.processor.ProcessorApp;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.sink.JsonLinesOutput;
import io.newsflow.sink.JsonLinesSink;
import io.newsflow.sink.SinkConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole pipeline once: start a local Kafka broker, create the topics, ingest the "
                + "articles, process and sink them, print what was extracted, stop.",
                "With --bootstrap-server, an existing cluster is used instead of a local broker."})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder the JSON Lines sink writes into (default: ${DEFAULT-VALUE}); the enriched topic's "
                    + "earlier output there is replaced.")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Give up if the articles are not all out after this long (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Article files or folders (default: the bundled samples/).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        List<Path> inputs = paths != null && !paths.isEmpty() ? paths : List.of(defaultSamples());
        boolean external = spec.commandLine().getParseResult().hasMatchedOption("--bootstrap-server");
        LocalKafkaBroker broker = null;
        try {
            String bootstrap = kafka.bootstrapServer;
            if (!external) {
                System.out.println("Starting a local Kafka broker...");
                broker = LocalKafkaBroker.start(LocalKafkaBroker.Options.defaults().withVerbose(Logging.verbose()));
                bootstrap = broker.bootstrapServers();
            }
            Map<String, Object> settings = kafka.clientSettings(bootstrap);
            Connectivity.check(settings, Duration.ofSeconds(15));
            return run(settings, inputs);
        } finally {
            if (broker != null) {
                broker.close();
            }
        }
    }

    private int run(Map<String, Object> settings, List<Path> inputs) throws Exception {
        TopicNames names = topics.names();
        try (Admin admin = Connectivity.admin(settings)) {
            TopicSetup.create(admin, names, new TopicSetup.Layout(3, (short) 1));
        }
        Files.createDirectories(out);
        JsonLinesOutput.deleteTopic(out, names.enriched());

        Set<String> done = ConcurrentHashMap.newKeySet();
        // The processor's local state is a cache of its changelogs: a fresh one per run can never disagree with
        // the cluster (a run on a new local broker must not find the state of the last one).
        Path stateDir = Files.createTempDirectory("newsflow-demo-state");
        try {
            return run(settings, inputs, names, done, stateDir);
        } finally {
            deleteRecursively(stateDir);
        }
    }

    private int run(Map<String, Object> settings, List<Path> inputs, TopicNames names, Set<String> done, Path stateDir)
            throws Exception {
        Map<String, Object> streams = new HashMap<>(settings);
        streams.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        ProcessorConfig processorConfig = new ProcessorConfig(names, "newsflow-demo-processor",
                ProcessorConfig.defaultProcessorVersion(), streams);
        // Short rolls: a person is waiting for two articles, not for a file to fill up.
        SinkConfig sinkConfig = new SinkConfig(names.enriched(), out, "newsflow-demo-sink", settings)
                .withRoll(SinkConfig.DEFAULT_ROLL_BYTES, Duration.ofMillis(200));
        try (ProcessorApp processor = new ProcessorApp(processorConfig);
                JsonLinesSink sink = new JsonLinesSink(sinkConfig);
                DeadLetterWatcher deadLetters = new DeadLetterWatcher(names.deadLetter(), settings, done::add)) {
            processor.start();
            Thread sinkThread = new Thread(() -> sink.run(done::add), "newsflow-demo-sink");
            sinkThread.start();
            deadLetters.start();
            processor.awaitRunning(Duration.ofSeconds(timeoutSeconds));

            Set<String> ingested = ConcurrentHashMap.newKeySet();
            IngestSummary summary;
            try (FileIngester ingester = new FileIngester(new IngestConfig(names.raw(), List.of(), List.of(), settings))) {
                summary = ingester.ingest(inputs, (file, id) -> {
                    if (id != null) {
                        ingested.add(id);
                    }
                });
            }
            IngestCommand.report(summary);
            awaitAll(ingested, done, processor);
            sink.stop();
            sinkThread.join();
            System.out.println();
            System.out.print(ResultTable.render(JsonLinesOutput.lines(out), ingested, deadLetters.count(),
                    deadLetters.duplicates()));
            System.out.println("Enriched records: " + JsonLinesOutput.topicDir(out, names.enriched())
                    + " (all lines: cat " + out + "/*/partition=*/*.jsonl)");
            return summary.allPublished() ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private void awaitAll(Set<String> ingested, Set<String> done, ProcessorApp processor) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (!done.containsAll(ingested)) {
            if (processor.failure() != null) {
                throw new IllegalStateException("the processor failed: " + processor.failure().getMessage(),
                        processor.failure());
            }
            if (System.nanoTime() > deadline) {
                long missing = ingested.stream().filter(id -> !done.contains(id)).count();
                throw new IllegalStateException(missing + " of " + ingested.size()
                        + " articles did not come out within " + timeoutSeconds + " s");
            }
            Thread.sleep(100);
        }
    }

    /** The samples folder of the newsflow checkout the launcher runs from, else ./samples. */
    private static Path defaultSamples() {
        String home = System.getProperty("newsflow.home");
        Path samples = home != null ? Path.of(home, "samples") : Path.of("samples");
        if (!Files.isDirectory(samples)) {
            throw new UserError("no PATH given and no samples folder at " + samples.toAbsolutePath());
        }
        return samples;
    }
}
