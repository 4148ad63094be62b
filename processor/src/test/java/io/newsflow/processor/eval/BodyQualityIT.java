package io.newsflow.processor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Json;
import io.newsflow.processor.extract.ArticleExtractor;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Body extraction quality on the 58 development pages, from the text dumps and from the HTML. Fails below the
 * floor; the floors only ever go up (issue 3's targets: 0.93 from text, 0.97 from HTML).
 */
class BodyQualityIT {

    @ParameterizedTest(name = "{0} inputs: F1 >= {1}")
    @CsvSource({"txt, text/plain, 0.958", "html, text/html, 0.977"})
    void shouldExtractArticleBodiesAtLeastAsWellAsTheFloor(String extension, String contentType, double floor)
            throws Exception {
        Path dir = EvalSets.dir().resolve("article-body");
        Path truth = dir.resolve("truth.jsonl");
        Path predictions = EvalSets.output("body-" + extension + ".jsonl");
        ArticleExtractor extractor = new ArticleExtractor();
        try (BufferedWriter out = Files.newBufferedWriter(predictions)) {
            for (String line : Files.readAllLines(truth)) {
                String id = Json.MAPPER.readTree(line).path("id").asText();
                String page = Files.readString(dir.resolve(id + "." + extension));
                String body = extractor.extract(page, contentType, Instant.EPOCH).body();
                out.write(Json.MAPPER.writeValueAsString(Map.of("id", id, "articleBody", body)));
                out.newLine();
            }
        }

        EvalSets.Score score = EvalSets.score("score_body.py", truth, predictions);
        System.out.printf("body from .%s: F1 %.3f precision %.3f recall %.3f%n", extension, score.f1(),
                score.precision(), score.recall());
        assertThat(score.f1()).as("body F1 from ." + extension + " (" + score.report() + ")").isGreaterThanOrEqualTo(floor);
    }

}
