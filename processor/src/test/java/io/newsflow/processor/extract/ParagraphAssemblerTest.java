package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphAssemblerTest {

    private final ParagraphAssembler assembler = new ParagraphAssembler();

    @Test
    void shouldSplitParagraphsWhenABlankLineSeparatesThem() {
        assertThat(assembler.paragraphs("First paragraph.\n\nSecond paragraph."))
                .containsExactly("First paragraph.", "Second paragraph.");
    }

    @Test
    void shouldJoinLinesWhenTheTextIsHardWrappedAtAFixedWidth() {
        String wrapped = """
                Iran and Pakistan agreed to form and station joint rapid-response
                forces in border areas to combat terrorism, the officials said.
                The two sides also agreed to cooperate in restoring peace and
                security in neighbouring Afghanistan.""";
        assertThat(assembler.paragraphs(wrapped)).containsExactly(
                "Iran and Pakistan agreed to form and station joint rapid-response forces in border areas to combat "
                        + "terrorism, the officials said. The two sides also agreed to cooperate in restoring peace "
                        + "and security in neighbouring Afghanistan.");
    }

    @Test
    void shouldEndTheParagraphWhenAShortLineEndsItInAWrappedBlock() {
        String wrapped = """
                Iran and Pakistan agreed to form and station joint rapid-response
                forces in border areas to combat terrorism, the officials said.
                That was all.
                The two sides also agreed to cooperate in restoring peace and
                security in neighbouring Afghanistan.""";
        assertThat(assembler.paragraphs(wrapped)).hasSize(2)
                .first().asString().endsWith("the officials said. That was all.");
    }

    @Test
    void shouldJoinLinesWhenTheNextLineContinuesASentenceInLowercase() {
        assertThat(assembler.paragraphs("The Leader said that mutual ties\nhave to be consolidated."))
                .containsExactly("The Leader said that mutual ties have to be consolidated.");
    }

    @Test
    void shouldKeepTheHyphenWithoutASpaceWhenAWordIsSplitAcrossLines() {
        assertThat(assembler.paragraphs("a long-standing and well-\nknown relationship"))
                .containsExactly("a long-standing and well-known relationship");
    }

    @Test
    void shouldKeepLinesApartWhenTheyAreMenuItemsOrCaptions() {
        assertThat(assembler.paragraphs("Business\nCalifornia\nClimate & Environment"))
                .containsExactly("Business", "California", "Climate & Environment");
        assertThat(assembler.paragraphs("Reuters November 18, 2019 11:03 PM\n[WeWork-SF]"))
                .containsExactly("Reuters November 18, 2019 11:03 PM", "[WeWork-SF]");
    }

    @Test
    void shouldKeepListItemsApartWhenEachStartsWithABullet() {
        assertThat(assembler.paragraphs("• Facebook\n• twitter\n• Email"))
                .containsExactly("• Facebook", "• twitter", "• Email");
    }

    @Test
    void shouldKeepLinesApartWhenEachIsAWholeParagraphOfAPageDump() {
        String dump = "Walt Disney Co. executive Kevin Mayer said overwhelming demand and a computer-coding glitch led to "
                + "widespread problems last week when the Burbank entertainment giant launched Disney+.\n"
                + "The company struggled to contend with the more than 10 million users who activated their accounts.";
        assertThat(assembler.paragraphs(dump)).hasSize(2);
    }

    @Test
    void shouldReturnNoParagraphWhenTheTextIsEmpty() {
        assertThat(assembler.paragraphs("")).isEmpty();
    }

    @Test
    void shouldMarkTheParagraphsThatOpenABlockWhenBlankLinesSeparateBlocks() {
        ParagraphAssembler.Layout layout = assembler.layout("Tour dates:\nJune 9 -- Tampa, FL\n\nMore news");
        assertThat(layout.paragraphs()).containsExactly("Tour dates:", "June 9 -- Tampa, FL", "More news");
        assertThat(layout.blockStarts().stream().boxed().toList()).containsExactly(0, 2);
    }

    @Test
    void shouldLayOutACleanPageInPlaceWhenItsLastLineBreaksAreLeftOut() {
        String page = "Tour dates:\nJune 9 -- Tampa, FL\n\nMore news\n\n\n";
        TextNormalizer.Cleaned cleaned = new TextNormalizer().clean(page);
        assertThat(cleaned.text()).isSameAs(page);
        ParagraphAssembler.Layout layout = assembler.layout(cleaned);
        assertThat(layout.paragraphs()).containsExactly("Tour dates:", "June 9 -- Tampa, FL", "More news");
        assertThat(layout.blockStarts().stream().boxed().toList()).containsExactly(0, 2);
        // Only the cleaned text's length is read.
        assertThat(assembler.layout(new TextNormalizer.Cleaned("One\ntwo\n\nThree", 7)).paragraphs())
                .containsExactly("One two");
    }

    @Test
    void shouldGiveEachLineTheCleaningKeptTheReadingItMadeWhenTheLinesBeforeItWereCleaned() {
        String page = "  Menu\tHome\n\nTour  dates:\nJune 9 -- Tampa, FL\n\n\n\n“More” news — café\n\n"
                + "a line wrapped at about forty characters so\nthat it is joined to the next one, as well\n";
        ParagraphAssembler.Layout layout = assembler.layout(new TextNormalizer().clean(page));

        assertThat(layout.paragraphs()).containsExactly("Menu Home", "Tour dates:", "June 9 -- Tampa, FL",
                "“More” news — café", "a line wrapped at about forty characters so that it is joined to the next one, "
                        + "as well");
        // A line cleaned character by character, and a block of lines, are read by the classifier instead.
        assertThat(layout.readings()).hasSize(5);
        assertThat(layout.readings().get(0)).isNull();
        assertThat(layout.readings().get(1)).isNull();
        assertThat(layout.readings().get(2)).isNull();
        assertThat(layout.readings().get(4)).isNull();
        LineReading kept = layout.readings().get(3);
        LineReading fresh = LineReading.of(layout.paragraphs().get(3).toCharArray());
        assertThat(new long[] {kept.words, kept.runs, kept.marks}).containsExactly(fresh.words, fresh.runs,
                fresh.marks);
    }
}
