package io.newsflow.cli;

import java.util.Random;

/**
 * A long plain-text article of made-up words: varied enough that zstd cannot squeeze it under Kafka's 1 MiB
 * default message size, so it proves the raised limits rather than the compression.
 */
final class LongArticle {

    private LongArticle() {
    }

    static String text(int bytes) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder(bytes + 200);
        text.append("A Very Long Read\n\n");
        while (text.length() < bytes) {
            int words = 8 + random.nextInt(12);
            for (int w = 0; w < words; w++) {
                int letters = 2 + random.nextInt(8);
                for (int l = 0; l < letters; l++) {
                    char c = (char) ('a' + random.nextInt(26));
                    text.append(w == 0 && l == 0 ? Character.toUpperCase(c) : c);
                }
                text.append(w == words - 1 ? ". " : " ");
            }
            if (random.nextInt(5) == 0) {
                text.append("\n\n");
            }
        }
        return text.toString();
    }
}
