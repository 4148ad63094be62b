package io.newsflow.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.events.Json;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The demo's summary: one row per article that came out, newest version of each. */
final class ResultTable {

    private ResultTable() {
    }

    /**
     * @param lines      the sink's output lines, in offset order within each article's partition
     * @param duplicates articles not enriched again because an earlier run already had them, unchanged
     */
    static String render(List<String> lines, Set<String> ids, long deadLetters, long duplicates) throws IOException {
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        for (String line : lines) {
            JsonNode record = Json.MAPPER.readTree(line);
            String id = record.path("id").asText();
            if (record.path("deleted").asBoolean(false)) {
                latest.remove(id);
            } else if (ids.contains(id)) {
                latest.put(id, record);
            }
        }
        StringBuilder table = new StringBuilder();
        String format = "%-32s  %-60s  %-12s  %6s  %-4s%n";
        table.append(String.format(format, "ARTICLE", "TITLE", "SECTION", "WORDS", "LANG"));
        for (JsonNode record : latest.values()) {
            table.append(String.format(format, clip(fileName(record.path("sourceUri").asText()), 32),
                    clip(record.path("title").asText("-"), 60), clip(record.path("section").asText("-"), 12),
                    record.path("wordCount").asText(), record.path("language").asText("-")));
        }
        table.append(String.format("%d enriched, %d dead-lettered", latest.size(), deadLetters));
        table.append(duplicates == 0 ? "" : String.format(", %d unchanged since an earlier run (not enriched again)",
                duplicates));
        table.append(System.lineSeparator());
        return table.toString();
    }

    private static String fileName(String uri) {
        try {
            List<String> parts = List.of(URI.create(uri).getPath().split("/"));
            return parts.isEmpty() ? uri : parts.get(parts.size() - 1);
        } catch (IllegalArgumentException | NullPointerException e) {
            return uri;
        }
    }

    private static String clip(String text, int width) {
        String value = text == null || text.isEmpty() || text.equals("null") ? "-" : text;
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }
}
