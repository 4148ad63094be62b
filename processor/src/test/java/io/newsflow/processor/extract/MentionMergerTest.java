package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.MentionTyper.Mention;
import java.util.List;
import org.junit.jupiter.api.Test;

class MentionMergerTest {

    private final MentionMerger merger = new MentionMerger(Gazetteer.get());

    @Test
    void shouldMergeShortFormsIntoTheLongestNameAndCountThem() {
        List<Entity> entities = merger.merge(List.of(new Mention("Khan", Entity.PERSON, 40, false),
                new Mention("Imran Khan", Entity.PERSON, 10, false), new Mention("Khan", null, 70, true),
                new Mention("Imran Khan", Entity.PERSON, -1, false)));
        assertThat(entities).containsExactly(new Entity("Imran Khan", Entity.PERSON, 4, 10));
    }

    @Test
    void shouldKeepPlacesApartWhenOneNameContainsTheOther() {
        List<Entity> entities = merger.merge(List.of(new Mention("Kashmir", Entity.LOCATION, 5, false),
                new Mention("Kashmir Valley", Entity.LOCATION, 50, false)));
        assertThat(entities).extracting(Entity::name).containsExactly("Kashmir", "Kashmir Valley");
    }

    @Test
    void shouldKeepATownNamedInABodysNameApartButLetAFirmsShortFormJoinIt() {
        List<Entity> entities = merger.merge(List.of(new Mention("University of Mostar", Entity.ORGANIZATION, 0, false),
                new Mention("Mostar", null, Entity.LOCATION, 40, false),
                new Mention("Leeds Vantrix", Entity.ORGANIZATION, 60, false),
                new Mention("Leeds", null, Entity.LOCATION, 90, false)));
        assertThat(entities).extracting(Entity::name, Entity::mentions, Entity::type).containsExactly(
                tuple("University of Mostar", 1, Entity.ORGANIZATION), tuple("Mostar", 1, Entity.LOCATION),
                tuple("Leeds Vantrix", 2, Entity.ORGANIZATION));
    }

    @Test
    void shouldPreferAKnownNameOverAContextHintAndDropWeakLoners() {
        List<Entity> entities = merger.merge(List.of(new Mention("Hassan Rouhani", Entity.PERSON, 0, false),
                new Mention("Rouhani", null, Entity.LOCATION, 30, false), new Mention("During", null, 60, true),
                new Mention("Vanxim Tolberg", null, 90, false)));
        assertThat(entities).extracting(Entity::name, Entity::mentions, Entity::type).containsExactly(
                tuple("Hassan Rouhani", 2, Entity.PERSON), tuple("Vanxim Tolberg", 1, Entity.PERSON));
    }

    @Test
    void shouldGiveMinusOneWhenANameIsOnlyInTheTitle() {
        assertThat(merger.merge(List.of(new Mention("Kashmir", Entity.LOCATION, -1, false))))
                .containsExactly(new Entity("Kashmir", Entity.LOCATION, 1, -1));
    }

    @Test
    void shouldTypeAnUndecidedNameByMostOfItsHints() {
        List<Entity> entities = merger.merge(List.of(new Mention("Lincoln", null, Entity.PERSON, 5, false),
                new Mention("Lincoln", null, Entity.LOCATION, 30, false),
                new Mention("Lincoln", null, Entity.LOCATION, 60, false)));
        assertThat(entities).containsExactly(new Entity("Lincoln", Entity.LOCATION, 3, 5));
    }

    @Test
    void shouldNotTakeCalendarWordsForAPerson() {
        assertThat(merger.merge(List.of(new Mention("Thursday October", null, 5, false)))).isEmpty();
    }

    @Test
    void shouldTakeAWordBeforeASurnameForAFirstName() {
        assertThat(merger.merge(List.of(new Mention("Gene Wolfe", null, 5, false),
                new Mention("Velvet Revolver", null, 30, false))))
                .containsExactly(new Entity("Gene Wolfe", Entity.PERSON, 1, 5));
    }

    @Test
    void shouldGiveANameTheTypeMostOfItsMentionsHave() {
        List<Entity> entities = merger.merge(List.of(new Mention("Liverpool", Entity.LOCATION, 5, false),
                new Mention("Liverpool", Entity.ORGANIZATION, 30, false),
                new Mention("Liverpool", Entity.ORGANIZATION, 60, false)));
        assertThat(entities).containsExactly(new Entity("Liverpool", Entity.ORGANIZATION, 3, 5));
    }

    @Test
    void shouldNotGuessAPersonFromAModelsInitialsButKeepACitationsInitials() {
        List<Entity> entities = merger.merge(List.of(new Mention("MX Keys", null, 0, false),
                new Mention("SLS Block", null, 20, false), new Mention("Ruskin KJ", null, 40, false)));
        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(tuple("Ruskin KJ", Entity.PERSON));
    }

    @Test
    void shouldDropInitialsTheArticleSpellsOutInLowerCaseWhereverTheyStand() {
        List<Entity> entities = merger.merge(List.of(new Mention("HP", null, MentionTyper.COMMON_NOUN, 10, false),
                new Mention("HP", null, Entity.ORGANIZATION, 40, false),
                new Mention("HP", null, Entity.ORGANIZATION, 70, false),
                new Mention("BWF", null, Entity.ORGANIZATION, 90, false)));
        assertThat(entities).extracting(Entity::name).containsExactly("BWF");
    }

    @Test
    void shouldTakeANameMadeOfFirstNamesAndSurnamesForAPersonOverItsHint() {
        List<Entity> entities = merger.merge(List.of(new Mention("Maxfield Parrish", null, Entity.ORGANIZATION, 0, false),
                new Mention("Coronado Flyers", null, Entity.ORGANIZATION, 40, false)));
        assertThat(entities).extracting(Entity::name, Entity::type).containsExactly(
                tuple("Maxfield Parrish", Entity.PERSON), tuple("Coronado Flyers", Entity.ORGANIZATION));
    }
}
