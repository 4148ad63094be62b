package io.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultTableTest {

    @TempDir
    Path tmp;

    @Test
    void shouldSayHowManyArticlesWereUnchangedSinceAnEarlierRunOnlyWhenThereAreSome() throws Exception {
        Path out = Files.writeString(tmp.resolve("enriched.jsonl"), """
                {"id":"a","sourceUri":"file:///s/a.txt","title":"Storm","section":null,"wordCount":120,"language":"en"}
                """);

        assertThat(ResultTable.render(out, Set.of("a"), 0, 0).lines().toList())
                .endsWith("1 enriched, 0 dead-lettered");
        assertThat(ResultTable.render(out, Set.of("a", "b", "c"), 1, 2).lines().toList())
                .endsWith("1 enriched, 1 dead-lettered, 2 unchanged since an earlier run (not enriched again)");
    }
}
