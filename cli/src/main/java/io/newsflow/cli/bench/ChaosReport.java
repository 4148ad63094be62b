package io.newsflow.cli.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a {@link ChaosRun} found: the kills, the time it took, and for each place articles end up whether each
 * is there exactly once.
 *
 * @param pipelineNanos from the first article ingested to the last one stored by the slowest sink
 * @param postgres      null when the run had no PostgreSQL
 */
public record ChaosReport(ChaosRun.Settings settings, Map<String, Integer> kills, long pipelineNanos, long wallNanos,
        int enriched, int deadLettered, Check raw, Check outcomes, Check jsonLines, Check postgres,
        Accounting accounting) {

    /** What `newsflow status` concludes from the processor's own accounts. */
    public record Accounting(boolean holds, String verdict) {
    }

    /** How the ids written somewhere compare with the ids expected there. */
    public record Check(String place, int records, List<String> duplicates, List<String> missing,
            List<String> unexpected) {

        public static Check of(String place, List<String> written, Collection<String> expected) {
            Map<String, Long> counts = written.stream()
                    .collect(Collectors.groupingBy(id -> id, LinkedHashMap::new, Collectors.counting()));
            Set<String> wanted = new HashSet<>(expected);
            return new Check(place, written.size(),
                    counts.entrySet().stream().filter(e -> e.getValue() > 1)
                            .map(e -> e.getKey() + " x" + e.getValue()).sorted().toList(),
                    wanted.stream().filter(id -> !counts.containsKey(id)).sorted().toList(),
                    counts.keySet().stream().filter(id -> !wanted.contains(id)).sorted().toList());
        }

        public boolean exactlyOnce() {
            return duplicates.isEmpty() && missing.isEmpty() && unexpected.isEmpty();
        }

        private String row() {
            return String.format(Locale.ROOT, "%-26s | %7d | %10d | %7d | %10d%s", place, records, duplicates.size(),
                    missing.size(), unexpected.size(), exactlyOnce() ? "" : "  e.g. " + examples());
        }

        private String examples() {
            return Stream.of(duplicates, missing, unexpected).filter(list -> !list.isEmpty())
                    .map(list -> String.join(", ", list.subList(0, Math.min(3, list.size()))))
                    .collect(Collectors.joining("; "));
        }
    }

    public List<Check> checks() {
        return Stream.of(raw, outcomes, jsonLines, postgres).filter(Objects::nonNull).toList();
    }

    public boolean passed() {
        return checks().stream().allMatch(Check::exactlyOnce) && accounting.holds();
    }

    public String render() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "articles %d, partitions %d, seed %d", settings.articles(),
                settings.partitions(), settings.seed()));
        lines.add("kills (SIGKILL, then restart): " + kills.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        if (postgres == null) {
            lines.add("PostgreSQL: skipped (no --jdbc-url given)");
        }
        lines.add(String.format(Locale.ROOT, "pipeline: %.1f s from the first article ingested to the last stored, "
                + "%.0f articles/s through kills and restarts; wall time %.1f s", pipelineNanos / 1e9,
                settings.articles() * 1e9 / pipelineNanos, wallNanos / 1e9));
        lines.add(String.format(Locale.ROOT, "processor output: %d enriched + %d dead-lettered", enriched,
                deadLettered));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%-26s | %7s | %10s | %7s | %10s", "where", "records", "duplicates",
                "missing", "unexpected"));
        lines.add("-".repeat(27) + "+" + "-".repeat(9) + "+" + "-".repeat(12) + "+" + "-".repeat(9) + "+"
                + "-".repeat(11));
        checks().forEach(check -> lines.add(check.row()));
        lines.add("");
        lines.add("newsflow status: " + accounting.verdict());
        lines.add(passed() ? "PASSED: every article exactly once everywhere"
                : "FAILED: duplicates, missing articles or accounting (seed " + settings.seed() + ")");
        return String.join("\n", lines) + "\n";
    }
}
