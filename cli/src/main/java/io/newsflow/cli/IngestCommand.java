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
                "Folders are walked recursively; hidden files are skipped. A file that is not an article (empty, "
                        + "binary, too large, unreadable, a link not followed...) is reported on stderr with the "
                        + "reason and skipped, the others are still published. Text in UTF-16 (with a byte order "
                        + "mark), Windows-1252 or ISO-8859-1 is converted to UTF-8."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was published", "1:some files were skipped (see stderr)",
                "2:usage, connection or access (authentication, ACL) error; no later file was tried"})
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

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "5MiB",
            converter = UnitConverters.Bytes.class,
            description = "Skip files larger than this, e.g. 512KiB or 8MiB (default: ${DEFAULT-VALUE}). Above 16MiB "
                    + "the topics' max.message.bytes must be raised too.")
    long maxFileSize;

    @Option(names = "--follow-links",
            description = "Follow symbolic links inside folders (by default they are reported and skipped; links "
                    + "given as PATH are always followed). Link loops are reported.")
    boolean followLinks;

    @Option(names = "--fail-fast", description = "Stop at the first file that has to be skipped (exit code 1).")
    boolean failFast;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Article files or folders.")
    List<Path> paths;

    @Override
    public Integer call() {
        Connectivity.check(kafka.clientSettings(), Duration.ofSeconds(15));
        IngestConfig config = new IngestConfig(topics.raw, includes, excludes, kafka.clientSettings(),
                maxFileSize, followLinks, failFast);
        IngestSummary summary;
        try (FileIngester ingester = new FileIngester(config)) {
            summary = ingester.ingest(paths, new IngestProgress(System.err));
        }
        return totals(summary);
    }

    /** The skipped files, then the totals, for callers that did not show the skipped files as they came. */
    static int report(IngestSummary summary) {
        summary.skipped().forEach(skip -> System.err.println(IngestProgress.skipLine(skip.file(), skip.reason())));
        return totals(summary);
    }

    private static int totals(IngestSummary summary) {
        if (summary.stoppedEarly()) {
            System.err.println("stopped at the first skipped file (--fail-fast); later files were not tried");
        }
        System.out.printf("files seen: %d, published: %d, skipped: %d%n",
                summary.filesSeen(), summary.published(), summary.skipped().size());
        return summary.allPublished() ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
    }
}
