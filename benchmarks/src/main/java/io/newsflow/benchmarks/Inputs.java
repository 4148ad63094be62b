package io.newsflow.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The input sets the extraction benchmark runs on, read from the repository and the shared dev folder. */
final class Inputs {

    static final String SEEDS = "seeds";
    static final String SYNTHETIC = "synthetic-5k";
    static final String DEV_TXT = "dev-txt";
    static final String DEV_HTML = "dev-html";
    /** The *.txt and *.html files of the folder given with --dir, e.g. the articles bench/run generates. */
    static final String DIR = "dir";
    static final List<String> ALL = List.of(SEEDS, SYNTHETIC, DEV_TXT, DEV_HTML);

    /** Where the benchmark finds the repository (seeds), the dev pages and --dir; passed to forked JVMs. */
    static final String ROOT_PROPERTY = "newsflow.root";
    static final String DEV_PROPERTY = "newsflow.devDir";
    static final String DIR_PROPERTY = "newsflow.dir";

    record Article(String content, String contentType) {
    }

    private Inputs() {
    }

    static Path root() {
        return Path.of(System.getProperty(ROOT_PROPERTY, ".")).toAbsolutePath().normalize();
    }

    static Path devDir() {
        String dir = System.getProperty(DEV_PROPERTY);
        return dir != null ? Path.of(dir) : root().resolve("../shared/eval-dev/article-body").normalize();
    }

    static Path dir() {
        return Path.of(System.getProperty(DIR_PROPERTY, ".")).toAbsolutePath().normalize();
    }

    static List<Article> load(String set) {
        return switch (set) {
            case SEEDS -> read(root().resolve("processor/src/test/resources/seeds"), ".txt", "text/plain");
            case SYNTHETIC -> List.of(new Article(synthetic(5 * 1024), "text/plain"));
            case DEV_TXT -> read(devDir(), ".txt", "text/plain");
            case DEV_HTML -> read(devDir(), ".html", "text/html");
            case DIR -> {
                List<Article> articles = new ArrayList<>(read(dir(), ".txt", "text/plain"));
                articles.addAll(read(dir(), ".html", "text/html"));
                yield articles;
            }
            default -> throw new IllegalArgumentException(
                    "unknown input set " + set + "; one of " + ALL + " or " + DIR);
        };
    }

    private static List<Article> read(Path dir, String suffix, String contentType) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Article> articles = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                articles.add(new Article(Files.readString(file, StandardCharsets.UTF_8), contentType));
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    /**
     * A plain-text article of about {@code size} characters: a headline, then paragraphs of news-like
     * English with names, numbers and dates, the same on every run.
     */
    static String synthetic(int size) {
        String[] names = {"Tehran", "Islamabad", "President Rouhani", "Imran Khan", "the United Nations",
            "Kashmir", "New Delhi", "the European Union"};
        String[] verbs = {"discussed", "agreed on", "rejected", "welcomed", "announced", "questioned"};
        String[] objects = {"a joint border force", "new trade routes", "electricity exports", "the gas pipeline",
            "security cooperation", "a memorandum of understanding", "railway links", "visa rules"};
        String[] tails = {"on Monday", "in April", "on August 5", "last week", "after months of talks",
            "according to officials", "in 2019", "despite objections"};
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("Talks on Border Security and Trade Resume\n\n");
        while (text.length() < size) {
            for (int sentence = 0; sentence < 4 && text.length() < size; sentence++) {
                String subject = names[random.nextInt(names.length)];
                text.append(Character.toUpperCase(subject.charAt(0))).append(subject.substring(1)).append(' ')
                        .append(verbs[random.nextInt(verbs.length)]).append(' ')
                        .append(objects[random.nextInt(objects.length)]).append(" with ")
                        .append(names[random.nextInt(names.length)]).append(' ')
                        .append(tails[random.nextInt(tails.length)]).append(", and ")
                        .append(random.nextInt(90) + 10).append(" delegates said the talks were useful. ");
            }
            text.setLength(text.length() - 1);
            text.append("\n\n");
        }
        return text.substring(0, size).strip();
    }
}
