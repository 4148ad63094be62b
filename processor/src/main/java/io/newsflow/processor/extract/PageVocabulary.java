package io.newsflow.processor.extract;

import io.newsflow.processor.extract.BlockClassifier.Block;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of page furniture, in English for now: buttons, prompts, headings of the lists and boxes
 * that surround a story. Matched on whole short lines, never inside sentences.
 */
final class PageVocabulary {

    private static final int MAX_PROMPT_WORDS = 20;
    private static final int MAX_TIME_WORDS = 4;
    private static final int MAX_SUBSCRIBE_WORDS = 30;
    /** The most spaces in a heading that opens a list or a page's tail: "more from " and five more words. */
    private static final int MAX_HEADING_SPACES = 5;

    private static final WordList FURNITURE = WordList.of(
            "share", "share this", "share this article", "share this story", "share article", "tweet", "email",
            "e-mail", "print", "facebook", "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "instagram",
            "youtube", "telegram", "subscribe", "subscribe now", "sign up", "sign in", "log in", "login",
            "log out", "register", "newsletter", "advertisement", "advertising", "sponsored", "sponsored content",
            "accept", "menu", "search", "home", "back to top", "skip to content", "skip to main content",
            "follow us", "contact us", "about us", "show more", "load more", "next", "previous", "next article",
            "previous article", "copy link", "click here", "close", "loading", "tags", "topics", "related", "comments",
            "see also", "read more", "read next", "more", "sections", "print this page", "print article",
            "don't miss", "trending", "disclaimer", "like this article?", "sharing is caring!", "back",
            "back to gallery", "back to home", "back to article",
            // The label over an advert, in the languages of the pages seen so far.
            "ad", "ads", "advert", "anzeige", "werbung", "publicidad", "publicidade", "publicité", "pubblicità",
            "реклама", "voltar", "volver", "zurück", "retour");
    // Lists searched one by one are arrays: they are tried on every short line of a page.
    private static final String[] FURNITURE_PREFIXES = {
            "share on", "share via", "follow us on", "sign up for", "subscribe to", "read more", "see more",
            "related:", "related post:", "tags:", "tags ", "topics:", "share this", "explore further", "citation:",
            "continue reading", "view comments", "view all", "no spam", "get breaking news", "filed under", "posted in", "image:", "photo:", "source:",
            "photo by", "foto:", "foto von", "bild:", "фото:", "imagem:"};
    /** The prefixes by their first character, ASCII ones at its code, the rest at 0: a line tries only its own. */
    private static final String[][] FURNITURE_PREFIXES_BY_INITIAL = byInitial(FURNITURE_PREFIXES);
    private static final WordList END_MARKERS = WordList.of(
            "comments", "leave a reply", "leave a comment", "post a comment", "join the discussion",
            "join the conversation", "about the author", "recent posts", "related posts", "related articles",
            "related stories", "related news", "you may also like", "you might also like", "you may like",
            "more stories", "most read", "most popular", "popular posts", "recommended for you", "trending now",
            "more on this story", "explore further", "more coverage",
            // The same headings on pages in other languages: de, fr, es, pt, it, nl, ru.
            "kommentare", "weitere beiträge zum thema", "weitere artikel", "mehr zum thema", "ähnliche artikel",
            "das könnte sie auch interessieren", "über den autor", "commentaires", "à lire aussi", "lire aussi",
            "articles similaires", "sur le même sujet", "comentarios", "noticias relacionadas", "artículos relacionados",
            "lea también", "te puede interesar", "sobre el autor", "comentários", "notícias relacionadas",
            "leia também", "veja também", "mais lidas", "sobre o autor", "commenti", "articoli correlati",
            "leggi anche", "reacties", "lees ook", "комментарии", "отзывы", "читайте также", "похожие статьи",
            "похожие новости", "об авторе");
    /** Headings of lists of other stories, whose items are worth keeping as related headlines. */
    private static final Set<String> RELATED_LISTS = Set.of(
            "recent posts", "related posts", "related articles", "related stories", "related news", "related",
            "related content", "you may also like", "you might also like", "you may like", "more stories",
            "more news", "most read", "most popular", "popular posts", "recommended for you", "recommended",
            "trending now", "trending", "read more", "read next", "see also", "more on this story", "latest news",
            "latest posts", "top stories", "don't miss", "editor's picks");
    private static final int LONGEST_RELATED_LIST = RELATED_LISTS.stream().mapToInt(String::length).max().orElse(0);
    private static final String MORE_FROM = "more from ";
    private static final Set<String> RELATED_PREFIXES = Set.of(
            "related:", "related post:", "related article:", "related story:", "read more:", "read also:",
            "see also:", "more:", "also read:");
    /** As long as the longest related prefix: lower-casing this much of a line decides. */
    private static final int RELATED_PREFIX_CHARS = RELATED_PREFIXES.stream().mapToInt(String::length).max().orElse(0);
    /** The characters the related prefixes start with, in either case (only these lower-case to them). */
    private static final String RELATED_PREFIX_INITIALS = initials(RELATED_PREFIXES);
    private static final Set<String> SHARE = Set.of("share", "tweet", "email", "e-mail", "print", "facebook",
            "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "copy link", "flipboard", "mix");
    /** A cookie prompt talks about the site; a recipe about cookies does not. */
    private static final Phrases COOKIE = new Phrases("cookie");
    private static final Phrases COOKIE_CONTEXT = new Phrases(
            "website", "our site", "this site", "browser", "browsing", "privacy", "consent", "accept");
    private static final Phrases ALL_RIGHTS_RESERVED = new Phrases("all rights reserved");
    private static final Phrases MAILING = new Phrases("newsletter", "inbox", "unsubscribe");
    /** A prompt asks the reader; a story that mentions a newsletter reports on it. */
    private static final Phrases SUBSCRIBE_CONTEXT = new Phrases("subscri", "sign up", "your ", "our ");
    /** A line about the site itself, with the legal words of its footer ("use of this site ... privacy policy"). */
    private static final Phrases SITE = new Phrases("this site", "this website", "our site", "our website");
    private static final Phrases LEGAL = new Phrases(
            "privacy", "terms of", "agreement", "reproduced", "permission", "rules", "rights");
    private static final int MAX_LEGAL_WORDS = 40;
    /** "This slideshow requires JavaScript.", "Please enable JavaScript to view the comments". */
    private static final Phrases SCRIPT_PROMPT = new Phrases("requires javascript", "enable javascript");
    /** A share bar on one line ("Facebook Twitter Google+ Whatsapp") is made of these words only. */
    private static final Set<String> SHARE_BAR = Set.of("share", "tweet", "email", "e-mail", "print", "facebook",
            "twitter", "linkedin", "whatsapp", "pinterest", "reddit", "flipboard", "google+", "telegram", "messenger",
            "tumblr", "xing", "vk", "sms", "copy", "link", "mail");
    private static final int MAX_SHARE_BAR_WORDS = 10;
    private static final String SHARE_BAR_INITIALS = initials(SHARE_BAR);
    /** Labels of a post's own credits line ("Publicado por: ... - Categoria: ... - Tags: ..."): two make one. */
    private static final String[] POST_LABELS = {"posted by", "publicado por", "publié par", "veröffentlicht von",
            "category:", "categories:", "categoria:", "categoría:", "catégorie:", "kategorie:", "tags:", "filed under"};
    private static final Phrases POST_LABELS_WITH_COLON = new Phrases(POST_LABELS);
    /** Most short lines have no colon: they are searched for the few labels without one only. */
    private static final Phrases POST_LABELS_WITHOUT_COLON = new Phrases(withoutColon(POST_LABELS));
    /** Words of a note on how to reach the writer ("Have a tip? ... may be reached at jane@example.com"). */
    private static final String[] CONTACT = {"reached at", "reach her", "reach him", "contact ", "have a tip",
            "news tip", "tips to", "follow her", "follow him", "follow them", "write to"};
    private static final int MAX_CONTACT_WORDS = 60;
    /** The longest line {@link #isFurniture} or {@link #opensTail} looks up whole. */
    private static final int LONGEST_LISTED = Math.max(Math.max(FURNITURE.longest(), END_MARKERS.longest()),
            "yesterday".length());
    private static final String[] ROLES = {
            "journalist", "reporter", "writer", "editor", "correspondent", "columnist", "contributor", "author",
            "analyst", "staff", "freelance", "photographer", "producer", "blogger"};

    private PageVocabulary() {
    }

    /** Lowercase, no trailing colon, arrow or dot: "Recent Posts:" and "recent posts" are one heading. */
    static String key(String line) {
        return line.substring(0, keyEnd(line)).toLowerCase(Locale.ROOT);
    }

    static int keyEnd(String line) {
        int end = line.length();
        while (end > 0 && ":.›»> ".indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * {@link #opensRelatedList} of the line's key, without lower-casing a line of prose for it: no such
     * heading has more than {@value #MAX_HEADING_SPACES} spaces.
     */
    static boolean isRelatedListHeading(Block line) {
        String text = line.text();
        return mayOpenRelatedList(text) && hasFewSpaces(text) && opensRelatedList(keyOf(line));
    }

    /**
     * The key of the line's whole text, bullet and all: the key the classifier made for it, which leaves out a
     * bullet, unless it has one.
     */
    private static String keyOf(Block line) {
        return Text.isListItem(line.text()) ? key(line.text()) : line.key();
    }

    /**
     * False for a line whose key cannot open a related list, told without making the key: longer than any listed
     * heading (lower-casing never shortens a text), and not "more from ...". Asked of every line of a page, twice.
     */
    private static boolean mayOpenRelatedList(String line) {
        return keyEnd(line) <= LONGEST_RELATED_LIST || LowerCased.isAt(line, 0, MORE_FROM);
    }

    /** {@link #opensTail} of the line's key, with the same short cut as {@link #isRelatedListHeading}. */
    static boolean isTailHeading(Block line) {
        return hasFewSpaces(line.text()) && opensTail(keyOf(line));
    }

    /**
     * Spaces found with {@link String#indexOf}, as the words of {@link #isShareBar}: a loop over charAt on every
     * paragraph gets C2's profiled loop predicates, which trap on one kind of string and recompile the caller.
     */
    private static boolean hasFewSpaces(String line) {
        int end = keyEnd(line);
        int spaces = 0;
        for (int at = line.indexOf(' '); at >= 0 && at < end && spaces <= MAX_HEADING_SPACES;
                at = line.indexOf(' ', at + 1)) {
            spaces++;
        }
        return spaces <= MAX_HEADING_SPACES;
    }

    /**
     * A paragraph of prose that neither {@link #opensTail} nor {@link #isFurniture} can take for a heading or
     * furniture, told without lower-casing all of it (a tenth of reading a page): longer than any listed line and
     * beyond the checks limited by words (but the e-mail address's, which needs an at sign), with none of the marks
     * and words the two look for anywhere in a line, nor a pipe or a bracket (a run of links, a form field, a
     * shortcode). False means: ask them with the key.
     *
     * @param marks the {@link LineReading#marks} of the line, or of it with more characters (its list marker): read
     *              with its words in one pass, instead of searched for one by one
     */
    static boolean isPlainProse(String text, int words, long marks) {
        int end = keyEnd(text);
        if (words <= MAX_LEGAL_WORDS || end <= LONGEST_LISTED) {
            return false;
        }
        if (words <= MAX_CONTACT_WORDS && (marks & LineReading.AT_SIGN) != 0 || (marks & (LineReading.DOTTED_CAPITAL_I
                | LineReading.COPYRIGHT_SIGN | LineReading.BRACKET | LineReading.PIPE)) != 0) {
            return false;
        }
        return !LowerCased.isAt(text, 0, MORE_FROM) && !LowerCased.isAt(text, 0, "copyright")
                && !LowerCased.isAt(text, end - " comments".length(), " comments")
                && !LowerCased.isAt(text, end - " comment".length(), " comment")
                && !containsAnyCase(text, end, "all rights reserved", "all rights reser".length(),
                        (marks & LineReading.CAPITAL_V) != 0)
                && !containsAnyCase(text, end, "cookie", "coo".length(), (marks & LineReading.CAPITAL_K) != 0);
    }

    /** {@link LowerCased#contains}, which searches for the anchor letter in upper case only if the line has it. */
    private static boolean containsAnyCase(String text, int end, String word, int anchor, boolean capitalAnchor) {
        return capitalAnchor ? LowerCased.contains(text, end, word, anchor)
                : LowerCased.containsWithLowerCaseAnchor(text, end, word, anchor);
    }

    /**
     * A heading after which a page has comments, other stories or the author's box, not more story. A rule added
     * here or in {@link #isFurniture} that can match a paragraph of prose must be known to {@link #isPlainProse},
     * which answers for such paragraphs without asking either.
     */
    static boolean opensTail(String key) {
        return END_MARKERS.contains(key) || isCommentCount(key)
                || key.startsWith(MORE_FROM) && key.split(" ").length <= 6;
    }

    /** {@link #isFurniture(String, int, long)} of a key whose line was not read. */
    static boolean isFurniture(String key, int words) {
        return isFurniture(key, words, ~0L);
    }

    /**
     * See {@link #opensTail} before adding a rule not limited to short lines.
     *
     * @param marks the {@link LineReading#marks} of the key's line, or of it with more characters: the key is not
     *              searched for what they say it lacks
     */
    static boolean isFurniture(String key, int words, long marks) {
        long letters = LineReading.lowerCaseLetters(marks);
        return FURNITURE.contains(key)
                || words <= MAX_PROMPT_WORDS && startsWithAny(key)
                || words <= MAX_TIME_WORDS && key.endsWith(" ago") || key.equals("just now") || key.equals("yesterday")
                || (marks & LineReading.COPYRIGHT_SIGN) != 0 && key.contains("©")
                || ALL_RIGHTS_RESERVED.anyIn(key, letters) || key.startsWith("copyright")
                || COOKIE.anyIn(key, letters) && COOKIE_CONTEXT.anyIn(key, letters)
                || words <= MAX_SUBSCRIBE_WORDS && isSubscribePrompt(key, letters)
                || words <= MAX_PROMPT_WORDS && SCRIPT_PROMPT.anyIn(key, letters)
                || words <= MAX_LEGAL_WORDS && SITE.anyIn(key, letters) && LEGAL.anyIn(key, letters)
                || words >= 2 && words <= MAX_SHARE_BAR_WORDS && isShareBar(key)
                || words == 3 && isGalleryCounter(key)
                || words <= MAX_PROMPT_WORDS * 2 && postLabelCount(key, letters) >= 2
                || words <= MAX_CONTACT_WORDS && (marks & LineReading.AT_SIGN) != 0 && hasEmailAddress(key)
                        && (containsAny(key, CONTACT) || mentionsJournalism(key))
                || (marks & LineReading.BRACKET) != 0 && isShortcode(key);
    }

    private static int postLabelCount(String key, long letters) {
        return (key.indexOf(':') >= 0 ? POST_LABELS_WITH_COLON : POST_LABELS_WITHOUT_COLON).countIn(key, letters);
    }

    private static String[] withoutColon(String[] labels) {
        List<String> without = new ArrayList<>();
        for (String label : labels) {
            if (label.indexOf(':') < 0) {
                without.add(label);
            }
        }
        return without.toArray(new String[0]);
    }

    private static boolean hasEmailAddress(String key) {
        int at = key.indexOf('@');
        return at > 0 && Text.isLetterOrDigit(key.charAt(at - 1)) && key.indexOf('.', at) > at + 1;
    }

    /** "[button link=...]Send us YOUR kit review[/button]": a WordPress shortcode the page never rendered. */
    private static boolean isShortcode(String key) {
        int close = key.indexOf("[/");
        return close >= 0 && key.indexOf(']', close) > close + 2;
    }

    /** "1 of 6": a photo gallery's counter. */
    private static boolean isGalleryCounter(String key) {
        int of = key.indexOf(" of ");
        return of > 0 && Text.isDigits(key, of) && key.length() > of + 4
                && Text.isDigits(key.substring(of + 4), key.length() - of - 4);
    }

    private static boolean isShareBar(String key) {
        if (key.charAt(0) != ' ' && SHARE_BAR_INITIALS.indexOf(key.charAt(0)) < 0) {
            return false; // most lines: their first word is none of the bar's, told without cutting it out
        }
        for (int start = 0; start <= key.length(); ) {
            int space = key.indexOf(' ', start);
            int end = space < 0 ? key.length() : space;
            if (end > start && !SHARE_BAR.contains(key.substring(start, end))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    /** "Get the latest updates right in your inbox. Subscribe to our newsletters.": addressed to the reader. */
    private static boolean isSubscribePrompt(String key, long letters) {
        return MAILING.anyIn(key, letters) && SUBSCRIBE_CONTEXT.anyIn(key, letters);
    }

    /** "Recent Posts", "More from Reuters": a heading above a list of other stories. */
    static boolean opensRelatedList(String key) {
        return RELATED_LISTS.contains(key) || key.startsWith(MORE_FROM) && key.split(" ").length <= 6;
    }

    /** "Related: Headline", "READ MORE: Headline": the headline, or null when the line is not such a link. */
    static String inlineRelatedHeadline(String line) {
        if (line.isEmpty() || RELATED_PREFIX_INITIALS.indexOf(line.charAt(0)) < 0) {
            return null; // most lines: no copy lower-cased to tell
        }
        // Lower-casing never shortens text, so the lowered head of the line starts as the lowered line does.
        String lower = line.substring(0, Math.min(line.length(), RELATED_PREFIX_CHARS)).toLowerCase(Locale.ROOT);
        for (String prefix : RELATED_PREFIXES) {
            if (lower.startsWith(prefix) && line.length() > prefix.length() + 1) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    /** Why a line of page furniture is there, for the removal counts: "share", "advertisement"... or null. */
    static String purpose(String key) {
        if (SHARE.contains(key) || key.startsWith("share ") || key.startsWith("follow us")) {
            return "share";
        }
        if (key.startsWith("advert") || key.startsWith("sponsored") || key.equals("ad")) {
            return "advertisement";
        }
        if (key.contains("newsletter") || key.startsWith("subscribe") || key.startsWith("sign up")) {
            return "subscribe";
        }
        if (key.contains("cookie")) {
            return "cookie";
        }
        if (key.contains("©") || key.startsWith("copyright") || key.contains("all rights reserved")) {
            return "footer";
        }
        return key.contains("comment") ? "comments" : null;
    }

    /** The first lines of a biography name a trade of the press. */
    static boolean mentionsJournalism(String text) {
        return containsAny(text.substring(0, Math.min(text.length(), 300)).toLowerCase(Locale.ROOT), ROLES);
    }

    /** "12 comments", "1 comment", "New, 15 comments": a count of comments, with at most a label before it. */
    static boolean isCommentCount(String key) {
        int end = key.endsWith(" comments") ? key.length() - 9 : key.endsWith(" comment") ? key.length() - 8 : -1;
        if (end <= 0) {
            return false;
        }
        int start = key.lastIndexOf(' ', end - 1) + 1;
        return start < end && Text.isDigits(key.substring(start, end), end - start)
                && (start == 0 || key.indexOf(' ') == start - 1 && key.charAt(start - 2) == ',');
    }

    /** The first characters of the words, each in lower and upper case: a cheap test before trying each word. */
    static String initials(Collection<String> prefixes) {
        StringBuilder initials = new StringBuilder();
        for (String prefix : prefixes) {
            initials.append(prefix.charAt(0)).append(Character.toUpperCase(prefix.charAt(0)));
        }
        return initials.toString();
    }

    private static boolean startsWithAny(String key) {
        if (key.isEmpty()) {
            return false;
        }
        char initial = key.charAt(0);
        for (String prefix : FURNITURE_PREFIXES_BY_INITIAL[initial < 0x80 ? initial : 0]) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static String[][] byInitial(String[] prefixes) {
        String[][] byInitial = new String[0x80][];
        for (char initial = 0; initial < byInitial.length; initial++) {
            List<String> same = new ArrayList<>();
            for (String prefix : prefixes) {
                if ((prefix.charAt(0) < 0x80 ? prefix.charAt(0) : 0) == initial) {
                    same.add(prefix);
                }
            }
            byInitial[initial] = same.toArray(new String[0]);
        }
        return byInitial;
    }

    private static boolean containsAny(String text, String[] words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Phrases in lower case searched for in keys, each with its {@link LineReading#lowerCaseLetters}: a key whose line
     * lacks one of a phrase's letters is not searched for it. Most short lines of a page lack some letter of each.
     */
    private static final class Phrases {
        private final String[] phrases;
        private final long[] letters;

        Phrases(String... phrases) {
            this.phrases = phrases;
            this.letters = new long[phrases.length];
            for (int i = 0; i < phrases.length; i++) {
                letters[i] = LineReading.lowerCaseLettersOf(phrases[i]);
            }
        }

        /** @param keyLetters the letters the key may hold */
        boolean anyIn(String key, long keyLetters) {
            for (int i = 0; i < phrases.length; i++) {
                if (isIn(i, key, keyLetters)) {
                    return true;
                }
            }
            return false;
        }

        int countIn(String key, long keyLetters) {
            int n = 0;
            for (int i = 0; i < phrases.length; i++) {
                n += isIn(i, key, keyLetters) ? 1 : 0;
            }
            return n;
        }

        /** Phrase i is in the key: searched for only when the key may hold all its letters. */
        private boolean isIn(int i, String key, long keyLetters) {
            return (letters[i] & ~keyLetters) == 0 && key.contains(phrases[i]);
        }
    }
}
