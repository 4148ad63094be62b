package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * No input makes extraction throw: generated text, markup soup and mutated seed articles, read as text/plain and
 * as text/html. CI runs {@code jqwik.tries.default} (100) tries per property; run longer with e.g.
 * {@code -Djqwik.tries.default=20000}.
 */
class ExtractionFuzzTest {

    private static final Instant INGESTED = Instant.parse("2026-11-25T12:00:00Z");
    private static final List<String> SEEDS = AdversarialInputs.seeds();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Property
    void mutatedSeedArticlesNeverMakeExtractionThrow(@ForAll("mutatedSeeds") String input, @ForAll boolean html) {
        assertExtracts(input, html);
    }

    @Property
    void anyCharactersNeverMakeExtractionThrow(@ForAll("anyText") String input, @ForAll boolean html) {
        assertExtracts(input, html);
    }

    @Property
    void tokenSoupNeverMakesExtractionThrow(@ForAll("tokenSoup") String input, @ForAll boolean html) {
        assertExtracts(input, html);
    }

    private void assertExtracts(String input, boolean html) {
        Extraction extraction = EXTRACTOR.extract(input, html ? "text/html" : "text/plain", INGESTED);
        assertThat(extraction.body()).isNotNull();
        assertThat(extraction.wordCount()).isNotNegative();
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(3000);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(Arbitraries.of(AdversarialInputs.HOSTILE_TOKENS),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12), Arbitraries.just(" "));
        return token.list().ofMaxSize(600).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> mutatedSeeds() {
        return Combinators.combine(Arbitraries.of(SEEDS), mutation().list().ofMaxSize(8))
                .as((seed, mutations) -> {
                    String text = seed;
                    for (UnaryOperator<String> mutation : mutations) {
                        text = mutation.apply(text);
                    }
                    return text;
                });
    }

    /** One edit at a relative position, so that it lands inside whatever the text has become. */
    private static Arbitrary<UnaryOperator<String>> mutation() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 2000);
        Arbitrary<String> insert = Arbitraries.oneOf(Arbitraries.of(AdversarialInputs.HOSTILE_TOKENS),
                Arbitraries.strings().all().ofMaxLength(50));
        return Arbitraries.oneOf(
                Combinators.combine(at, length).as((p, n) -> text -> {
                    int from = position(text, p);
                    return text.substring(0, from) + text.substring(Math.min(text.length(), from + n));
                }),
                Combinators.combine(at, length, Arbitraries.integers().between(2, 20)).as((p, n, times) -> text -> {
                    int from = position(text, p);
                    String part = text.substring(from, Math.min(text.length(), from + n));
                    return text.substring(0, from) + part.repeat(times) + text.substring(from + part.length());
                }),
                Combinators.combine(at, insert, Arbitraries.integers().between(1, 50)).as((p, s, times) -> text -> {
                    int from = position(text, p);
                    return text.substring(0, from) + s.repeat(times) + text.substring(from);
                }),
                at.map(p -> text -> text.substring(0, position(text, p))),
                Arbitraries.just(text -> text.replace('\n', ' ')),
                Arbitraries.just(text -> text.toUpperCase(java.util.Locale.ROOT)),
                Arbitraries.just(text -> text.replace(" ", "")));
    }

    private static int position(String text, double relative) {
        return (int) Math.round(relative * text.length());
    }
}
