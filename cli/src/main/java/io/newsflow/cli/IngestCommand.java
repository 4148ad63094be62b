package io.newsflow.cli;

import io.newsflow.ingest.FileIngester;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestSummary;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish each article file as one raw event on the raw topic.",
                "Folders are walked recursively; hidden files are skipped. A file that cannot be read is reported "
                        + "and skipped, the others are still published."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Mixin
    TopicOptions topics;

    @Option(names = "--include", paramLabel = "GLOB",
            description = "Only files matching this glob (repeatable). Without '/', matched against the file name.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Skip files matching this glob (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        IngestConfig config = new IngestConfig(topics.raw, includes, excludes, kafka.clientSettings());
        IngestSummary summary;
        try (FileIngester ingester = new FileIngester(config)) {
            summary = ingester.ingest(paths);
        }
        return report(summary);
    }

    static int report(IngestSummary summary) {
        summary.skipped().forEach(skip -> System.err.println("skipped " + skip.file() + ": " + skip.reason()));
        System.out.printf("files seen: %d, published: %d, skipped: %d%n",
                summary.filesSeen(), summary.published(), summary.skipped().size());
        return summary.allPublished() ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
    }
}
