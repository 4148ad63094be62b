package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void shouldComposeCharactersWhenTheInputIsDecomposed() {
        assertThat(normalizer.normalize("Cafe\u0301 Zu\u0308rich")).isEqualTo("Café Zürich");
    }

    @Test
    void shouldComposeCharactersWhenTheFirstDecomposedOneComesAfterPlainTextAndCurlyQuotes() {
        assertThat(normalizer.normalize("  “Plain” text\n\n\nthen Cafe\u0301  at last "))
                .isEqualTo("“Plain” text\n\nthen Café at last");
    }

    @Test
    void shouldTreatAQuadAsTheSpaceNfcMakesOfItWhenTheTextIsOtherwisePlain() {
        // U+2000 and U+2001 are the only General Punctuation characters NFC changes (to U+2002, U+2003).
        assertThat(normalizer.normalize("one\u2000two\u2001three")).isEqualTo("one two three");
    }

    @Test
    void shouldTurnNonBreakingSpacesIntoSpacesWhenTheyAppearAnywhere() {
        assertThat(normalizer.normalize("10\u00A0000\u202Fkm and\u2007more\u00A0")).isEqualTo("10 000 km and more");
    }

    @Test
    void shouldRemoveZeroWidthCharactersWhenTheyAreNotPartOfAWord() {
        assertThat(normalizer.normalize("\uFEFFIran\u200B \u200CPakistan\u2060 \u200Dties")).isEqualTo("Iran Pakistan ties");
    }

    @Test
    void shouldKeepTheZeroWidthNonJoinerWhenItIsPartOfAPersianWord() {
        assertThat(normalizer.normalize("سه\u200Cشنبه")).isEqualTo("سه\u200Cشنبه");
    }

    @Test
    void shouldRemoveControlCharactersWhenTheyAreNotNewlinesOrTabs() {
        assertThat(normalizer.normalize("a\u0000b\u0007c\td\u001Be")).isEqualTo("abc de");
    }

    @Test
    void shouldNormaliseLineBreaksWhenTheInputMixesCrLfAndCr() {
        assertThat(normalizer.normalize("one\r\ntwo\rthree\nfour")).isEqualTo("one\ntwo\nthree\nfour");
    }

    @Test
    void shouldRemoveIndentationAndCollapseSpacesWhenLinesAreIndented() {
        assertThat(normalizer.normalize("    Stronger   ties\t\tunderscored   \n\t  Second line"))
                .isEqualTo("Stronger ties underscored\nSecond line");
    }

    @Test
    void shouldKeepExactlyOneBlankLineWhenParagraphsAreSeparatedByMany() {
        assertThat(normalizer.normalize("\n\n  \nFirst.\n\n \n\t\n\nSecond.\n\n\n")).isEqualTo("First.\n\nSecond.");
    }

    @Test
    void shouldKeepTypographyWhenQuotesAndDashesAreCurly() {
        String text = "“Mutual ties,” the Leader’s website said — in 2019–2020…";
        assertThat(normalizer.normalize(text)).isEqualTo(text);
    }

    @Test
    void shouldPutTheTextOnOneLineWhenNormalisingATitle() {
        assertThat(normalizer.normalizeLine("  Rouhani,\n Imran Khan\n\nDiscuss ")).isEqualTo("Rouhani, Imran Khan Discuss");
    }

    @Test
    void shouldReturnEmptyWhenTheInputIsNullOrBlank() {
        assertThat(normalizer.normalize(null)).isEmpty();
        assertThat(normalizer.normalize(" \u00A0\n\t\r\n")).isEmpty();
    }
}
