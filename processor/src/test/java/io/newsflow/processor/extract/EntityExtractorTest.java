package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.events.Entity;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {

    private final EntityExtractor extractor = new EntityExtractor();

    @Test
    void shouldTakeOnlyKnownNamesFromATitleCaseHeadline() {
        assertThat(extractor.find("Rouhani, Imran Khan Discuss Border Security, Kashmir Plight",
                "President Hassan Rouhani met Prime Minister Imran Khan. Rouhani said Kashmir matters."))
                .extracting(Entity::name, Entity::type, Entity::mentions).containsExactly(
                        tuple("Hassan Rouhani", Entity.PERSON, 3), tuple("Imran Khan", Entity.PERSON, 2),
                        tuple("Kashmir", Entity.LOCATION, 2));
    }

    @Test
    void shouldReadASentenceCaseTitleLikeBodyTextWithOffsetMinusOne() {
        assertThat(extractor.find("Talks with the World Bank in Lagos", "Nothing else."))
                .containsExactly(new Entity("World Bank", Entity.ORGANIZATION, 1, -1),
                        new Entity("Lagos", Entity.LOCATION, 1, -1));
    }

    @Test
    void shouldReturnNothingForEmptyInput() {
        assertThat(extractor.find(null, "")).isEmpty();
    }

    @Test
    void shouldTakeKnownNamesOutOfAdjectivesWithoutRunningThemIntoTheNextName() {
        assertThat(extractor.find(null, "The Seattle-based company met Kremlin-backed rebels. A London-born Apple executive spoke."))
                .extracting(Entity::name, Entity::type).containsExactly(tuple("Seattle", Entity.LOCATION),
                        tuple("Kremlin", Entity.ORGANIZATION), tuple("London", Entity.LOCATION),
                        tuple("Apple", Entity.ORGANIZATION));
    }
}
