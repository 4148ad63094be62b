package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LowerCasedTest {

    @Test
    void shouldReadAWordAsTheLowerCasedCopyHasItWhateverItsCase() {
        assertThat(LowerCased.isAt("Read MORE From us", 5, "more from")).isTrue();
        assertThat(LowerCased.isAt("Read MORE From us", 4, "more from")).isFalse();
        assertThat(LowerCased.isAt("more", 2, "more")).isFalse();
        assertThat(LowerCased.isAt("more", -1, "more")).isFalse();
    }

    @Test
    void shouldFindAWordAnywhereBeforeTheEndWhenItsAnchorLetterIsInEitherCase() {
        String text = "We use COOKIES on this site. All Rights Reserved";
        assertThat(LowerCased.contains(text, text.length(), "cookie", 3)).isTrue();
        assertThat(LowerCased.contains(text, text.length(), "all rights reserved", 6)).isTrue();
        assertThat(LowerCased.contains(text, text.length() - 1, "all rights reserved", 6)).isFalse();
        assertThat(LowerCased.contains("a recipe for biscuits", 21, "cookie", 3)).isFalse();
    }

    @Test
    void shouldSearchOnlyTheLowerCaseAnchorWhenTheTextIsKnownToHaveNoCapitalOne() {
        String text = "We use cookies on this site";
        assertThat(LowerCased.containsWithLowerCaseAnchor(text, text.length(), "cookie", 3)).isTrue();
        assertThat(LowerCased.containsWithLowerCaseAnchor(text, "We use".length(), "cookie", 3)).isFalse();
    }

    @Test
    void shouldReadTheKelvinSignAsTheLowerCasedCopyDoesWhenItStandsForK() {
        String text = "Coo\u212Aie policy";
        assertThat(text.toLowerCase(Locale.ROOT)).contains("cookie");
        assertThat(LowerCased.contains(text, text.length(), "cookie", 3)).isTrue();
    }
}
