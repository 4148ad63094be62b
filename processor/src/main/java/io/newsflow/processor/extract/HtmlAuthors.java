package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * The people a page names as its authors, from the most to the least deliberate source: JSON-LD, the author
 * meta tags, rel=author links, then the byline. The first source that names someone wins, so a page's
 * metadata is not mixed with links to other stories' authors.
 */
final class HtmlAuthors {

    private static final int MAX_NAME_CHARS = 80;
    private static final int MAX_NAME_WORDS = 6;
    /** Each link is searched for its name: a bound keeps a page of nested author marks linear. */
    private static final int MAX_AUTHOR_LINKS = 20;

    private static final BylineExtractor BYLINES = new BylineExtractor();

    private HtmlAuthors() {
    }

    static List<String> find(MetadataElements page, List<String> jsonLdAuthors, String byline) {
        List<String> authors = names(jsonLdAuthors);
        if (authors.isEmpty()) {
            authors = names(split(HtmlMetadata.meta(page, "meta[name=author], meta[property=author]")));
        }
        if (authors.isEmpty()) {
            authors = names(split(HtmlMetadata.meta(page, "meta[property=article:author], meta[name=article:author]")));
        }
        if (authors.isEmpty()) {
            List<String> links = new ArrayList<>();
            // No descendant selector: on a deeply nested page its ancestor walk is quadratic.
            for (Element link : page.select("a[rel=author], [itemprop=author]")) {
                if (links.size() == MAX_AUTHOR_LINKS) {
                    break;
                }
                Element name = link.selectFirst("[itemprop=name]");
                links.add(name != null ? name.text() : link.normalName().equals("a") ? link.text() : "");
            }
            authors = names(links);
        }
        if (authors.isEmpty() && byline != null) {
            // "By Jane Doe, Reuters", "Jane Doe | Staff writer": read as a text dump's byline is, roles and agencies
            // left out; a byline with other words in lower case ("The Russian and Syrian defense ministries") or
            // that reads as no name is split as it stands.
            List<String> read = BylineExtractor.hasOnlyCreditWords(byline) ? BYLINES.names(byline) : List.of();
            authors = names(read.isEmpty() ? split(byline) : read);
        }
        return authors;
    }

    /** Names only: no URLs (article:author is often a profile link), no sentences, no duplicates. */
    private static List<String> names(List<String> candidates) {
        List<String> names = new ArrayList<>();
        for (String candidate : candidates) {
            String name = candidate == null ? "" : withoutBy(candidate);
            String lower = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && name.length() <= MAX_NAME_CHARS && !lower.startsWith("http") && !lower.contains("/")
                    && !lower.contains("@") && name.split(" ").length <= MAX_NAME_WORDS
                    && names.stream().noneMatch(name::equalsIgnoreCase)) {
                names.add(name);
            }
        }
        return names;
    }

    /** "Ann Lee, Bo Kim and Cy Ng" into three names. */
    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        if (value == null) {
            return parts;
        }
        for (String part : value.replace(" and ", ",").replace(" & ", ",").replace(';', ',').split(",")) {
            parts.add(part.strip());
        }
        return parts;
    }

    private static String withoutBy(String byline) {
        String stripped = byline.strip();
        return stripped.regionMatches(true, 0, "by ", 0, 3) ? stripped.substring(3) : stripped;
    }
}
