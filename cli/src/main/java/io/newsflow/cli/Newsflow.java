package io.newsflow.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The newsflow command-line app: one entry point, a subcommand per stage. */
@Command(name = "newsflow", mixinStandardHelpOptions = true, versionProvider = Newsflow.Version.class,
        description = "Ingest news articles into Kafka, enrich them with Kafka Streams, write them out.",
        subcommands = {DemoCommand.class, TopicsCommand.class, IngestCommand.class, ProcessCommand.class, EnrichCommand.class,
                SinkCommand.class, ReplayCommand.class, StatusCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:some input was skipped or a stage failed",
                "2:usage, connection or access (authentication, ACL) error"})
public final class Newsflow {

    static final int EXIT_OK = 0;
    static final int EXIT_PARTIAL = 1;
    static final int EXIT_USAGE = 2;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Show Kafka's own logs and full stack traces.")
    boolean verbose;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Newsflow());
        cli.setExecutionStrategy(parseResult -> {
            Logging.configure(parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose")));
            return new CommandLine.RunLast().execute(parseResult);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(sub -> sub.hasMatchedOption("--verbose"));
            PrintWriter err = commandLine.getErr();
            Optional<String> clientError = KafkaClientErrors.describe(e);
            err.println(Secrets.hide("newsflow: error: " + clientError.orElse(e.getMessage())));
            if (verbose) {
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                err.print(Secrets.hide(trace.toString()));
            }
            err.flush();
            return e instanceof UserError || clientError.isPresent() ? EXIT_USAGE : EXIT_PARTIAL;
        });
        return cli;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Newsflow.class.getPackage().getImplementationVersion();
            return new String[] {"newsflow " + (version != null ? version : "dev") + ", Kafka "
                    + org.apache.kafka.common.utils.AppInfoParser.getVersion()};
        }
    }
}
