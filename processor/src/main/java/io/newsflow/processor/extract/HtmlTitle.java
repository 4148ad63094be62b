package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.select.Elements;
import org.jsoup.nodes.Element;

/**
 * Picks the headline among what a page offers: Open Graph, JSON-LD, its h1s, its {@code <title>}. Logos and
 * section names sit in h1s too, and titles carry the site's name, so a candidate another one agrees with wins;
 * without agreement, Open Graph, then JSON-LD, then the first h1, then the title without its site suffix.
 */
final class HtmlTitle {

    private static final String[] SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " « ", " / "};
    private static final int MIN_TITLE_CHARS = 4;

    String choose(String og, String ld, Elements h1s, String documentTitle, String siteName) {
        List<String> headings = new ArrayList<>();
        for (Element h1 : h1s) {
            String text = h1.text().strip();
            if (text.length() >= MIN_TITLE_CHARS) {
                headings.add(text);
            }
        }
        String title = withoutSiteName(documentTitle, siteName);
        String ogTitle = withoutSiteName(og, siteName);
        for (String heading : headings) {
            if (agrees(heading, ogTitle) || agrees(heading, ld) || agrees(heading, title)) {
                return heading;
            }
        }
        return HtmlMetadata.first(ogTitle, ld, headings.isEmpty() ? null : headings.get(0), title);
    }

    /** "Story headline | Site" to "Story headline"; a title that is only the site name stays. */
    static String withoutSiteName(String title, String siteName) {
        if (title == null || title.isBlank()) {
            return null;
        }
        String stripped = title.strip();
        for (String separator : SEPARATORS) {
            int at = stripped.lastIndexOf(separator);
            if (at > 0) {
                String tail = stripped.substring(at + separator.length()).strip();
                if (isSiteName(tail, siteName) || words(tail) <= 3 && words(stripped.substring(0, at)) >= 4) {
                    return stripped.substring(0, at).strip();
                }
            }
        }
        return stripped;
    }

    private static boolean isSiteName(String tail, String siteName) {
        return siteName != null && Text.comparisonKey(tail).equals(Text.comparisonKey(siteName));
    }

    /** The same words, give or take case, punctuation and a trailing site name. */
    private static boolean agrees(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        String ka = Text.comparisonKey(a);
        String kb = Text.comparisonKey(b);
        // "Site: Headline" and "Headline - Site" agree with "Headline".
        return !ka.isEmpty() && (ka.equals(kb) || (kb.startsWith(ka) || kb.endsWith(ka)) && ka.length() * 2 > kb.length());
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split(" +").length;
    }
}
