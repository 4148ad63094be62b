package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.LanguageDetector.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Cleans an article and extracts its metadata: the one entry point the topology and the offline
 * {@code enrich} command call, so both give the same result. Holds no per-call state: one instance serves
 * every thread, each with room of its own for the body's runs.
 */
public final class ArticleExtractor {

    /** Adult silent reading speed for non-fiction, words per minute. */
    private static final int WORDS_PER_MINUTE = 230;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final PlainTextParser plainText = new PlainTextParser(normalizer);
    private final HtmlParser html = new HtmlParser(normalizer);
    private final WordCounter wordCounter = new WordCounter();
    private final LanguageDetector languages = new LanguageDetector();
    private final DateExtractor dates = new DateExtractor();
    private final EntityExtractor entities = new EntityExtractor();
    private final QuoteExtractor quotes = new QuoteExtractor();
    private final KeywordExtractor keywords = new KeywordExtractor();
    private final SimHash simHash = new SimHash();
    /** The body's runs are read by this class's call only: the next article of the thread scans into their arrays. */
    private final ThreadLocal<WordRuns.Room> bodyRunRooms = ThreadLocal.withInitial(WordRuns.Room::new);

    /**
     * @param content     the raw article: text copied from a web page, or HTML
     * @param contentType {@code text/plain} or {@code text/html}
     * @param ingestedAt  when the article was ingested: relative dates resolve against it when the page
     *                    states no publication date
     */
    public Extraction extract(String content, String contentType, Instant ingestedAt) {
        String text = content == null ? "" : content;
        ParsedPage page = isHtml(contentType) ? html.parse(text) : plainText.parse(text, referenceDate(null, ingestedAt));
        String body = String.join("\n\n", page.paragraphs());
        // Every step below reads the body's characters from one copy, made here, which none of them writes to.
        // Word count, dates, keywords and SimHash read its runs of letters and digits, found once.
        char[] bodyChars = body.toCharArray();
        WordRuns bodyRuns = WordRuns.of(bodyChars, bodyRunRooms.get());
        int words = wordCounter.count(bodyRuns);
        Language language = languages.detectWithConfidence(body);
        // Entities and quote attribution read the same words: tokenised once.
        Tokens tokens = Tokens.of(body, bodyChars);
        List<Entity> found = entities.find(page.title(), tokens, page.creditLines());
        return new Extraction(page.title(), page.subtitle(), page.section(), page.byline(), page.authors(),
                page.publisher(), page.publishedAt(), body, language.code(),
                language.code() == null ? null : language.confidence(), words,
                words == 0 ? 0 : Math.max(1, Math.round(words / (float) WORDS_PER_MINUTE)),
                dates.find(body, bodyRuns, referenceDate(page.publishedAt(), ingestedAt)), found,
                quotes.find(body, tokens, found), keywords.top(page.title(), body, bodyRuns, language.code()),
                page.relatedHeadlines(), simHash.fingerprint(bodyRuns), page.removedBlocks());
    }

    /** The publication day when the page states one, else the ingestion day (UTC). */
    static LocalDate referenceDate(String publishedAt, Instant ingestedAt) {
        if (publishedAt != null) {
            try {
                return publishedAt.length() <= 10 ? LocalDate.parse(publishedAt)
                        : OffsetDateTime.parse(publishedAt).toLocalDate();
            } catch (DateTimeParseException e) {
                // fall through: a page's own date is a hint, the ingestion time is always there
            }
        }
        return (ingestedAt != null ? ingestedAt : Instant.now()).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean isHtml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("html");
    }
}
