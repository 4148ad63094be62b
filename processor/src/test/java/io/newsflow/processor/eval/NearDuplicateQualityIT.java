package io.newsflow.processor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.NearDuplicateSettings;
import io.newsflow.processor.extract.ArticleExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the near-duplicate distance means on real articles (the 58 development text dumps): how many bits of the
 * fingerprint edits of one article move, against how close unrelated articles come. Prints, for each distance
 * 0 to 7, the share of edited copies found; fails when the default distance links an unrelated pair or misses
 * too many one-word edits.
 */
class NearDuplicateQualityIT {

    private static final int MAX = 7;
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldFindEditedCopiesWithinTheDefaultDistanceAndNoUnrelatedArticle() throws Exception {
        List<String> bodies = new ArrayList<>();
        try (Stream<Path> files = Files.list(EvalSets.dir().resolve("article-body"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                bodies.add(extractor.extract(Files.readString(file), "text/plain", Instant.EPOCH).body());
            }
        }
        Random random = new Random(3);
        double[] oneWord = found(bodies, 4, body -> replaceWords(body, 1, random));
        double[] fiveWords = found(bodies, 4, body -> replaceWords(body, 5, random));
        double[] sentence = found(bodies, 1, body -> body + "\n\nThis story has been updated with a statement.");
        double[] lastParagraphCut = found(bodies, 1,
                body -> body.substring(0, Math.max(body.lastIndexOf("\n\n"), 1)));
        long[] fingerprints = bodies.stream().mapToLong(this::fingerprint).toArray();
        int closestUnrelated = 64;
        for (int i = 0; i < fingerprints.length; i++) {
            for (int j = i + 1; j < fingerprints.length; j++) {
                closestUnrelated = Math.min(closestUnrelated, Long.bitCount(fingerprints[i] ^ fingerprints[j]));
            }
        }

        print("one word replaced", oneWord);
        print("five words replaced", fiveWords);
        print("a sentence added", sentence);
        print("last paragraph cut", lastParagraphCut);
        System.out.printf("near-duplicates: closest of %d unrelated pairs: %d bits%n",
                bodies.size() * (bodies.size() - 1) / 2, closestUnrelated);
        int chosen = NearDuplicateSettings.DEFAULT_MAX_DISTANCE;
        assertThat(closestUnrelated).as("unrelated articles must stay far beyond the largest distance").isGreaterThan(2 * MAX);
        assertThat(oneWord[chosen]).as("one-word edits found at the default distance").isGreaterThanOrEqualTo(0.95);
    }

    /** Share of the copies within each distance 0..7 of their original. */
    private double[] found(List<String> bodies, int trials, UnaryOperator<String> edit) {
        int[] within = new int[MAX + 1];
        for (String body : bodies) {
            long original = fingerprint(body);
            for (int trial = 0; trial < trials; trial++) {
                int distance = Long.bitCount(original ^ fingerprint(edit.apply(body)));
                for (int d = distance; d <= MAX; d++) {
                    within[d]++;
                }
            }
        }
        double[] shares = new double[MAX + 1];
        for (int d = 0; d <= MAX; d++) {
            shares[d] = within[d] / (double) (bodies.size() * trials);
        }
        return shares;
    }

    private static String replaceWords(String body, int count, Random random) {
        String[] words = body.split(" ");
        for (int i = 0; i < count; i++) {
            words[random.nextInt(words.length)] = "zq" + random.nextInt(1_000_000);
        }
        return String.join(" ", words);
    }

    private long fingerprint(String body) {
        return Long.parseUnsignedLong(extractor.extract(body, "text/plain", Instant.EPOCH).fingerprint(), 16);
    }

    private static void print(String edit, double[] shares) {
        StringBuilder line = new StringBuilder("near-duplicates: " + edit + ", found within 0..7 bits:");
        for (double share : shares) {
            line.append(String.format(" %.2f", share));
        }
        System.out.println(line);
    }
}
