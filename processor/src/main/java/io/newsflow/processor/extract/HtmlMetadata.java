package io.newsflow.processor.extract;

import io.newsflow.processor.extract.JsonLdReader.LdArticle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * The metadata a page states about itself: Open Graph and article meta tags, schema.org JSON-LD, then the
 * visible markup (h1, byline, time, breadcrumb). Read before any clean-up, which removes the header and the
 * scripts that hold most of it. Values are raw text; the caller normalises them.
 */
final class HtmlMetadata {

    /** What the page says; description is the page's summary, which may only repeat the first paragraph. */
    record Metadata(String title, String description, String deck, String section, String byline,
                    List<String> authors, String publisher, String publishedAt) {
    }

    private static final String DATE_META = "meta[property=article:published_time], meta[name=article:published_time], "
            + "meta[itemprop=datePublished], meta[name=pubdate], meta[name=publish-date], meta[name=date], "
            + "meta[name=dc.date], meta[name=DC.date.issued], meta[property=og:published_time]";
    private static final String BYLINE = "[class~=(?i)(^|\\s)(byline|author|authors|article-author|post-author)(\\s|$)], "
            + "[itemprop=author], .byline, .c-byline";
    /** What every alternative of {@link #BYLINE} needs: one of these words in the class, or the attribute. */
    private static final List<String> BYLINE_CLASS_WORDS = List.of("byline", "author");
    private static final List<String> BYLINE_KEYS = List.of("itemprop");
    private static final String BREADCRUMB = "[class*=breadcrumb], [aria-label=breadcrumb], [aria-label=Breadcrumb]";
    private static final int MAX_BYLINE_CHARS = 160;
    /** Home, section, subsection, a level or two more, and the story itself. */
    private static final int MAX_CRUMBS = 8;
    /** Each candidate is copied to drop its date: a bound keeps a page of "author" boxes linear. */
    private static final int MAX_BYLINE_CANDIDATES = 20;

    private final JsonLdReader jsonLd = new JsonLdReader();
    private final HtmlTitle titles = new HtmlTitle();

    Metadata read(Document doc) {
        MetadataElements page = MetadataElements.of(doc);
        LdArticle ld = jsonLd.read(page);
        String publisher = first(notUrl(meta(page, "meta[property=og:site_name]")), notUrl(ld.publisher()),
                notUrl(meta(page, "meta[name=application-name]")));
        publisher = publisher != null ? publisher : titleSite(doc);
        String title = titles.choose(meta(page, "meta[property=og:title], meta[name=og:title], meta[name=twitter:title]"),
                ld.headline(), page.select("h1"), doc.title(), publisher);
        String description = first(meta(page, "meta[property=og:description]"), meta(page, "meta[name=description]"),
                ld.description());
        String section = first(firstOfList(meta(page, "meta[property=article:section]")), firstOfList(ld.section()),
                breadcrumbSection(page, ld, title));
        String byline = byline(page);
        return new Metadata(title, description, HtmlDeck.find(page, title), section, byline,
                HtmlAuthors.find(page, ld.authors(), byline), publisher, publishedAt(page, ld));
    }

    private static String publishedAt(MetadataElements page, LdArticle ld) {
        List<String> candidates = new ArrayList<>();
        candidates.add(ld.datePublished());
        for (Element meta : page.select(DATE_META)) {
            candidates.add(meta.attr("content"));
        }
        Element itemprop = page.selectFirst("[itemprop=datePublished][datetime], time[pubdate][datetime]");
        candidates.add(itemprop == null ? null : itemprop.attr("datetime"));
        Element time = page.selectFirst("time[datetime]");
        candidates.add(time == null ? null : time.attr("datetime"));
        for (String candidate : candidates) {
            String date = IsoDates.normalize(candidate);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    /** The byline as written, without the date many templates put in the same box. */
    private static String byline(MetadataElements page) {
        int tried = 0;
        for (Element element : page.select(BYLINE, BYLINE_CLASS_WORDS, BYLINE_KEYS)) {
            if (element.normalName().equals("meta") || element.normalName().equals("link")) {
                continue;
            }
            if (++tried > MAX_BYLINE_CANDIDATES) {
                break;
            }
            Element copy = element.clone();
            copy.select("time, script, style, img, svg, button, [class*=date], [class*=time], [class*=print], "
                    + "[class*=share], [class*=social], [class*=twitter], a[href^=mailto]").remove();
            String text = trimSeparators(copy.text());
            if (!text.isEmpty() && text.length() <= MAX_BYLINE_CHARS && text.chars().anyMatch(Character::isLetter)) {
                return text;
            }
        }
        return null;
    }

    /**
     * "Dare to Play 3 / October pack – Vortex Cannon Entertainment": without a stated name, the site after the
     * page title's separator, when the page prints it too (its logo, its copyright line); a title-cased headline's
     * last words ("Budget Adopted - Live Updates") are not printed again. Reads the page's text only then.
     */
    private static String titleSite(Document doc) {
        String site = PublisherExtractor.siteSuffix(doc.title());
        return site != null && doc.body() != null && doc.body().text().contains(site) ? site : null;
    }

    /** The last crumb before the story itself, skipping the home link. */
    private static String breadcrumbSection(MetadataElements page, LdArticle ld, String title) {
        List<String> crumbs = new ArrayList<>(ld.breadcrumb());
        if (crumbs.isEmpty()) {
            // A trail is a few short links; "url-breadcrumb" on a whole story names its address, not a trail.
            for (Element trail : page.select(BREADCRUMB, List.of("breadcrumb"), List.of("aria-label"))) {
                Elements links = trail.select("a");
                if (links.size() <= MAX_CRUMBS) {
                    links.forEach(crumb -> crumbs.add(crumb.text().strip()));
                    break;
                }
            }
            if (crumbs.size() < 2) {
                return null;
            }
        }
        for (int i = crumbs.size() - 1; i >= 0; i--) {
            String crumb = crumbs.get(i);
            String key = crumb.toLowerCase(Locale.ROOT);
            if (!crumb.isEmpty() && crumb.length() < 40 && !key.equals("home") && !key.equals("homepage")
                    && !crumb.equalsIgnoreCase(title)
                    && (title == null || !title.toLowerCase(Locale.ROOT).startsWith(key))) {
                return crumb;
            }
        }
        return null;
    }

    /** Sections and keywords share a field on some sites: "Politics, Elections, Senate" is the Politics section. */
    private static String firstOfList(String value) {
        if (value == null || value.indexOf(',') < 0 || value.length() < 40) {
            return value;
        }
        return value.substring(0, value.indexOf(',')).strip();
    }

    private static String notUrl(String value) {
        return value == null || value.regionMatches(true, 0, "http", 0, 4) ? null : value;
    }

    private static String trimSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && "|·•-–— ".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "|·•-–— ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    static String meta(MetadataElements page, String selector) {
        for (Element meta : page.select(selector)) {
            String content = meta.attr("content").strip();
            if (!content.isEmpty()) {
                return content;
            }
        }
        return null;
    }

    static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
