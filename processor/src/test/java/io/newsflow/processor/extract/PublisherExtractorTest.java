package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PublisherExtractorTest {

    private final PublisherExtractor publishers = new PublisherExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "© 2019 Tehran Times. All rights reserved.                         | Tehran Times",
            "© 2005-2019 SlashGear, All Rights Reserved.                       | SlashGear",
            "Copyright © 2019, Los Angeles Times                               | Los Angeles Times",
            "Copyright 2019. Washington Examiner. All Rights Reserved.         | Washington Examiner",
            "© Phys.org 2003 - 2019 powered by Science X Network              | Phys.org",
            "©2019 FOX News Network, LLC. All rights reserved. FAQ            | FOX News Network",
            "© 2019 by Cruz Bay Publishing, Inc., an Active Interest Media company | Cruz Bay Publishing",
            "Wccftech © 2019. All rights reserved.                             | Wccftech",
            "copyright Inexhibit 2019 - ISSN: 2283-5474                        | Inexhibit",
            "© 2019 NJ.com. All rights reserved (About Us).                    | NJ.com",
            "(c) 2019 Example News Desk. All rights reserved.                  | Example News Desk",
            "All content (C) 2019 Example Weekly                                | Example Weekly"})
    void shouldNameTheHolderOfACopyrightNotice(String line, String holder) {
        assertThat(PublisherExtractor.copyrightHolder(line.strip())).isEqualTo(holder);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "(Image: © TNG Collaboration)",
            "All Rights Reserved © 2019",
            "Copyright © 2002-2019 - Designed by Gray Digital Media - Powered by Clickability",
            "The copyright of the photographs was disputed in court, the paper said on Monday.",
            "A long caption of a photograph of people standing in a room, at a detention center in San Diego, on May 18, "
                    + "2018, with many more words about it so that it reads as prose.© John Brecher"})
    void shouldFindNoHolderInCreditsOrNoticesWithoutAName(String line) {
        assertThat(PublisherExtractor.copyrightHolder(line)).isNull();
    }

    @Test
    void shouldTakeTheSiteNameAtTheTopWhenThePageNamesItAgain() {
        List<String> page = List.of("Skip to content", "Billboard Billboard", "• News", "• Charts", "Headline of the story",
                "The story.", "Subscribe to Billboard for more news", "© 2019 Prometheus Global Media. All Rights Reserved.");
        assertThat(publishers.find(page, 4, null)).isEqualTo("Billboard");
    }

    @Test
    void shouldTakeTheCopyrightHolderWhenNoLineAtTheTopIsNamedAgain() {
        List<String> page = List.of("Advertisement", "• Home", "• World", "Headline of the story", "The story.",
                "© 2019 Tehran Times. All rights reserved.");
        assertThat(publishers.find(page, 3, null)).isEqualTo("Tehran Times");
    }

    @Test
    void shouldIgnoreAMenuWordOrAConsentButtonRepeatedOnThePage() {
        List<String> page = List.of("I Accept", "By choosing I Accept, you consent to our use of cookies", "• Home",
                "Countries", "• GLOBAL English", "Headline", "The story of Countries and more.");
        assertThat(publishers.find(page, 5, null)).isNull();
    }

    @Test
    void shouldFindTheHolderOfANoticeWhateverMarkItOpensWith() {
        assertThat(publishers.find(List.of("Headline", "The story.", "(c) 2019 Example News Desk"), 0, null))
                .isEqualTo("Example News Desk");
        assertThat(publishers.find(List.of("Headline", "The story.", "COPYRIGHT 2019 Example Weekly"), 0, null))
                .isEqualTo("Example Weekly");
        assertThat(publishers.find(List.of("Headline", "The story.", "© 2019 Example Daily"), 0, null))
                .isEqualTo("Example Daily");
    }

    @Test
    void shouldFindNothingOnATextWithoutNotice() {
        assertThat(publishers.find(List.of("Headline", "The story."), 0, null)).isNull();
    }

    @Test
    void shouldTakeTheSiteAfterTheHeadlineWhenThePageNamesItAgain() {
        List<String> page = List.of("• Home", "Rouhani Meets Khan in New York | Tehran Times", "The story.",
                "Follow Tehran Times on Twitter");
        assertThat(publishers.find(page, 1, page.get(1))).isEqualTo("Tehran Times");
        assertThat(PublisherExtractor.withoutSiteSuffix(page.get(1), "Tehran Times")).isEqualTo("Rouhani Meets Khan in New York");
        assertThat(PublisherExtractor.withoutSiteSuffix("Rouhani Meets Khan - Kashmir Talks", "Tehran Times"))
                .isEqualTo("Rouhani Meets Khan - Kashmir Talks");
    }

    @Test
    void shouldNotTakeACompanyForTheSite() {
        List<String> page = List.of("• Home", "• News", "Headline of the story", "The story.",
                "© 2019 Hearst Communications, Inc. print footer logo");
        assertThat(PublisherExtractor.isCompany("Hearst Communications")).isTrue();
        assertThat(PublisherExtractor.isCompany("Los Angeles Times")).isFalse();
        assertThat(publishers.find(page, 2, null)).isNull();
        List<String> printers = List.of("• Home", "Headline of the story", "The story.",
                "© 2019 The Printers (Mysore) Private Ltd.");
        assertThat(publishers.find(printers, 1, null)).isNull();
        List<String> named = List.of("• Home", "Headline of the story", "The story.",
                "AutoIndustriya.com is the leading automotive resource", "© 2000-2018 AutoIndustriya.com, Inc.");
        assertThat(publishers.find(named, 1, null)).isEqualTo("AutoIndustriya.com");
    }

    @Test
    void shouldTakeTheBrandInACompanysNameWhenThePageSpeaksOfItselfByIt() {
        List<String> page = List.of("• Home", "Headline of the story", "The story.", "BGR may receive a commission",
                "Copyright 2019 BGR Media, LLC");
        assertThat(publishers.find(page, 1, null)).isEqualTo("BGR");
        List<String> unnamed = List.of("• Home", "Headline of the story", "The story.", "• Gamer's Edition",
                "Gamer Network", "This site © 2018 Gamer Network. All Rights Reserved.");
        assertThat(publishers.find(unnamed, 1, null)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "TheHill.com            | TheHill.com",
            "www.smithsonian.com    | smithsonian.com",
            "EXPRESS.CO.UK          | EXPRESS.CO.UK",
            "• NBC.COM              | ",
            "logo.png               | ",
            "U.S.                   | ",
            "Mr.Smith               | ",
            "See TheHill.com        | "})
    void shouldTakeADomainAloneOnALineForTheSite(String line, String site) {
        assertThat(PublisherExtractor.domainLine(List.of("Headline", line.strip()))).isEqualTo(site);
    }

    @Test
    void shouldTakeADomainInAMenuOnlyWhenThePageSpellsItOut() {
        assertThat(PublisherExtractor.domainLine(List.of("• HoustonChronicle.com", "• Houston Chronicle Archives",
                "☆ About Houston Chronicle"))).isEqualTo("Houston Chronicle");
        assertThat(PublisherExtractor.domainLine(List.of("• SisterSite.com", "• Chron.com", "Headline"))).isNull();
        assertThat(PublisherExtractor.domainLine(List.of("• Chron.com", "About Chron.com", "Headline"))).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Follow NBC News                                     | NBC News",
            "Subscribe to 9to5Mac on YouTube for more Apple news: | 9to5Mac",
            "Sign up for SFGATE Newsletters                      | SFGATE",
            "Get Quanta Magazine delivered to your inbox         | Quanta Magazine",
            "subscribe to The Paradigm Newsletter                | Paradigm",
            "Subscribe to Inexhibit’s newsletter                 | Inexhibit",
            "Follow Us                                           | ",
            "Subscribe to our newsletter.                        | ",
            "Sign up for the newsletter                          | ",
            "Get the best of news in your inbox                  | "})
    void shouldTakeTheSiteAPromptNames(String line, String site) {
        assertThat(PublisherExtractor.promptedName(List.of("Headline", line.strip()))).isEqualTo(site);
    }

    @Test
    void shouldReadAPromptWrappedAfterItsOpening() {
        assertThat(PublisherExtractor.promptedName(List.of("Subscribe to the", "VG247 newsletter!"))).isEqualTo("VG247");
        assertThat(PublisherExtractor.promptedName(List.of("Follow", "Us"))).isNull();
        assertThat(PublisherExtractor.promptedName(List.of("Follow", "Twitter", "Facebook"))).isNull();
        assertThat(PublisherExtractor.promptedName(List.of("Subscribe to the"))).isNull();
    }
}
