package io.newsflow.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import io.newsflow.events.Json;
import io.newsflow.events.RawEvent;
import io.newsflow.ingest.ArticleFiles;
import io.newsflow.processor.EnrichedArticles;
import io.newsflow.processor.ProcessorConfig;
import io.newsflow.processor.extract.ArticleExtractor;
import io.newsflow.processor.extract.Extraction;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Enrich article files offline, without Kafka: one JSON line per file on stdout, the same "
                + "record the pipeline puts on the enriched topic (lineage fields null).",
                "A file that cannot be processed gives a JSON error line and, at the end, exit code 1."})
final class EnrichCommand implements Callable<Integer> {

    @Option(names = "--content-type", paramLabel = "TYPE",
            description = "text/plain or text/html (default: from the file extension and the content).")
    String contentType;

    @Option(names = "--pretty", description = "Indented JSON, for people.")
    boolean pretty;

    @Option(names = "--processor-version", description = "Version stamped on the records (default: this build's).")
    String processorVersion;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files; - reads standard input.")
    List<String> files;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        if (contentType != null && !contentType.equals(RawEvent.TEXT_PLAIN) && !contentType.equals(RawEvent.TEXT_HTML)) {
            throw new UserError("--content-type must be text/plain or text/html, not " + contentType);
        }
        String version = processorVersion != null ? processorVersion : ProcessorConfig.defaultProcessorVersion();
        ObjectWriter writer = pretty ? Json.MAPPER.writerWithDefaultPrettyPrinter() : Json.MAPPER.writer();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        for (String file : files) {
            Object line;
            try {
                RawEvent event = read(file);
                Extraction extraction = extractor.extract(event.content(), event.contentType(), event.ingestedAt());
                String noText = EnrichedArticles.noArticleText(extraction);
                line = noText != null ? errorLine(file, noText)
                        : EnrichedArticles.of(event, extraction, EnrichedArticles.Lineage.OFFLINE, clock.instant(), version);
                failed += noText != null ? 1 : 0;
            } catch (ArticleFiles.Unreadable | RuntimeException e) {
                failed++;
                line = errorLine(file, e instanceof ArticleFiles.Unreadable ? e.getMessage()
                        : "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            try {
                out.println(writer.writeValueAsString(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        out.flush();
        return failed == 0 ? Newsflow.EXIT_OK : Newsflow.EXIT_PARTIAL;
    }

    /** The line printed instead of a record; the pipeline dead-letters the same inputs. */
    private static Map<String, String> errorLine(String file, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("sourceUri", file.equals("-") ? "stdin:" : ArticleFiles.sourceUri(Path.of(file)).toString());
        error.put("error", message);
        return error;
    }

    private RawEvent read(String file) throws ArticleFiles.Unreadable {
        Instant now = clock.instant();
        if (file.equals("-")) {
            try {
                return ArticleFiles.fromBytes(System.in.readAllBytes(), "stdin:", now, contentType);
            } catch (IOException e) {
                throw new ArticleFiles.Unreadable("cannot read standard input: " + e.getMessage());
            }
        }
        return ArticleFiles.read(Path.of(file), now, contentType);
    }
}
