package io.newsflow.events;

import java.util.Locale;

/** How newsflow tells HTML from plain text when nobody said which: one rule for ingest and processor. */
public final class ContentTypes {

    private ContentTypes() {
    }

    /** True when the text starts (after whitespace) like an HTML document. */
    public static boolean looksLikeHtml(String content) {
        int start = 0;
        while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
            start++;
        }
        String head = content.substring(start, Math.min(content.length(), start + 15)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html");
    }

    /** text/html for .html, .htm, .xhtml files or HTML-looking content, else text/plain. */
    public static String of(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        boolean htmlName = name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml");
        return htmlName || looksLikeHtml(content) ? RawEvent.TEXT_HTML : RawEvent.TEXT_PLAIN;
    }
}
