package io.newsflow.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.IntSummaryStatistics;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    @Test
    void shouldWriteTheSameArticlesWhenTheSeedIsTheSame() {
        ArticleGenerator first = new ArticleGenerator(7);
        ArticleGenerator second = new ArticleGenerator(7);

        for (int i = 0; i < 20; i++) {
            assertThat(first.article()).isEqualTo(second.article());
        }
    }

    @Test
    void shouldKeepEveryArticleBetweenTwoAndEightKilobytesWhenManyAreGenerated() {
        ArticleGenerator generator = new ArticleGenerator(11);

        IntSummaryStatistics sizes = IntStream.range(0, 2000)
                .map(i -> generator.article().getBytes(StandardCharsets.UTF_8).length)
                .summaryStatistics();

        assertThat(sizes.getMin()).isGreaterThanOrEqualTo(ArticleGenerator.MIN_BYTES);
        assertThat(sizes.getMax()).isLessThanOrEqualTo(ArticleGenerator.MAX_BYTES);
        assertThat(sizes.getAverage()).isBetween(4600.0, 5600.0);
    }

    @Test
    void shouldFrameTheStoryWithLabelBylineAndFootersWhenAnArticleIsGenerated() {
        String article = new ArticleGenerator(3).article();

        assertThat(article).startsWith("• ").contains("\n\nBy ").contains("\n\nRecent Posts\n\n")
                .contains(" hours ago\n\n").contains("Share this article")
                .endsWith("top stories in your inbox.\n");
    }
}
