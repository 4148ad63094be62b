package io.newsflow.processor.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Stop-word lists shipped as resources, one word a line, read once per language and shared. */
final class StopWords {

    private static final Map<String, Set<String>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private StopWords() {
    }

    /** The list for an ISO 639-1 code; empty for a language without one, or for null. */
    static Set<String> of(String language) {
        if (language == null || !isCode(language)) {
            return Set.of();
        }
        return BY_LANGUAGE.computeIfAbsent(language, StopWords::read);
    }

    /** Two or three lower-case ASCII letters: nothing else may become part of a resource name. */
    private static boolean isCode(String language) {
        if (language.length() < 2 || language.length() > 3) {
            return false;
        }
        for (int i = 0; i < language.length(); i++) {
            if (language.charAt(i) < 'a' || language.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    private static Set<String> read(String language) {
        InputStream in = StopWords.class.getResourceAsStream("stopwords/" + language + ".txt");
        if (in == null) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stop words of " + language, e);
        }
        return WordSets.copyOf(words);
    }
}
