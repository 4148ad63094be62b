package io.newsflow.processor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.events.Entity;
import io.newsflow.events.Json;
import io.newsflow.processor.extract.ArticleExtractor;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Entity recognition on Wikigold (145 Wikipedia texts, CC-BY 4.0), document-level, as the set's scorer counts
 * it. Wikipedia prose is harder than news; the held-out news set is where issue 3's 0.85 applies. The figures for
 * the even- and odd-numbered documents are printed too: a rule that helps only one half is tuned to it.
 */
class EntityQualityIT {

    private static final double FLOOR = 0.760;

    @Test
    void shouldFindPeopleOrganisationsAndPlacesAtLeastAsWellAsTheFloor() throws Exception {
        Path gold = EvalSets.dir().resolve("entities").resolve("wikigold.jsonl");
        Path predictions = EvalSets.output("entities-wikigold.jsonl");
        ArticleExtractor extractor = new ArticleExtractor();
        try (BufferedWriter out = Files.newBufferedWriter(predictions)) {
            for (String line : Files.readAllLines(gold)) {
                var doc = Json.MAPPER.readTree(line);
                List<Entity> entities = extractor.extract(doc.path("text").asText(), "text/plain", Instant.EPOCH)
                        .entities();
                List<Map<String, String>> names = entities.stream()
                        .map(e -> Map.of("name", e.name(), "type", e.type()))
                        .toList();
                out.write(Json.MAPPER.writeValueAsString(Map.of("id", doc.path("id").asText(), "entities", names)));
                out.newLine();
            }
        }

        EvalSets.Score score = EvalSets.score("score_entities.py", gold, predictions);
        System.out.println("entities on wikigold: " + score.report().replace("\n", " | "));
        List<String> documents = Files.readAllLines(gold);
        for (int half = 0; half < 2; half++) {
            Path halfGold = EvalSets.output("wikigold-" + (half == 0 ? "even" : "odd") + ".jsonl");
            int first = half;
            Files.write(halfGold, IntStream.range(0, documents.size()).filter(i -> i % 2 == first)
                    .mapToObj(documents::get).toList());
            System.out.println("entities on wikigold, " + (half == 0 ? "even" : "odd") + " documents: "
                    + EvalSets.score("score_entities.py", halfGold, predictions).report().replace("\n", " | "));
        }
        assertThat(score.f1()).as(score.report()).isGreaterThanOrEqualTo(FLOOR);
    }
}
