package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonNamesTest {

    private final PersonNames people = new PersonNames(Gazetteer.get());

    private boolean stripsFirstWord(String name) {
        Tokens tokens = Tokens.of(name);
        return people.stripsTitle(tokens, 0, tokens.size());
    }

    private String personIn(String name) {
        Tokens tokens = Tokens.of(name);
        int start = people.start(tokens, 0, tokens.size(), false);
        return start < 0 ? null : MentionTyper.text(tokens, start, tokens.size());
    }

    @Test
    void shouldStripAPersonsTitleButKeepOneThatOpensABodysName() {
        assertThat(stripsFirstWord("President Trump")).isTrue();
        assertThat(stripsFirstWord("Rep. Chip Roy")).isTrue();
        assertThat(stripsFirstWord("Senator Elena Marsh")).isTrue();
        assertThat(stripsFirstWord("Major League Baseball")).isFalse();
        assertThat(stripsFirstWord("General Assembly")).isFalse();
        assertThat(stripsFirstWord("Northwind Lakes")).isFalse();
    }

    @Test
    void shouldStartAPersonAtTheFirstNameAfterAnyJob() {
        assertThat(personIn("Imran Khan")).isEqualTo("Imran Khan");
        assertThat(personIn("Coroner William McLaughlin")).isEqualTo("William McLaughlin");
        assertThat(personIn("Frontman Chris Martin")).isEqualTo("Chris Martin");
    }

    @Test
    void shouldFindNoPersonInAPlacesPaperOrAFirstNameBeforeAWord() {
        assertThat(personIn("Houston Chronicle")).isNull();
        assertThat(personIn("Rose Garden")).isNull();
        assertThat(personIn("F-105 Thunderchief")).isNull();
    }

    @Test
    void shouldSeeAnInitialBetweenTwoNames() {
        Tokens initialled = Tokens.of("George F. Hauser");
        Tokens plain = Tokens.of("George Hauser");
        assertThat(PersonNames.hasInitial(initialled, 0, initialled.size())).isTrue();
        assertThat(PersonNames.hasInitial(plain, 0, plain.size())).isFalse();
    }
}
