package io.newsflow.cli.bench;

import java.util.ArrayList;
import java.util.List;

/** The benchmark's synthetic articles, as texts, for tests outside this package. */
public final class GeneratedArticles {

    private GeneratedArticles() {
    }

    /** @return {@code count} plain-text articles of 2-8 KB; the same seed gives the same texts */
    public static List<String> texts(int count, long seed) {
        ArticleGenerator generator = new ArticleGenerator(seed);
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(generator.article());
        }
        return texts;
    }
}
