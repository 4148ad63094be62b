package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * No input makes extraction throw: random text, token soup and mutated seed articles, read as text/plain and as
 * text/html. CI runs 100 inputs per test from a fixed seed; run longer, or from another seed, with e.g.
 * {@code -Dfuzz.tries=20000 -Dfuzz.seed=7}. A failure names the seed and the try, which replay it.
 */
class ExtractionFuzzTest {

    private static final int TRIES = Integer.getInteger("fuzz.tries", 100);
    private static final long SEED = Long.getLong("fuzz.seed", 20261201L);
    private static final Instant INGESTED = Instant.parse("2026-11-25T12:00:00Z");
    private static final List<String> SEEDS = AdversarialInputs.seeds();
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();
    private static final String COMMON = "aeinorst  \n.,\"'-";

    @Test
    void mutatedSeedArticlesNeverMakeExtractionThrow() {
        everyTry(ExtractionFuzzTest::mutatedSeed);
    }

    @Test
    void anyCharactersNeverMakeExtractionThrow() {
        everyTry(random -> anyText(random, 3000));
    }

    @Test
    void tokenSoupNeverMakesExtractionThrow() {
        everyTry(ExtractionFuzzTest::tokenSoup);
    }

    private static void everyTry(Function<Random, String> inputs) {
        Random random = new Random(SEED);
        for (int i = 0; i < TRIES; i++) {
            int attempt = i;
            String input = inputs.apply(random);
            boolean html = random.nextBoolean();
            assertThatCode(() -> {
                Extraction extraction = EXTRACTOR.extract(input, html ? "text/html" : "text/plain", INGESTED);
                assertThat(extraction.body()).isNotNull();
                assertThat(extraction.wordCount()).isNotNegative();
            }).as(() -> String.format(Locale.ROOT, "try %d from seed %d, %s, input %s", attempt, SEED,
                    html ? "html" : "text", quoted(input))).doesNotThrowAnyException();
        }
    }

    /**
     * Any UTF-16 code units, lone surrogates and controls included, but weighted towards what text is made of, so
     * that words, lines and punctuation occur often enough to reach the rules.
     */
    private static String anyText(Random random, int maxLength) {
        int length = random.nextInt(4) == 0 ? random.nextInt(8) : random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(switch (random.nextInt(4)) {
                case 0 -> (char) (' ' + random.nextInt(95));
                case 1 -> COMMON.charAt(random.nextInt(COMMON.length()));
                case 2 -> (char) random.nextInt(0x3000);
                default -> (char) random.nextInt(0x10000);
            });
        }
        return text.toString();
    }

    private static String tokenSoup(Random random) {
        int tokens = random.nextInt(601);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            switch (random.nextInt(3)) {
                case 0 -> text.append(pick(random, AdversarialInputs.HOSTILE_TOKENS));
                case 1 -> {
                    int letters = 1 + random.nextInt(12);
                    for (int j = 0; j < letters; j++) {
                        char base = random.nextBoolean() ? 'a' : 'A';
                        text.append((char) (base + random.nextInt(26)));
                    }
                }
                default -> text.append(' ');
            }
        }
        return text.toString();
    }

    private static String mutatedSeed(Random random) {
        String text = pick(random, SEEDS);
        int mutations = random.nextInt(9);
        for (int i = 0; i < mutations; i++) {
            text = mutate(text, random);
        }
        return text;
    }

    /** One edit at a random position of whatever the text has become. */
    private static String mutate(String text, Random random) {
        int from = random.nextInt(text.length() + 1);
        int length = 1 + random.nextInt(2000);
        int to = Math.min(text.length(), from + length);
        return switch (random.nextInt(7)) {
            case 0 -> text.substring(0, from) + text.substring(to);
            case 1 -> text.substring(0, from) + text.substring(from, to).repeat(2 + random.nextInt(19))
                    + text.substring(to);
            case 2 -> {
                String insert = random.nextBoolean() ? pick(random, AdversarialInputs.HOSTILE_TOKENS)
                        : anyText(random, 50);
                yield text.substring(0, from) + insert.repeat(1 + random.nextInt(50)) + text.substring(from);
            }
            case 3 -> text.substring(0, from);
            case 4 -> text.replace('\n', ' ');
            case 5 -> text.toUpperCase(Locale.ROOT);
            default -> text.replace(" ", "");
        };
    }

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Escaped so that a failure's input can be pasted back into a test, control characters and all. */
    private static String quoted(String input) {
        StringBuilder quoted = new StringBuilder("\"");
        String shown = input.length() > 2000 ? input.substring(0, 2000) : input;
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < ' ' || c > '~') {
                quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append(input.length() > shown.length() ? "\"..." : "\"").toString();
    }
}
