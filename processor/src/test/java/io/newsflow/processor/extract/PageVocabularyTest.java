package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageVocabularyTest {

    @Test
    void shouldMakeOneKeyWhenHeadingsDifferInCaseAndTrailingColon() {
        assertThat(PageVocabulary.key("Recent Posts:")).isEqualTo("recent posts");
        assertThat(PageVocabulary.key("READ MORE »")).isEqualTo("read more");
    }

    @Test
    void shouldSeeTheTailOpenWhenAHeadingIntroducesCommentsOrOtherStories() {
        assertThat(PageVocabulary.opensTail("recent posts")).isTrue();
        assertThat(PageVocabulary.opensTail("you may also like")).isTrue();
        assertThat(PageVocabulary.opensTail("12 comments")).isTrue();
        assertThat(PageVocabulary.opensTail("new, 15 comments")).isTrue();
        assertThat(PageVocabulary.opensTail("12 comments were removed")).isFalse();
        assertThat(PageVocabulary.opensTail("the post drew 12 comments")).isFalse();
        assertThat(PageVocabulary.opensTail("recent posts show a trend")).isFalse();
    }

    @Test
    void shouldSeeTheTailOpenWhenTheHeadingIsInAnotherLanguage() {
        assertThat(PageVocabulary.opensTail("отзывы")).isTrue();
        assertThat(PageVocabulary.opensTail("leia também")).isTrue();
        assertThat(PageVocabulary.opensTail("weitere beiträge zum thema")).isTrue();
        assertThat(PageVocabulary.opensTail("leia também o relatório")).isFalse();
    }

    @Test
    void shouldSeeFurnitureWhenALineIsAButtonAPromptOrARelativeTime() {
        assertThat(PageVocabulary.isFurniture("share", 1)).isTrue();
        assertThat(PageVocabulary.isFurniture("12 hours ago", 3)).isTrue();
        assertThat(PageVocabulary.isFurniture("read more: plague outbreak confirmed in beijing", 7)).isTrue();
        assertThat(PageVocabulary.isFurniture("copyright 2019 hawaii news now", 5)).isTrue();
    }

    @Test
    void shouldSeeACookiePromptWhenItTalksAboutTheSite() {
        assertThat(PageVocabulary.isFurniture(
                "this website uses cookies to improve your experience. accept", 9)).isTrue();
        assertThat(PageVocabulary.isFurniture("bake the cookies for twelve minutes until golden", 8)).isFalse();
    }

    @Test
    void shouldSeeFurnitureWhenALineIsAnAdvertLabelAShareBarAScriptPromptOrTheSitesLegalNotice() {
        assertThat(PageVocabulary.isFurniture("advert", 1)).isTrue();
        assertThat(PageVocabulary.isFurniture("publicidade", 1)).isTrue();
        assertThat(PageVocabulary.isFurniture("facebook twitter google+ whatsapp", 4)).isTrue();
        assertThat(PageVocabulary.isFurniture("this slideshow requires javascript", 4)).isTrue();
        assertThat(PageVocabulary.isFurniture("registration on or use of this site constitutes acceptance of our user "
                + "agreement and privacy policy", 16)).isTrue();
    }

    @Test
    void shouldSeeFurnitureWhenALineIsAPhotoCreditOrAGalleryCounter() {
        assertThat(PageVocabulary.isFurniture("foto von moritz bachmann", 4)).isTrue();
        assertThat(PageVocabulary.isFurniture("1 of 6", 3)).isTrue();
        assertThat(PageVocabulary.isFurniture("one of the six (the smallest) sank", 7)).isFalse();
        assertThat(PageVocabulary.isFurniture("2 of 6 were found guilty", 6)).isFalse();
    }

    @Test
    void shouldSeeFurnitureWhenALineIsAPostsCreditsAContactNoteOrAnUnrenderedShortcode() {
        assertThat(PageVocabulary.isFurniture(
                "05/10/2018 - publicado por: clarissa borba - categoria: saúde - tags: sad", 12)).isTrue();
        assertThat(PageVocabulary.isFurniture("have a tip? amy kuperinsky may be reached at akuperinsky@example.com", 10))
                .isTrue();
        assertThat(PageVocabulary.isFurniture("[button link=”/submit/”] send us your kit review[/button]", 8)).isTrue();
        assertThat(PageVocabulary.isFurniture("the scam emails came from support@paypa1.com, police said", 9)).isFalse();
        assertThat(PageVocabulary.isFurniture("the agency posted by far its best results in the category of cars.", 13))
                .isFalse();
    }

    @Test
    void shouldSeeTheSameFurnitureWhenToldWhatTheLineLacks() {
        String[] lines = {"This Website uses COOKIES. Accept", "© 2019 Example News", "ALL RIGHTS RESERVED",
                "Get the latest in your INBOX: Subscribe to our Newsletter", "Please Enable JavaScript",
                "Use of this Site means you accept our Terms of Service and PRIVACY Policy",
                "Posted by Jane Doe - Filed Under: News", "Have a Tip? Jane may be reached at JANE@EXAMPLE.COM",
                "[Button link=x]Send Us your review[/Button]", "Coo\u212Aie settings: our site and your browser",
                "\u0130NBOX: SUBSCRIBE", "The cookies were sold at the fair on Tuesday."};
        for (String line : lines) {
            String key = PageVocabulary.key(line);
            LineReading reading = LineReading.of(line.toCharArray());
            assertThat(PageVocabulary.isFurniture(key, reading.words, reading.marks)).as(line)
                    .isEqualTo(PageVocabulary.isFurniture(key, reading.words));
        }
        long marksOfCookie = LineReading.of("Cookie".toCharArray()).marks;
        assertThat(PageVocabulary.isFurniture("cookie settings: privacy", 3, marksOfCookie)).isFalse();
    }

    @Test
    void shouldNotSeeFurnitureWhenAStoryReportsOnSharingOrOnASitesRules() {
        assertThat(PageVocabulary.isFurniture("facebook shares fell", 3)).isFalse();
        assertThat(PageVocabulary.isFurniture("the regulator said the company changed its privacy policy in may", 11))
                .isFalse();
    }

    @Test
    void shouldNotSeeFurnitureWhenASentenceOnlyStartsLikeAButton() {
        assertThat(PageVocabulary.isFurniture("share prices fell sharply on tuesday", 6)).isFalse();
        assertThat(PageVocabulary.isFurniture("the agency said it was 30 years ago", 8)).isFalse();
    }

    @Test
    void shouldSeeJournalismWhenABiographyNamesTheTrade() {
        assertThat(PageVocabulary.mentionsJournalism("The IFP Editorial Staff is composed of dozens of skilled journalists"))
                .isTrue();
        assertThat(PageVocabulary.mentionsJournalism("Kashmir is divided between India and Pakistan")).isFalse();
    }

    @Test
    void shouldSeeFurnitureWhenALineAsksTheReaderToSubscribe() {
        assertThat(PageVocabulary.isFurniture(PageVocabulary.key(
                "Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters."), 13)).isTrue();
        assertThat(PageVocabulary.isFurniture(PageVocabulary.key(
                "In a newsletter to investors, the fund said it had sold its stake in the company."), 16)).isFalse();
    }

    @Test
    void shouldTakeALongParagraphForPlainProseOnlyWithoutTheMarksAndWordsOfFurniture() {
        String prose = "The council voted on Tuesday to approve the new budget for the harbour, which had been delayed"
                + " for months by a dispute over who would pay for the repairs to the old sea wall and the ferry"
                + " terminal, according to officials who spoke after the meeting had ended late in the evening.";
        assertThat(isPlainProse(prose)).isTrue();
        assertThat(isPlainProse(prose + " | Politics")).isFalse();
        assertThat(isPlainProse(prose + " [/button]")).isFalse();
        assertThat(isPlainProse(prose + " All Rights Reserved")).isFalse();
        assertThat(isPlainProse(prose + " We use COOKIES.")).isFalse();
    }

    private static boolean isPlainProse(String text) {
        LineReading reading = LineReading.of(text.toCharArray());
        return PageVocabulary.isPlainProse(text, reading.words, reading.marks);
    }
}
