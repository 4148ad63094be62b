package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.processor.NearDuplicateSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** The near-duplicate options of {@code newsflow process}, checked before any broker is contacted. */
class ProcessCommandTest {

    @Test
    void shouldDefaultToTheProcessorsNearDuplicateSettings() {
        ProcessCommand command = parse();
        assertThat(command.nearDuplicateDistance).isEqualTo(NearDuplicateSettings.DEFAULT_MAX_DISTANCE);
        assertThat(command.nearDuplicateWindow).isEqualTo(NearDuplicateSettings.DEFAULT_WINDOW);
    }

    @Test
    void shouldTakeTheDistanceAndAWindowInShortOrIsoForm() {
        ProcessCommand command = parse("--near-duplicate-distance", "5", "--near-duplicate-window", "36h");
        assertThat(command.nearDuplicateDistance).isEqualTo(5);
        assertThat(command.nearDuplicateWindow).isEqualTo(Duration.ofHours(36));
        assertThat(parse("--near-duplicate-window", "PT90M").nearDuplicateWindow).isEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void shouldRefuseADistanceOutOfRangeInOneLineWithExitTwoBeforeConnecting() {
        StringWriter err = new StringWriter();
        CommandLine cli = Newsflow.commandLine();
        cli.setErr(new PrintWriter(err));
        // An unreachable broker: the exit code and message must come from the distance, not from connecting.
        int exit = cli.execute("process", "--bootstrap-server", "127.0.0.1:1", "--near-duplicate-distance", "9");

        assertThat(exit).isEqualTo(Newsflow.EXIT_USAGE);
        assertThat(err.toString().strip()).isEqualTo("newsflow: error: the near-duplicate distance must be 0 to 7 bits, not 9");
    }

    @Test
    void shouldRefuseAWindowThatIsNotADuration() {
        DurationConverter converter = new DurationConverter();
        assertThat(converter.convert("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(converter.convert("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThatThrownBy(() -> converter.convert("a week")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'a week' is not a duration");
        StringWriter err = new StringWriter();
        CommandLine cli = Newsflow.commandLine();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute("process", "--near-duplicate-window", "0s")).isEqualTo(Newsflow.EXIT_USAGE);
        assertThat(err.toString()).contains("window must be positive");
    }

    private static ProcessCommand parse(String... args) {
        ProcessCommand command = new ProcessCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }
}
