package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.newsflow.cli.bench.ChaosReport;
import io.newsflow.cli.bench.ChaosRun;
import io.newsflow.localkafka.LocalKafkaBroker;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of the whole pipeline, as bench/chaos runs it at scale: 2,000 generated articles ingested while
 * `newsflow process`, `newsflow sink --out` and `newsflow sink --to postgres` run in JVMs of their own, each
 * SIGKILLed three times at seeded random moments and restarted. Every article must end up exactly once on the
 * output topics, in the files and in the table. A failure names the seed; -Dchaos.seed=S runs the same plan again.
 */
class PipelineCrashIT {

    private static final int ARTICLES = 2_000;
    private static final int KILLS = 3;

    @TempDir
    Path tmp;

    @Test
    void shouldKeepEveryArticleExactlyOnceThoughEveryStageIsKilledThreeTimes() throws Exception {
        long seed = Long.getLong("chaos.seed", System.nanoTime());
        try (LocalKafkaBroker broker = LocalKafkaBroker.start(ChaosRun.brokerOptions());
                EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ChaosRun.Settings settings = new ChaosRun.Settings(ARTICLES, KILLS, 3, seed,
                    postgres.getJdbcUrl("postgres", "postgres"), 400, Duration.ofMinutes(4));
            ChaosReport report = ChaosRun.run(broker.bootstrapServers(), settings, tmp, System.out);
            System.out.print(report.render());

            assertThat(report.kills()).as("kills per stage (seed %d)", seed).containsExactly(
                    entry(ChaosRun.PROCESSOR, KILLS), entry(ChaosRun.SINK_JSONL, KILLS),
                    entry(ChaosRun.SINK_POSTGRES, KILLS));
            assertThat(report.postgres()).isNotNull();
            for (ChaosReport.Check check : report.checks()) {
                assertThat(check.duplicates()).as("%s: more than once (seed %d)", check.place(), seed).isEmpty();
                assertThat(check.missing()).as("%s: missing (seed %d)", check.place(), seed).isEmpty();
                assertThat(check.unexpected()).as("%s: never sent (seed %d)", check.place(), seed).isEmpty();
            }
            assertThat(report.raw().records()).isEqualTo(ARTICLES);
            // Generated articles are all distinct and valid: each is enriched, none dead-lettered.
            assertThat(report.enriched()).as("enriched (seed %d)", seed).isEqualTo(ARTICLES);
            assertThat(report.jsonLines().records()).isEqualTo(ARTICLES);
            assertThat(report.postgres().records()).isEqualTo(ARTICLES);
        }
    }
}
