package io.newsflow.processor.extract;

import static io.newsflow.processor.extract.AdversarialInputs.MEBIBYTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Extraction takes linear time whatever the input: 1 MiB of each known adversarial pattern finishes in under three
 * seconds of this thread's CPU time (CPU, not wall time, so a loaded machine does not fail it; quadratic behaviour
 * on 1 MiB would take minutes). The slowest pattern takes 0.6 to 0.7 s here and took 1.04 s on a CI machine, which
 * failed the one-second limit this test first had: the limit is about slow code, not slow machines. The date regular expressions, the only ones in the package, are run
 * over every pattern on their own.
 */
class WorstCaseTimeTest {

    private static final long LIMIT_NANOS = 3_000_000_000L;
    private static final Instant INGESTED = Instant.parse("2026-11-25T12:00:00Z");
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    /** Compiled code, loaded gazetteers: what a running processor has; the first call pays for loading them. */
    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 3; i++) {
            for (String seed : AdversarialInputs.seeds()) {
                EXTRACTOR.extract(seed, "text/plain", INGESTED);
                EXTRACTOR.extract(seed, "text/html", INGESTED);
            }
            AdversarialInputs.nestedHtml(MEBIBYTE / 16).values()
                    .forEach(page -> EXTRACTOR.extract(page, "text/html", INGESTED));
        }
    }

    @Test
    void shouldExtractAMebibyteOfAllTextPatternsInUnderThreeSeconds() {
        String text = mixed(AdversarialInputs.patterns(MEBIBYTE / AdversarialInputs.patterns(0).size()));
        assertAllUnder(LIMIT_NANOS, Map.of("text patterns", text), "text/plain");
        assertAllUnder(LIMIT_NANOS, Map.of("text patterns in a paragraph", "<html><body><article><p>" + text
                + "</p></article></body></html>"), "text/html");
    }

    /**
     * The slowest plain-text pattern on its own, each line passing every per-line step (furniture vocabulary,
     * bylines, date lines, captions, repeats): about 95,000 lines of two capitalised words, all kept as the body.
     */
    @Test
    void shouldExtractAMebibyteOfShortLinesInUnderThreeSeconds() {
        assertAllUnder(LIMIT_NANOS, Map.of("short lines", AdversarialInputs.patterns(MEBIBYTE).get("short lines")),
                "text/plain");
    }

    /**
     * Over 200,000 elements each (news pages have a few thousand): parsed with a depth cap, each step one pass
     * over the page, metadata read from the elements with attributes. 0.1 to 0.5 s each on a quiet machine.
     */
    @Test
    void shouldExtractAMebibyteOfEachDeeplyNestedHtmlPatternInUnderThreeSeconds() {
        assertAllUnder(LIMIT_NANOS, AdversarialInputs.nestedHtml(MEBIBYTE), "text/html");
    }

    /** Each pattern on its own, a mebibyte each: {@code -Dnewsflow.worstcase.each=true} (about a minute). */
    @Test
    @EnabledIfSystemProperty(named = "newsflow.worstcase.each", matches = "true")
    void shouldExtractAMebibyteOfEachPatternInUnderThreeSeconds() {
        assertAllUnder(LIMIT_NANOS, AdversarialInputs.patterns(MEBIBYTE), "text/plain");
        Map<String, String> pages = new LinkedHashMap<>();
        AdversarialInputs.patterns(MEBIBYTE).forEach((name, text) ->
                pages.put(name, "<html><body><article><p>" + text + "</p></article></body></html>"));
        assertAllUnder(LIMIT_NANOS, pages, "text/html");
    }

    @Test
    void shouldRunEveryDateRuleOverEveryPatternWithoutBacktracking() {
        Map<String, Long> nanos = new LinkedHashMap<>();
        AdversarialInputs.patterns(64 * 1024).forEach((name, text) -> {
            long start = THREADS.getCurrentThreadCpuTime();
            for (DateRules.Rule rule : DateRules.RULES) {
                Matcher matcher = rule.pattern().matcher(text);
                while (matcher.find()) {
                    // Every match of the whole input: the worst use, DateExtractor tries only at word starts.
                }
            }
            nanos.put(name, THREADS.getCurrentThreadCpuTime() - start);
        });
        // 64 KiB per pattern: quadratic backtracking would be billions of steps, seconds at least.
        assertThat(nanos).allSatisfy((name, cpu) -> assertThat(cpu).as(name).isLessThan(LIMIT_NANOS / 12));
    }

    private static String mixed(Map<String, String> parts) {
        return String.join("\n\n", parts.values());
    }

    private static void assertAllUnder(long limitNanos, Map<String, String> inputs, String contentType) {
        Map<String, Long> nanos = new LinkedHashMap<>();
        inputs.forEach((name, input) -> {
            long start = THREADS.getCurrentThreadCpuTime();
            Extraction extraction = EXTRACTOR.extract(input, contentType, INGESTED);
            nanos.put(name, THREADS.getCurrentThreadCpuTime() - start);
            assertThat(extraction.body()).as(name).isNotNull();
        });
        System.out.printf("worst-case CPU ms (%s): %s%n", contentType,
                nanos.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue() / 1_000_000).toList());
        assertThat(nanos).allSatisfy((name, cpu) -> assertThat(cpu).as(name).isLessThan(limitNanos));
    }
}
