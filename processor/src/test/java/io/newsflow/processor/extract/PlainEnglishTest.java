package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainEnglishTest {

    private static final String ENGLISH = LanguageSamples.ENGLISH + " " + LanguageSamples.ENGLISH;
    private static final String NEWS = "The minister said the talks with their neighbours had been useful, but "
            + "that no agreement on the border was expected this year. Officials from both sides will meet again "
            + "in March, and a report on trade is due before then. It has not been published.";
    /** Languages written in Latin letters that the tests elsewhere do not cover: short words shared with English abound. */
    private static final String DUTCH = "De gemeenteraad heeft dinsdag na maanden van discussie een nieuwe begroting "
            + "goedgekeurd. Volgens de ambtenaren gaat het geld naar scholen, wegen en het openbaar vervoer, en dat "
            + "was ook de bedoeling van het college. Over de kosten van het plan is nog niets bekend, zei de wethouder.";
    private static final String INDONESIAN = "Dewan kota menyetujui anggaran baru pada hari Selasa setelah "
            + "perdebatan selama berbulan-bulan. Para pejabat mengatakan uang itu akan digunakan untuk sekolah, jalan "
            + "dan transportasi umum. Rencana tersebut masih harus disetujui oleh gubernur sebelum akhir tahun ini.";

    @Test
    void shouldRecogniseEnglishProseWhenItHasEnoughWords() {
        assertThat(PlainEnglish.is(ENGLISH)).isTrue();
        assertThat(PlainEnglish.is(NEWS)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "es", "ar", "fa", "ur"})
    void shouldLeaveEveryOtherLanguageToTheDetector(String code) {
        String text = LanguageSamples.BY_CODE.get(code);
        assertThat(PlainEnglish.is(text + " " + text + " " + text)).isFalse();
    }

    @Test
    void shouldLeaveLatinScriptLanguagesToTheDetectorWhenTheyShareShortWordsWithEnglish() {
        assertThat(PlainEnglish.is(DUTCH)).isFalse();
        assertThat(PlainEnglish.is(INDONESIAN)).isFalse();
    }

    @Test
    void shouldLeaveShortTextToTheDetector() {
        assertThat(PlainEnglish.is(LanguageSamples.ENGLISH)).isFalse();
    }

    @Test
    void shouldLeaveEnglishWordsInAnotherLanguagesTextToTheDetector() {
        String mixed = "The and of that with for this. " + LanguageSamples.GERMAN.repeat(3);
        assertThat(PlainEnglish.is(mixed)).isFalse();
    }

    @Test
    void shouldAgreeWithTheNgramDetectorOnTheTextsItAccepts() {
        for (String text : new String[] {ENGLISH, NEWS}) {
            assertThat(LanguageDetector.byNgrams(text, false)).isEqualTo(LanguageDetector.Language.ENGLISH);
        }
    }
}
