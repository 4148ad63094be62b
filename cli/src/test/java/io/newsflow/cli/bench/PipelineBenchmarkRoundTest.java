package io.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.cli.bench.PipelineBenchmark.Round;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineBenchmarkRoundTest {

    @Test
    void theMedianRoundIsTheMiddleRatioWhateverTheOrderOfTheRounds() {
        List<Round> rounds = List.of(round(1, 400), round(2, 500), round(3, 450));
        assertThat(Round.median(rounds).number()).isEqualTo(3);
        assertThat(Round.ratios(rounds)).isEqualTo("0.40, 0.50, 0.45");
    }

    @Test
    void ofAnEvenCountTheLowerMiddleRoundIsTakenSoTheResultNeverFlattersThePipeline() {
        assertThat(Round.median(List.of(round(1, 480), round(2, 420))).number()).isEqualTo(2);
        assertThat(Round.median(List.of(round(1, 430))).number()).isEqualTo(1);
    }

    /** A round whose pipeline ran at {@code perMille} thousandths of the pass-through's rate. */
    private static Round round(int number, int perMille) {
        return new Round(number, result(perMille), result(1000), "extraction");
    }

    /** 1,000 articles at {@code articlesPerSecond}. */
    private static EndToEndRun.Result result(int articlesPerSecond) {
        return new EndToEndRun.Result(1000, 0, 0, 1000L * 1_000_000_000L / articlesPerSecond, null);
    }
}
