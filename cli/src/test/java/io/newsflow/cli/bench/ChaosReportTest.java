package io.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChaosReportTest {

    @Test
    void shouldNameEachIdWrittenTwiceMissingOrNeverExpected() {
        ChaosReport.Check check = ChaosReport.Check.of("files", List.of("a", "b", "b", "x", "b"), List.of("a", "b", "c"));

        assertThat(check.records()).isEqualTo(5);
        assertThat(check.duplicates()).containsExactly("b x3");
        assertThat(check.missing()).containsExactly("c");
        assertThat(check.unexpected()).containsExactly("x");
        assertThat(check.exactlyOnce()).isFalse();
        assertThat(ChaosReport.Check.of("files", List.of("b", "a"), List.of("a", "b")).exactlyOnce()).isTrue();
    }

    @Test
    void shouldFailTheRunAndSayWhyWhenAnyPlaceHoldsAnArticleOtherThanOnce() {
        ChaosReport.Check once = ChaosReport.Check.of("raw topic", List.of("a", "b"), List.of("a", "b"));
        ChaosReport.Check twice = ChaosReport.Check.of("JSON Lines files", List.of("a", "b", "a"), List.of("a", "b"));
        ChaosRun.Settings settings = new ChaosRun.Settings(2, 1, 3, 42, null, 100, Duration.ofMinutes(1));

        ChaosReport report = new ChaosReport(settings, Map.of("processor", 1), 1_000_000_000L, 2_000_000_000L, 2, 0,
                once, once, twice, null, new ChaosReport.Accounting(true, "accounting: consumed 2 = ...: holds"));

        assertThat(report.passed()).isFalse();
        assertThat(report.checks()).hasSize(3);
        assertThat(report.render()).contains("PostgreSQL: skipped").contains("a x2").contains("FAILED")
                .contains("seed 42");
    }

    @Test
    void shouldFailTheRunWhenTheAccountsDoNotHold() {
        ChaosReport.Check once = ChaosReport.Check.of("raw topic", List.of("a"), List.of("a"));
        ChaosRun.Settings settings = new ChaosRun.Settings(1, 1, 3, 42, null, 100, Duration.ofMinutes(1));

        ChaosReport report = new ChaosReport(settings, Map.of(), 1L, 1L, 1, 0, once, once, once, null,
                new ChaosReport.Accounting(false, "accounting: ... DOES NOT HOLD"));

        assertThat(report.passed()).isFalse();
        assertThat(report.render()).contains("newsflow status: accounting: ... DOES NOT HOLD");
    }
}
