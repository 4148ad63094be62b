package io.newsflow.processor.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inputs known to hurt text cleaners and regular expressions, and the seed articles to mutate. */
final class AdversarialInputs {

    static final int MEBIBYTE = 1024 * 1024;

    /** Fragments that start or break the forms extractors look for: markup, quotes, dates, names, odd characters. */
    static final List<String> HOSTILE_TOKENS = List.of("<", ">", "</p>", "<p>", "<div>", "<script>", "</script>",
            "<style>", "<!--", "-->", "<![CDATA[", "<iframe src=x>", "<b><i>", "<table><tr><td>", "&amp;", "&#xD800;",
            "&", "\"", "“", "”", "«", "‘", "'", "(", ")", "[", "{", "\u0000", "\u0007", "\uD800", "\uDC00", "\u200C",
            "\u200D", "\u202E", "\u00A0", "\uFEFF", "🎉", "👩🏽‍💻", "e\u0301", "\r", "\n", "\n\n", "   ", "\t", "....",
            "!!!", "—", "May", "March", "Monday", "last", "ago", "12/12/", "2019", "3 days ago", "Mr.", "President",
            "Imran Khan", "Tehran", "said", "By", "Share", "Related", "Recent Posts", "• ", "http://", "@", "#",
            "سه\u200Cشنبه", "中文", "Ελληνικά");

    private AdversarialInputs() {
    }

    /** The known patterns of catastrophic backtracking and quadratic scans, each about {@code size} chars. */
    static Map<String, String> patterns(int size) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put("spaces", "A" + " ".repeat(size) + "b.");
        inputs.put("punctuation", fill("!?.,;:-—…", size));
        inputs.put("capitalised words", fill("Alpha Beta Gamma Delta ", size));
        inputs.put("bodies of bodies", fill("Bank of the Union of ", size) + "Bank.");
        inputs.put("bodies and descriptions", fill("Securities and Exchange ", size) + "Commission.");
        inputs.put("unclosed straight quotes", fill("\"He said ", size));
        inputs.put("unclosed curly quotes", fill("“He said ", size));
        inputs.put("line without newlines", fill("The council met on Monday and agreed to spend more on buses. ", size));
        inputs.put("short lines", fill("Short Line\n", size));
        inputs.put("date fragments", fill("12/12/2019 January 5, 2019 last Monday 3 days ago ", size));
        inputs.put("digits", fill("1", size));
        inputs.put("month names", fill("May March ", size));
        inputs.put("attributed quotes", fill("“Yes,” said Khan. ", size));
        return inputs;
    }

    /**
     * Deep and unclosed HTML nesting, each about {@code size} chars: bare tags, and tags marked as the things the
     * metadata and furniture steps look for (bylines, author marks, decks, headings, related boxes), so that each
     * step meets a page where everything matches.
     */
    static Map<String, String> nestedHtml(int size) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String unit : List.of("<div>", "<b><i>", "<p><span>", "<table><tr><td>", "<div><p>Word ",
                "<div class=byline>", "<span itemprop=author>", "<p class=summary>", "<h1>",
                "<div class=related><a href=x>Three word headline ", "<aside role=navigation><div hidden>")) {
            inputs.put("nested " + unit, "<html><body>" + fill(unit, size) + "text</body></html>");
        }
        return inputs;
    }

    static String fill(String unit, int size) {
        StringBuilder text = new StringBuilder(size + unit.length());
        while (text.length() < size) {
            text.append(unit);
        }
        return text.toString();
    }

    /** The seed articles (as in samples/) and an HTML page of the test resources. */
    static List<String> seeds() {
        return List.of(resource("/seeds/rouhani-khan-new-york.txt"), resource("/seeds/tehran-islamabad-ties.txt"),
                resource("/html/metadata-page.html"));
    }

    private static String resource(String name) {
        try (InputStream in = AdversarialInputs.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
