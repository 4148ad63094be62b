package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final List<String> LINES = List.of(
            "{\"id\":\"a\",\"sourceUri\":\"file:///s/a.txt\",\"title\":\"Storm\",\"section\":null,\"wordCount\":120,"
                    + "\"language\":\"en\"}");

    @Test
    void shouldSayHowManyArticlesWereUnchangedSinceAnEarlierRunOnlyWhenThereAreSome() throws Exception {
        assertThat(ResultTable.render(LINES, Set.of("a"), 0, 0).lines().toList())
                .endsWith("1 enriched, 0 dead-lettered");
        assertThat(ResultTable.render(LINES, Set.of("a", "b", "c"), 1, 2).lines().toList())
                .endsWith("1 enriched, 1 dead-lettered, 2 unchanged since an earlier run (not enriched again)");
    }

    @Test
    void shouldDropAnArticleWhoseLastLineIsADeletion() throws Exception {
        List<String> lines = List.of(LINES.get(0), "{\"id\":\"a\",\"deleted\":true}");
        assertThat(ResultTable.render(lines, Set.of("a"), 0, 0).lines().toList())
                .endsWith("0 enriched, 0 dead-lettered");
    }
}
