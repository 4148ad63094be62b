package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import io.newsflow.processor.extract.BlockClassifier.Kind;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads what a page prints around the top of a story: the standfirst under the headline, the byline, the
 * publication date, and any paragraph that a box pushed out of the main run. Knows no site: only the order
 * headline, standfirst, credits, story.
 */
final class ArticleHeader {

    /** What the header states; {@code lead} holds the indexes of paragraphs that belong to the body. */
    record Header(String subtitle, int subtitleIndex, String byline, List<String> authors, String publishedAt,
            List<Integer> lead) {
    }

    /** Shorter lines under a headline are kickers, credits and labels. */
    private static final int MIN_STANDFIRST_WORDS = 8;
    private static final int MAX_STANDFIRST_WORDS = 60;
    /** Credits sometimes follow the first paragraph: look a few blocks into the story for them. */
    private static final int CREDIT_WINDOW = 6;
    /** A credit without "By" (a name alone, a name and a date) is read only right under the headline. */
    private static final int CREDIT_LINES = 3;
    /** A headline further above the story than this has a gallery or a video between, not its lead. */
    private static final int LEAD_WINDOW = 25;
    private static final int HALF_YEAR_MONTHS = 6;
    /** "By Jane Doe" over "and John Roe": a byline wrapped or split over a few lines. */
    private static final int MAX_BYLINE_LINES = 4;
    /** A copyright notice is a short footer line; a long one with © is a caption crediting a photographer. */
    private static final int MAX_NOTICE_WORDS = 30;
    private static final int FIRST_WEB_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private final BylineExtractor bylines = new BylineExtractor();
    private final DatelineExtractor datelines = new DatelineExtractor();

    /**
     * @param title      the headline's index, or -1
     * @param storyStart where the main run of paragraphs starts
     * @param today      the day the page was read: a date line without a year ("Posted Nov 18") is the last such
     *                   day up to it, unless a full date on the page tells the year
     */
    Header read(List<Block> blocks, int title, int storyStart, LocalDate today, CreditReadings readings) {
        int first = title >= 0 ? title + 1 : Math.max(0, storyStart - CREDIT_WINDOW);
        // A standfirst sits between the headline and the credits, even when the story's run starts above them.
        int subtitle = title >= 0
                ? standfirst(blocks, first, Math.max(storyStart, credits(blocks, title, readings)), readings) : -1;
        List<Integer> lead = new ArrayList<>();
        // Between a headline far above the story and the story sits a gallery: captions, not the story's lead.
        int leadFrom = title >= 0 && storyStart - title > LEAD_WINDOW ? storyStart - CREDIT_WINDOW
                : Math.max(first, subtitle + 1);
        for (int i = leadFrom; i < storyStart; i++) {
            // Only full sentences: what else sits between the credits and the story is captions and labels.
            if (blocks.get(i).kind() == Kind.CONTENT && !blocks.get(i).listItem()) {
                lead.add(i);
            }
        }
        String byline = null;
        String date = null;
        int yearless = -1;
        int dated = -1;
        List<String> authors = List.of();
        List<String> more = List.of();
        for (int i = first; i < Math.min(blocks.size(), storyStart + CREDIT_WINDOW); i++) {
            String text = blocks.get(i).text();
            List<String> named = byline == null ? readings.bylineNames(text) : List.of();
            if (!named.isEmpty()) {
                byline = text;
                authors = named;
                more = bylines.continuedNames(BlockClassifier.texts(blocks, i + 1, Math.min(blocks.size(), i + MAX_BYLINE_LINES)));
            }
            // The first date line gives the date, with its year or without; another story's card has its own.
            if (date == null && yearless < 0 && i != subtitle && (readings.isDateline(text) || byline == text)
                    && !(i > 0 && TitleExtractor.isTeaserCard(blocks, i - 1, readings))) {
                date = datelines.find(text);
                yearless = date == null && datelines.findMonthDay(text) != null ? i : -1;
                dated = date != null || yearless >= 0 ? i : -1;
            } else if (date == null && yearless < 0 && i != subtitle) {
                date = fromReadingDay(blocks, datelines.findRelative(text, today), today);
                dated = date != null ? i : -1;
            }
        }
        if (date == null && yearless >= 0) {
            date = withYear(blocks, yearless, datelines.findMonthDay(blocks.get(yearless).text()), today);
        }
        if (!more.isEmpty()) {
            Set<String> all = new LinkedHashSet<>(authors);
            all.addAll(more);
            authors = List.copyOf(all);
        }
        for (int i = title + 1; title >= 0 && byline == null && i <= title + CREDIT_LINES && i < blocks.size(); i++) {
            List<String> credited = i == subtitle ? List.of() : bylines.creditNames(blocks.get(i).text(), datelines);
            if (!credited.isEmpty()) {
                byline = blocks.get(i).text();
                authors = credited;
            }
        }
        if (byline == null && dated > Math.max(first, title + 1)) {
            // "Reuters, Washington," over the date line: an agency's or a writer's credit with the place.
            authors = bylines.placedCredit(blocks.get(dated - 1).text());
            byline = authors.isEmpty() ? null : blocks.get(dated - 1).text();
        }
        if (date == null && byline != null) {
            // "21/06/2014 Tony Carter": the date the credit line states.
            date = datelines.find(byline);
        }
        if (date == null && title > 0) {
            // "November 18, 2019" printed above the headline, as many templates do.
            String above = blocks.get(title - 1).text();
            date = readings.isDateline(above) ? datelines.find(above)
                    : fromReadingDay(blocks, datelines.findRelative(above, today), today);
        }
        String opening = date == null && storyStart < blocks.size()
                ? DatelineExtractor.storyDateline(blocks.get(storyStart).text()) : null;
        if (opening != null) {
            // "WASHINGTON, Nov. 19, 2019 (Reuters) -": the date of the story's own dateline, with its year or without.
            date = datelines.find(opening);
            MonthDay day = date == null ? datelines.findMonthDay(opening) : null;
            date = day == null ? date : withYear(blocks, storyStart, day, today);
        }
        return new Header(subtitle < 0 ? null : blocks.get(subtitle).text(), subtitle, byline, authors, date, lead);
    }

    /**
     * The year of the full date printed nearest the line (a tweet's, a comment's, the copyright's), the month-day
     * put within half a year of it; else the last such day up to {@code today}, a day ahead for time zones.
     */
    private String withYear(List<Block> blocks, int line, MonthDay day, LocalDate today) {
        for (int distance = 1; distance < blocks.size(); distance++) {
            for (int i : new int[] {line - distance, line + distance}) {
                String full = i >= 0 && i < blocks.size() ? datelines.find(blocks.get(i).text()) : null;
                if (full != null) {
                    return CalendarMath.dayWithoutYear(day.getMonthValue(), day.getDayOfMonth(),
                            LocalDate.parse(full).plusMonths(HALF_YEAR_MONTHS));
                }
            }
        }
        return today == null ? null : fromReadingDay(blocks,
                CalendarMath.dayWithoutYear(day.getMonthValue(), day.getDayOfMonth(), today.plusDays(1)), today);
    }

    /**
     * A date counted from {@code today}, the day the page was read ("2 hours ago", "Nov 18"), or null when the
     * page's copyright notice names a later year than today's: a page cannot be read before it was printed, so
     * that day is not the reading day (an archive replayed without its dates). Reads the page only then.
     */
    private static String fromReadingDay(List<Block> blocks, String counted, LocalDate today) {
        if (counted == null) {
            return null;
        }
        int year = today.getYear();
        for (Block block : blocks) {
            String holder = block.words() <= MAX_NOTICE_WORDS ? PublisherExtractor.copyrightHolder(block.text()) : null;
            if (holder != null && latestYear(block.text()) > year) {
                return null;
            }
        }
        return counted;
    }

    /** The latest year a line states ("© 2000-2019" gives 2019), or 0. */
    private static int latestYear(String line) {
        int latest = 0;
        for (int i = 0; i + 4 <= line.length(); i++) {
            boolean alone = (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))
                    && (i + 4 == line.length() || !Character.isLetterOrDigit(line.charAt(i + 4)));
            if (alone && Text.isDigits(line.substring(i, i + 4), 4)) {
                int year = Integer.parseInt(line.substring(i, i + 4));
                latest = year >= FIRST_WEB_YEAR && year <= LAST_YEAR ? Math.max(latest, year) : latest;
            }
        }
        return latest;
    }

    /** The byline or date line just under the headline and the line after it ("by Laura Winter"), or -1. */
    private static int credits(List<Block> blocks, int title, CreditReadings readings) {
        for (int i = title + 2; i <= title + 1 + CREDIT_LINES && i < blocks.size(); i++) {
            String text = blocks.get(i).text();
            if (readings.isByline(text) || readings.isDateline(text)) {
                return i;
            }
        }
        return -1;
    }

    /** A standfirst is written like prose; a line of capitalized words is another headline or a label. */
    private static boolean isSentenceCase(String text) {
        int words = 0;
        int capitalized = 0;
        for (String word : text.split(" ")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0))) {
                words++;
                capitalized += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
            }
        }
        return capitalized * 2 < words;
    }

    /** The first line after the headline, when it is a sentence or two standing apart from the story. */
    private int standfirst(List<Block> blocks, int from, int storyStart, CreditReadings readings) {
        for (int i = from; i < storyStart; i++) {
            Block block = blocks.get(i);
            if (block.kind() == Kind.NOISE) {
                continue;
            }
            boolean prose = block.kind() == Kind.CONTENT || block.kind() == Kind.OTHER
                    || block.kind() == Kind.SHORT_SENTENCE;
            return prose && !block.listItem() && block.words() >= MIN_STANDFIRST_WORDS
                    && block.words() <= MAX_STANDFIRST_WORDS && isSentenceCase(block.text())
                    && datelines.find(block.text()) == null && !readings.isDateline(block.text()) ? i : -1;
        }
        return -1;
    }
}
