package io.newsflow.processor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BlockClassifierTest {

    private final BlockClassifier classifier = new BlockClassifier();

    private List<Kind> kinds(String... paragraphs) {
        return classifier.classify(List.of(paragraphs)).stream().map(Block::kind).toList();
    }

    @Test
    void shouldCarryEachLinesKeyAndItsLowerCasedTextOnlyWhereTheKeyIsThatText() {
        String prose = "The council met on Monday and voted to close the old bridge to traffic, which had carried "
                + "buses for eighty years; engineers said its piers had cracked after the winter floods of last year, "
                + "and the mayor, who had asked for the report, said the city would build a new one within five years.";
        List<Block> blocks = classifier.classify(List.of("Photo: AP / Jane ROE", "Recent Posts:", "• Share", prose));
        assertThat(blocks).extracting(Block::key).containsExactly("photo: ap / jane roe", "recent posts", "share",
                prose.substring(0, prose.length() - 1).toLowerCase(Locale.ROOT));
        // The prose's key is made only when asked for; the heading's leaves out its colon, the item's its bullet.
        assertThat(blocks).extracting(Block::lowerCased).containsExactly("photo: ap / jane roe", null, null, null);
    }

    @Test
    void shouldSeeContentWhenAParagraphIsASentenceOfSeveralWords() {
        assertThat(kinds("India and Pakistan have fought three wars over the territory."))
                .containsExactly(Kind.CONTENT);
    }

    @Test
    void shouldKeepAParagraphCutShortWhenTheStorysParagraphsSurroundIt() {
        String prose = "The council met on Monday and voted to close the old bridge to traffic.";
        String cut = "According to the engineers' report, the bridge cannot carry buses any more. The mayor said in a stateme…";
        assertThat(kinds(prose, cut, prose)).containsExactly(Kind.CONTENT, Kind.CONTENT, Kind.CONTENT);
        assertThat(kinds("Other stories", cut, "Read more")).containsExactly(Kind.OTHER, Kind.BOILERPLATE,
                Kind.BOILERPLATE);
    }

    @Test
    void shouldSeeAShortSentenceWhenItHasFewWords() {
        assertThat(kinds("He declined to comment.")).containsExactly(Kind.SHORT_SENTENCE);
    }

    @Test
    void shouldSeeOtherWhenTheLineIsAHeadlineOrALabel() {
        assertThat(kinds("Stronger Tehran-Islamabad Ties Underscored", "IFP Exclusive"))
                .containsExactly(Kind.OTHER, Kind.OTHER);
    }

    @Test
    void shouldSeeBoilerplateWhenTheLineIsPageFurniture() {
        assertThat(kinds("• Facebook", "Advertisement", "12 hours ago",
                "The Palestinian Civil Defense service on Tuesday reported more than 10,000 people are still missing…",
                "Copyright © 2019, Los Angeles Times | Terms of Service | Privacy Policy", "•", "[ ]Search"))
                .containsOnly(Kind.BOILERPLATE);
    }

    @Test
    void shouldSeeOtherWhenALongLineHasNoPunctuationLikeATagCloud() {
        String tags = "adote um amigo agua alerta ambiente amizade atendimento atirador biblioteca caminhada campanha "
                + "cultura esporte escola festa futebol governo hospital infraestrutura meio ambiente";
        assertThat(kinds(tags)).containsExactly(Kind.OTHER);
    }

    @Test
    void shouldSeeFurnitureWhenALineOnlyCountsPagesUp() {
        assertThat(kinds("1 2 3 4 5 6 7 8", "« 2 3 4 »", "3 4 5", "1 2 3 cheers", "1 5 9"))
                .containsExactly(Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.OTHER, Kind.OTHER, Kind.OTHER);
    }

    @Test
    void shouldSeeTheTailWhenAHeadingOpensAListOfOtherStories() {
        assertThat(kinds("Recent Posts", "Related Articles:", "• Comments"))
                .containsExactly(Kind.END_MARKER, Kind.END_MARKER, Kind.BOILERPLATE);
    }

    @Test
    void shouldSeeAnAuthorBoxWhenANameLineIsFollowedByItsBiography() {
        assertThat(kinds("India and Pakistan have fought three wars over the territory.",
                "IFP Editorial Staff",
                "The IFP Editorial Staff is composed of dozens of skilled journalists, news-writers, and analysts."))
                .containsExactly(Kind.CONTENT, Kind.END_MARKER, Kind.BOILERPLATE);
    }

    @Test
    void shouldSeeAnAuthorBoxWhenItsButtonsStandBetweenTheNameAndTheBiography() {
        assertThat(kinds("Meg James", "Follow Us", "• twitter", "• email",
                "Meg James is a corporate media reporter for the Los Angeles Times, covering television."))
                .containsExactly(Kind.END_MARKER, Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.BOILERPLATE,
                        Kind.BOILERPLATE);
    }

    @Test
    void shouldSeeFurnitureWhenALongParagraphHasTheFooterOrCookieWordsInAnyCase() {
        String prose = "The council met on Monday and agreed on the new plan for the harbor, officials said, and the "
                + "mayor said the work would start next year after a long debate over its cost and its route through "
                + "the old town, which residents had opposed for years because of the noise it would bring to them.";
        assertThat(kinds(prose, prose.replace("the old town", "the COOKIES of this Website"),
                prose.replace("the new plan", "the plan. ALL RIGHTS RESERVED"), prose + " 12 Comments"))
                .containsExactly(Kind.CONTENT, Kind.BOILERPLATE, Kind.BOILERPLATE, Kind.CONTENT);
    }

    @Test
    void shouldSeeAnAuthorBoxWhenTheBiographyPrintsTheNameInAnotherCase() {
        assertThat(kinds("meg james", "MEG JAMES is a corporate media reporter for the Los Angeles Times.",
                "IFP Editorial Staff", "THE IFP EDITORIAL STAFF is composed of dozens of skilled journalists."))
                .containsExactly(Kind.END_MARKER, Kind.BOILERPLATE, Kind.END_MARKER, Kind.BOILERPLATE);
    }

    @Test
    void shouldSeeAnAuthorBoxWhenTheNameOpensWithADottedCapitalI() {
        // "İ" lower-cases to two characters: the biography's opening is lower-cased as the name is.
        assertThat(kinds("İpek Yılmaz", "İpek Yılmaz is a journalist covering energy and the economy from Ankara "
                + "for the paper, where she has worked for ten years after a decade at a news agency in Istanbul."))
                .containsExactly(Kind.END_MARKER, Kind.BOILERPLATE);
    }

    @Test
    void shouldNotSeeAnAuthorBoxWhenTheNextParagraphMerelyMentionsTheName() {
        assertThat(kinds("Imran Khan", "Imran Khan said the two countries will build stronger relations."))
                .containsExactly(Kind.OTHER, Kind.CONTENT);
    }

    @Test
    void shouldGiveTheTextsOfARangeOfBlocksWhenAskedForThem() {
        List<Block> blocks = classifier.classify(List.of("Headline here", "By Jane Doe", "and John Roe", "Share"));
        assertThat(BlockClassifier.texts(blocks, 1, 3)).containsExactly("By Jane Doe", "and John Roe");
        assertThat(BlockClassifier.texts(blocks, 4, 4)).isEmpty();
    }

    @Test
    void shouldCountWordsAndMarkListItemsWhenClassifying() {
        Block block = classifier.classify(List.of("• Iran and Pakistan agreed")).get(0);
        assertThat(block.words()).isEqualTo(4);
        assertThat(block.listItem()).isTrue();
    }

    @Test
    void shouldSeeBoilerplateWhenTheLineIsAListOfTags() {
        assertThat(kinds("Tags stock car 2018, stock car brasil, cascavel, corrida do milhão, interlagos, santa cruz do "
                + "sul, velopark, londrina")).containsExactly(Kind.BOILERPLATE);
        assertThat(kinds("Smith met Jones, Brown, Green, White, Black, Gray and Young in Paris, then flew home."))
                .containsExactly(Kind.CONTENT);
    }
}
