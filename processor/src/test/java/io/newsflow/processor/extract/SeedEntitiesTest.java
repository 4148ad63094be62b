package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.events.Entity;
import io.newsflow.events.Quote;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Golden entities and quotes of the project's two sample articles. */
class SeedEntitiesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private Extraction extract(String seed) {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream("/seeds/" + seed)) {
            assertThat(in).as("seed %s on the test classpath", seed).isNotNull();
            return extractor.extract(new String(in.readAllBytes(), StandardCharsets.UTF_8), "text/plain", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void shouldNamePeopleWithoutTitlesAndPlacesAndBodiesWhenReadingTheNewYorkStory() {
        Extraction extraction = extract("rouhani-khan-new-york.txt");
        assertThat(extraction.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Hassan Rouhani", Entity.PERSON), tuple("Imran Khan", Entity.PERSON),
                tuple("Seyyed Ali Khamenei", Entity.PERSON), tuple("Iran", Entity.LOCATION),
                tuple("Pakistan", Entity.LOCATION), tuple("Tehran", Entity.LOCATION),
                tuple("Islamabad", Entity.LOCATION), tuple("Chabahar", Entity.LOCATION),
                tuple("Kashmir", Entity.LOCATION), tuple("New York", Entity.LOCATION),
                tuple("UN General Assembly", Entity.ORGANIZATION));
        assertThat(extraction.entities()).extracting(Entity::name)
                .doesNotContain("Rouhani", "Khan", "Khamenei", "Iranian", "Pakistani", "Monday", "President Rouhani");
        Entity khan = extraction.entities().stream().filter(e -> e.name().equals("Imran Khan")).findFirst().orElseThrow();
        assertThat(khan.mentions()).as("Imran Khan twice, Khan's once, in the title once").isEqualTo(4);
        assertThat(extraction.body().substring(khan.firstOffset())).startsWith("Imran Khan");
    }

    @Test
    void shouldFindGwadarTheEconomicCooperationOrganizationAndAfghanistanWhenReadingTheTehranStory() {
        Extraction extraction = extract("tehran-islamabad-ties.txt");
        assertThat(extraction.entities()).extracting(Entity::name, Entity::type).contains(
                tuple("Seyyed Ali Khamenei", Entity.PERSON), tuple("Imran Khan", Entity.PERSON),
                tuple("Hassan Rouhani", Entity.PERSON), tuple("Tehran", Entity.LOCATION),
                tuple("Islamabad", Entity.LOCATION), tuple("Afghanistan", Entity.LOCATION),
                tuple("Chabahar", Entity.LOCATION), tuple("Gwadar", Entity.LOCATION),
                tuple("Economic Cooperation Organization", Entity.ORGANIZATION));
        assertThat(extraction.entities()).extracting(Entity::name).doesNotContain("Rouhani", "Khan");
    }

    @Test
    void shouldAttributeQuotesToRouhaniAndKhamenei() {
        Extraction extraction = extract("rouhani-khan-new-york.txt");
        assertThat(extraction.quotes()).extracting(Quote::speaker)
                .containsExactly("Hassan Rouhani", "Seyyed Ali Khamenei");
        assertThat(extraction.quotes()).extracting(Quote::text).noneMatch(text -> text.startsWith("terrorism"));
        Quote first = extraction.quotes().get(0);
        assertThat(first.text()).startsWith("We agreed to step up security cooperation").endsWith("to fight terrorism");
        assertThat(extraction.body().substring(first.offset())).startsWith(first.text());
    }

    @Test
    void shouldAttributeQuotesToRouhaniKhanAndKhameneiThroughPronounsAndTitles() {
        Extraction extraction = extract("tehran-islamabad-ties.txt");
        assertThat(extraction.quotes()).extracting(Quote::speaker).containsExactly(
                "Seyyed Ali Khamenei", "Seyyed Ali Khamenei", null, "Hassan Rouhani", "Hassan Rouhani", "Imran Khan",
                "Hassan Rouhani", "Hassan Rouhani", "Imran Khan");
        assertThat(extraction.quotes().get(0).text())
                .isEqualTo("Mutual ties have to be consolidated despite hostile efforts [to undercut them]");
    }
}
