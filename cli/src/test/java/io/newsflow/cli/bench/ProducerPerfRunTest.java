package io.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProducerPerfRunTest {

    private static final String OUTPUT = """
            5021 records sent, 1004.2 records/sec (4.81 MB/sec), 612.3 ms avg latency, 1021.0 ms max latency.
            11000 records sent, 4512.345678 records/sec (21.61 MB/sec), 850.12 ms avg latency, 1200.00 ms max \
            latency, 840 ms 50th, 1100 ms 95th, 1150 ms 99th, 1190 ms 99.9th.
            10000 steady state records sent, 4468.123456 records/sec (21.40 MB/sec), 872.00 ms avg latency, \
            1158.00 ms max latency, 860 ms 50th, 1120 ms 95th, 1158 ms 99th, 1158 ms 99.9th.
            """;

    @Test
    void shouldReportSteadyStateTotalWhenWarmupRecordsWereSent() {
        ProducerPerfRun.Result result = ProducerPerfRun.parse(OUTPUT);

        assertThat(result).isEqualTo(new ProducerPerfRun.Result(10000, 4468.123456, 21.40, 872.00, 1158));
    }

    @Test
    void shouldReportOverallTotalWhenThereIsNoSteadyStateLine() {
        String withoutWarmup = OUTPUT.substring(0, OUTPUT.indexOf("10000 steady state"));

        assertThat(ProducerPerfRun.parse(withoutWarmup).records()).isEqualTo(11000);
    }

    @Test
    void shouldFailWithTheOutputWhenNoTotalLineIsPrinted() {
        assertThatThrownBy(() -> ProducerPerfRun.parse("Exception in thread main\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Exception in thread main");
    }
}
