package io.newsflow.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The final table: one row per measured stage, fixed-width so runs can be diffed. */
final class SummaryTable {

    private record Row(String stage, double perSecond, double megabytesPerSecond, String ratio) {
    }

    private static final String FORMAT = "%-30s | %10s | %7s | %s%n";

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Every rate is also given as a fraction of the broker's ceiling; ingest MB/s counts file bytes. */
    static SummaryTable of(ProducerPerfRun.Result ceiling, EndToEndRun.Result pipeline, EndToEndRun.Result pass,
            double averageArticleBytes) {
        double ceilingRate = ceiling.recordsPerSecond();
        double mbPerArticle = averageArticleBytes / Units.MB;
        SummaryTable table = new SummaryTable();
        table.rows.add(new Row("ProducerPerformance (ceiling)", ceilingRate, ceiling.megabytesPerSecond(), "1.00"));
        table.rows.add(new Row("ingest only, pipeline run", pipeline.ingestPerSecond(),
                pipeline.ingestPerSecond() * mbPerArticle, ofCeiling(pipeline.ingestPerSecond(), ceilingRate)));
        table.rows.add(new Row("pipeline end to end", pipeline.articlesPerSecond(), pipeline.megabytesPerSecond(),
                ofCeiling(pipeline.articlesPerSecond(), ceilingRate)));
        table.rows.add(new Row("ingest only, pass-through run", pass.ingestPerSecond(),
                pass.ingestPerSecond() * mbPerArticle, ofCeiling(pass.ingestPerSecond(), ceilingRate)));
        table.rows.add(new Row("pass-through end to end", pass.articlesPerSecond(), pass.megabytesPerSecond(),
                ofCeiling(pass.articlesPerSecond(), ceilingRate)));
        table.notes.add(String.format(Locale.ROOT, "pipeline / pass-through = %.2f (target >= 0.50), "
                + "pipeline / ProducerPerformance = %.2f", pipeline.articlesPerSecond() / pass.articlesPerSecond(),
                pipeline.articlesPerSecond() / ceilingRate));
        table.notes.add("pipeline " + pipeline.cpu().perArticle(pipeline.articles()));
        table.notes.add("pass-through " + pass.cpu().perArticle(pass.articles()));
        return table;
    }

    /** The pipeline with extraction swapped for a copy: the rate the rest of the topology allows. */
    void withoutExtraction(EndToEndRun.Result floor, EndToEndRun.Result pass, ProducerPerfRun.Result ceiling) {
        rows.add(new Row("pipeline without extraction", floor.articlesPerSecond(), floor.megabytesPerSecond(),
                ofCeiling(floor.articlesPerSecond(), ceiling.recordsPerSecond())));
        notes.add(String.format(Locale.ROOT, "pipeline without extraction / pass-through = %.2f (no extraction speed "
                + "can pass it)", floor.articlesPerSecond() / pass.articlesPerSecond()));
        notes.add("pipeline without extraction " + floor.cpu().perArticle(floor.articles()));
    }

    SummaryTable note(String line) {
        notes.add(line);
        return this;
    }

    String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, FORMAT, "stage", "articles/s", "MB/s",
                "ratio"));
        out.append("-".repeat(31)).append('+').append("-".repeat(12)).append('+').append("-".repeat(9))
                .append('+').append("-".repeat(17)).append('\n');
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, FORMAT, row.stage(), String.format(Locale.ROOT, "%,.0f",
                    row.perSecond()), String.format(Locale.ROOT, "%.2f", row.megabytesPerSecond()), row.ratio()));
        }
        notes.forEach(note -> out.append(note).append('\n'));
        return out.toString();
    }

    private static String ofCeiling(double rate, double ceilingRate) {
        return String.format(Locale.ROOT, "%.2f of ceiling", rate / ceilingRate);
    }
}
