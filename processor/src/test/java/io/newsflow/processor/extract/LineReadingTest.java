package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReadingTest {

    private static final long LOWER_CASE_LETTERS = LineReading.lowerCaseLettersOf("abcdefghijklmnopqrstuvwxyz");

    private static LineReading read(String line) {
        return LineReading.of(line.toCharArray());
    }

    /** The marks but the lower-case letters', which {@link #shouldMarkTheLettersOfTheLineInLowerCase} reads. */
    private static long marksBesideLowerCase(String line) {
        return read(line).marks & ~LOWER_CASE_LETTERS;
    }

    @Test
    void shouldHaveNoMarksBesideItsLettersForPlainProseInLowerCase() {
        assertThat(marksBesideLowerCase("the council voted on tuesday, and the plan was approved.")).isZero();
    }

    @Test
    void shouldMarkEachRareCharacterItHolds() {
        assertThat(marksBesideLowerCase("write to jane@example.com | [ ] subscribe"))
                .isEqualTo(LineReading.AT_SIGN | LineReading.PIPE | LineReading.BRACKET);
        assertThat(marksBesideLowerCase("© 2019 example news"))
                .isEqualTo(LineReading.COPYRIGHT_SIGN | LineReading.NOT_KEPT_AS_IS);
        assertThat(marksBesideLowerCase("\u0130stanbul")).isEqualTo(LineReading.DOTTED_CAPITAL_I);
        assertThat(marksBesideLowerCase("\u03A3\u03C9")).isEqualTo(LineReading.CAPITAL_SIGMA | LineReading.NOT_KEPT_AS_IS);
        assertThat(marksBesideLowerCase("(c) 2019")).isEqualTo(LineReading.OPENING_PARENTHESIS);
    }

    @Test
    void shouldMarkACharacterTheCleaningDoesNotKeepAsItIs() {
        assertThat(read("“Plain” text — café, Москва, ■ İstanbul").marks & LineReading.NOT_KEPT_AS_IS).isZero();
        for (String line : new String[] {"tab\there", "no\u00A0break", "zero\u200Bwidth", "bell\u0007", "e\u0301",
                "two  spaces", "“two”  spaces"}) {
            assertThat(read(line).marks & LineReading.NOT_KEPT_AS_IS).as(line).isNotZero();
        }
    }

    @Test
    void shouldMarkEachCapitalAndTheKelvinSignAsK() {
        assertThat(marksBesideLowerCase("Vote")).isEqualTo(LineReading.CAPITAL_V);
        assertThat(marksBesideLowerCase("Kiev")).isEqualTo(LineReading.CAPITAL_K);
        assertThat(marksBesideLowerCase("Coo\u212Aie"))
                .isEqualTo(LineReading.capital('c') | LineReading.CAPITAL_K | LineReading.NOT_KEPT_AS_IS);
        assertThat(marksBesideLowerCase("vote kiev")).isZero();
    }

    @Test
    void shouldMarkTheLettersOfTheLineInLowerCase() {
        String[] lines = {"Cookie Policy", "\u0130stanbul", "Coo\u212Aie", "Προσοχή: Öffnen 2019", ""};
        for (String line : lines) {
            assertThat(LineReading.lowerCaseLetters(read(line).marks))
                    .as(line).isEqualTo(LineReading.lowerCaseLettersOf(line.toLowerCase(java.util.Locale.ROOT)));
        }
        assertThat(LineReading.lowerCaseLetters(read("cookie").marks) & LineReading.lowerCaseLettersOf("privacy"))
                .isNotEqualTo(LineReading.lowerCaseLettersOf("privacy"));
    }

    @Test
    void shouldCountWordsAsTheWordCounterDoesAndRunsOfLettersAndDigitsApart() {
        LineReading reading = read("Iran’s rapid-response force isn't new");

        assertThat(reading.words).isEqualTo(5);
        assertThat(reading.runs).isEqualTo(8);
    }

    @Test
    void shouldCountRunsAsAWalkOverCharactersDoesWhenTextsMixJoinersMarksAndSurrogates() {
        String alphabet = "aZ9 '-’\u200C.é\u0301\u20DD字\uD835\uDC00\uDFFF\u0130\u03A3\u212A©@[|";
        Random random = new Random(19);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, alphabet, 12);
            assertThat(read(text).runs).as(text).isEqualTo(runsOfLettersAndDigits(text));
        }
    }

    @Test
    void shouldReadPartOfATextAsTheSamePartCopiedOut() {
        String alphabet = "aZ9 '-’\u200C.é\u0301字\uD835\uDC00\uDFFF\u0130©\t";
        Random random = new Random(20);
        for (int n = 0; n < 20_000; n++) {
            String text = randomText(random, alphabet, 14);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            LineReading part = LineReading.of(text.toCharArray(), from, to);
            LineReading copy = read(text.substring(from, to));
            assertThat(new long[] {part.words, part.runs, part.marks}).as(text + " [" + from + ", " + to + ")")
                    .containsExactly(copy.words, copy.runs, copy.marks);
        }
    }

    /** Up to {@code maxLength - 1} characters of the alphabet, at random. */
    private static String randomText(Random random, String alphabet, int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int length = random.nextInt(maxLength); length > 0; length--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    private static int runsOfLettersAndDigits(String text) {
        int runs = 0;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letterOrDigit = Character.isLetterOrDigit(text.charAt(i));
            runs += letterOrDigit && !inRun ? 1 : 0;
            inRun = letterOrDigit;
        }
        return runs;
    }
}
