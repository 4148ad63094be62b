package io.newsflow.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes synthetic plain-text articles shaped like pages copied from a news site: section label, headline,
 * byline, dateline, prose, then the page furniture the processor has to strip. Sizes are uniform over
 * 2-8 KB. The same seed gives byte-identical files, so runs on different days compare. Its main writes bench/run's
 * articles for other benchmarks (bench/extract --generated): arguments DIR and N.
 */
final class ArticleGenerator {

    static final int MIN_BYTES = 2 * 1024;
    static final int MAX_BYTES = 8 * 1024;
    /** Room for the last sentence, which overshoots the target size by up to this much. */
    private static final int LAST_SENTENCE_ALLOWANCE = 300;
    private static final List<String> SECTIONS = List.of("National", "Local", "Business", "Health",
            "Environment", "Politics", "World", "Education");
    private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");

    /** What was written: the files in name order and their sizes. */
    record ArticleSet(Path dir, List<Path> files, long totalBytes, int minBytes, int maxBytes) {
        double averageBytes() {
            return files.isEmpty() ? 0 : (double) totalBytes / files.size();
        }
    }

    private final Random random;
    private final Prose prose;

    ArticleGenerator(long seed) {
        this.random = new Random(seed);
        this.prose = new Prose(random);
    }

    public static void main(String[] args) throws IOException {
        new ArticleGenerator(PipelineBenchmark.SEED).write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    ArticleSet write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        long total = 0;
        int min = Integer.MAX_VALUE;
        int max = 0;
        for (int i = 1; i <= count; i++) {
            byte[] bytes = article().getBytes(StandardCharsets.UTF_8);
            Path file = dir.resolve(String.format(Locale.ROOT, "article-%06d.txt", i));
            Files.write(file, bytes);
            files.add(file);
            total += bytes.length;
            min = Math.min(min, bytes.length);
            max = Math.max(max, bytes.length);
        }
        return new ArticleSet(dir, List.copyOf(files), total, count == 0 ? 0 : min, max);
    }

    String article() {
        int target = MIN_BYTES + random.nextInt(MAX_BYTES - MIN_BYTES - LAST_SENTENCE_ALLOWANCE);
        String place = prose.place();
        String noun = prose.noun();
        String footer = footer();
        Prose.Opening opening = prose.opening(place, noun);
        StringBuilder text = new StringBuilder()
                .append("• ").append(prose.pick(SECTIONS)).append("\n\n")
                .append(opening.headline()).append("\n\n")
                .append("By ").append(prose.name()).append("\n\n")
                .append(dateline()).append("\n\n")
                .append(place.toUpperCase(Locale.ROOT)).append(" — ").append(opening.lede());
        // Counted in UTF-8 bytes, not chars: the curly quotes and dashes take three bytes each.
        int bytes = utf8Length(text) + utf8Length(footer);
        int left = 3 + random.nextInt(4);
        while (bytes < target) {
            String sentence = prose.sentence(place, noun);
            if (left == 0) {
                sentence = "\n\n" + sentence;
                left = 3 + random.nextInt(4);
            } else if (!text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
                sentence = " " + sentence;
            }
            text.append(sentence);
            bytes += utf8Length(sentence);
            left--;
        }
        return text.append(footer).toString();
    }

    private String dateline() {
        return prose.pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + (2019 + random.nextInt(7)) + " "
                + (1 + random.nextInt(12)) + String.format(Locale.ROOT, ":%02d", random.nextInt(60))
                + (random.nextBoolean() ? " a.m." : " p.m.");
    }

    /** Share bar, a list of other stories with relative dates, a newsletter prompt. */
    private String footer() {
        StringBuilder footer = new StringBuilder("\n\nShare this article\n\nShare on Facebook\n\nCopy link\n\n")
                .append("Recent Posts\n\n");
        int teasers = 3 + random.nextInt(4);
        for (int i = 0; i < teasers; i++) {
            footer.append(prose.teaser()).append("\n\n")
                    .append(1 + random.nextInt(23)).append(" hours ago\n\n");
        }
        return footer.append("Sign up for our morning newsletter and get the day's top stories in your inbox.\n")
                .toString();
    }

    private static int utf8Length(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8).length;
    }
}
