package io.newsflow.processor.extract;

/** Cleans an article and extracts its metadata: the one entry point the topology and offline tools call. */
public final class ArticleExtractor {

    /**
     * @param content     the raw article: text copied from a web page, or HTML
     * @param contentType {@code text/plain} or {@code text/html}
     */
    public Extraction extract(String content, String contentType) {
        throw new UnsupportedOperationException("not yet");
    }
}
