package io.newsflow.processor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.events.Json;
import io.newsflow.processor.extract.ArticleExtractor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Entity recognition, document-level, as the sets' scorer counts it, on three gold sets: Wikigold (145 Wikipedia
 * texts, CC-BY 4.0), our own annotations of the English development news pages' human-checked bodies
 * ({@code eval/news-entities.jsonl} in the test resources, written blind to the extractor's output; see the
 * README beside it), and 40 news articles written for newsflow that no rule was tuned on
 * ({@code eval/fresh-news.jsonl}), the estimate of how the extractor does on news it has not seen. Issue 3's 0.85
 * applies to news; Wikipedia prose is harder. The figures for the even- and odd-numbered documents are printed
 * too: a rule that helps only one half is tuned to it.
 */
class EntityQualityIT {

    private static final double WIKIGOLD_FLOOR = 0.767;
    private static final double NEWS_FLOOR = 0.864;
    private static final double FRESH_NEWS_FLOOR = 0.859;

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void shouldFindPeopleOrganisationsAndPlacesInWikipediaProse() throws Exception {
        Path gold = EvalSets.dir().resolve("entities").resolve("wikigold.jsonl");
        assertAtLeast(WIKIGOLD_FLOOR, "wikigold", Files.readAllLines(gold));
    }

    @Test
    void shouldFindPeopleOrganisationsAndPlacesInNews() throws Exception {
        Map<String, String> bodies = new HashMap<>();
        for (String line : Files.readAllLines(EvalSets.dir().resolve("article-body").resolve("truth.jsonl"))) {
            JsonNode page = Json.MAPPER.readTree(line);
            bodies.put(page.path("id").asText(), page.path("articleBody").asText());
        }
        List<String> documents = new ArrayList<>();
        for (String line : resourceLines("/eval/news-entities.jsonl")) {
            ObjectNode document = (ObjectNode) Json.MAPPER.readTree(line);
            String body = bodies.get(document.path("id").asText());
            assertThat(body).as("dev page " + document.path("id").asText()).isNotNull();
            documents.add(Json.MAPPER.writeValueAsString(document.put("text", body)));
        }
        assertAtLeast(NEWS_FLOOR, "news", documents);
    }

    /** Held out: reading its errors to write rules would make it development data (see the README beside it). */
    @Test
    void shouldFindPeopleOrganisationsAndPlacesInNewsNoRuleWasTunedOn() throws Exception {
        assertAtLeast(FRESH_NEWS_FLOOR, "fresh-news", resourceLines("/eval/fresh-news.jsonl"));
    }

    /** Scores the extractor on gold lines ({"id", "text", "entities"}), all of them and by halves. */
    private void assertAtLeast(double floor, String set, List<String> documents) throws Exception {
        Path gold = EvalSets.output("entities-" + set + "-gold.jsonl");
        Files.write(gold, documents);
        Path predictions = EvalSets.output("entities-" + set + ".jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(predictions)) {
            for (String line : documents) {
                JsonNode document = Json.MAPPER.readTree(line);
                List<Map<String, String>> names = extractor
                        .extract(document.path("text").asText(), "text/plain", Instant.EPOCH).entities().stream()
                        .map(e -> Map.of("name", e.name(), "type", e.type()))
                        .toList();
                out.write(Json.MAPPER.writeValueAsString(Map.of("id", document.path("id").asText(), "entities",
                        names)));
                out.newLine();
            }
        }
        EvalSets.Score score = EvalSets.score("score_entities.py", gold, predictions);
        System.out.println("entities on " + set + ": " + score.report().replace("\n", " | "));
        for (int half = 0; half < 2; half++) {
            String name = half == 0 ? "even" : "odd";
            Path halfGold = EvalSets.output("entities-" + set + "-" + name + ".jsonl");
            int first = half;
            Files.write(halfGold, IntStream.range(0, documents.size()).filter(i -> i % 2 == first)
                    .mapToObj(documents::get).toList());
            System.out.println("entities on " + set + ", " + name + " documents: "
                    + EvalSets.score("score_entities.py", halfGold, predictions).report().replace("\n", " | "));
        }
        assertThat(score.f1()).as(score.report()).isGreaterThanOrEqualTo(floor);
    }

    private static List<String> resourceLines(String name) throws IOException {
        try (InputStream in = EntityQualityIT.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }
}
