package io.newsflow.processor.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the site or publication of a page copied as text. What a page prints about itself: its name at the top
 * (the logo's text, "Wccftech", "Phys.org"), its copyright line at the bottom ("© 2019 Tehran Times. All rights
 * reserved."), its domain on a line of its own ("TheHill.com") and its prompts ("Follow NBC News"). A line at the
 * top is taken only when the page names it again elsewhere, which tells a site name from the labels and menu words
 * printed there too; else the copyright holder, unless it is a company ("Hearst Communications", "X Private Ltd."
 * own sites with other names); else the domain, a prompt, or the brand a company's name starts with when the page
 * speaks of itself by it; else null. Knows no site: only the shape of those lines.
 */
final class PublisherExtractor {

    /** The logo sits above the menus: only the first lines of a page are looked at for it. */
    private static final int TOP_LINES = 8;
    private static final int MAX_NAME_WORDS = 5;
    /** A copyright notice is a footer line; a long line with a © in it is a caption crediting a photographer. */
    private static final int MAX_NOTICE_WORDS = 30;
    /** Where a holder's name ends: its legal form, a separator, the rights statement. */
    private static final String[] NAME_ENDS = {", ", ". ", " | ", " - ", " – ", " — ", " (", " all rights",
            " unless", " powered by", " print footer", " todos os", " tous droits", " alle rechte"};
    private static final String[] CREDIT_MARKS = {"image", "photo", "credit", "picture", "foto", "(©", "( ©"};
    /** A footer, a prompt or a credit naming the site is short; the long lines are prose, most of a page's text. */
    private static final int MAX_MENTION_CHARS = 300;
    private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · "};
    /** A headline before the separator; "Sport - Football" is a trail, not "headline - site". */
    private static final int MIN_HEADLINE_WORDS = 3;
    private static final String[] LOGO_WORDS = {" homepage", " home page", " home", " logo"};
    private static final String YEAR_CHARS = "0123456789-–— ,.";
    /**
     * A holder's last word that makes it the company owning the site, not the site: "NBCUniversal Media", "Hearst
     * Communications", "Express Newspapers" publish "NBC 5", "SFGate", "Express.co.uk".
     */
    private static final Set<String> COMPANY_WORDS = Set.of("media", "network", "networks", "communication",
            "communications", "newspapers", "publishing", "publications", "publishers", "group", "holdings",
            "corporation", "corp", "universal", "broadcasting", "enterprises");
    private static final List<String> LEGAL_FORMS = List.of("inc", "llc", "ltd", "limited", "private ltd",
            "private limited", "pvt", "plc", "gmbh", "corp");
    /** A site's domain alone on a line is its name ("TheHill.com"); a file's name is not. */
    private static final Set<String> FILE_ENDINGS = Set.of("jpg", "jpeg", "png", "gif", "svg", "pdf", "htm", "html",
            "php", "asp", "aspx", "mp3", "mp4", "js", "css", "txt", "zip");
    private static final int MAX_DOMAIN_LENGTH = 40;
    /**
     * The site's own prompts name it: "Follow NBC News", "Subscribe to 9to5Mac on YouTube", "Sign up for SFGATE
     * Newsletters", "Get Quanta Magazine delivered to your inbox". Each opening with what may end the name.
     */
    private static final String[][] PROMPTS = {
            {"follow ", "", " on "},
            {"subscribe to ", "", " on ", " newsletter", " for ", " and ", "!"},
            {"sign up for ", " newsletter", "!"},
            {"get ", " delivered"}};
    /** The first letters of the prompts' openings, in either case. */
    private static final String PROMPT_INITIALS = promptInitials();
    /** Each prompt's opening without its trailing space, alone or before "the". */
    private static final WordList OPENINGS_ALONE = openingsAlone();
    private static final long CAPITALS_OF_OPYRIGHT = LineReading.capitalsOf("opyright");
    private static final Set<String> PRONOUNS = Set.of("us", "me", "our", "him", "her", "them", "this", "it");

    /**
     * @param lines the page's paragraphs, in order
     * @param top   how many of them come before the story's headline (or its first paragraph)
     * @param title the headline as found, or null: "Story | Site" names the site after its separator
     */
    String find(List<String> lines, int top, String title) {
        long[] marks = new long[lines.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = LineReading.of(lines.get(i).toCharArray()).marks;
        }
        return find(lines, marks, top, title);
    }

    /** {@link #find(List, int, String)}, with each line's {@link LineReading#marks} at hand. */
    String find(List<String> lines, long[] marks, int top, String title) {
        String notice = null;
        boolean company = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            notice = mayHoldNotice(line, marks[i]) ? copyrightHolder(line) : null;
            if (notice != null) {
                // A company's notice names the owner of the site, often of many sites: not the site's name.
                company = isCompany(notice) || hasLegalFormAfter(line, notice);
                break;
            }
        }
        String holder = company ? null : notice;
        // The logo's text comes before the menu; below it, a line is a site name only as the copyright says it.
        boolean inMenu = false;
        for (int i = 0; i < Math.min(top, TOP_LINES); i++) {
            inMenu |= Text.isListItem(lines.get(i));
            String name = siteName(lines.get(i));
            if (name != null && sameName(name, holder)) {
                return name;
            }
            if (name != null && !inMenu && namedElsewhere(name, lines, lines.get(i))) {
                return name;
            }
        }
        String tail = siteSuffix(title);
        if (tail != null && (sameName(tail, holder)
                || namedElsewhere(tail, lines, title))) {
            return tail;
        }
        if (holder != null) {
            return holder;
        }
        String domain = domainLine(lines);
        if (domain != null) {
            return domain;
        }
        String prompted = promptedName(lines);
        if (prompted != null) {
            return prompted;
        }
        return company ? brandOf(notice, lines) : null;
    }

    private static String promptInitials() {
        List<String> openings = new ArrayList<>();
        for (String[] prompt : PROMPTS) {
            openings.add(prompt[0]);
        }
        return PageVocabulary.initials(openings);
    }

    private static WordList openingsAlone() {
        Set<String> openings = new HashSet<>();
        for (String[] prompt : PROMPTS) {
            String opening = prompt[0].strip();
            openings.add(opening);
            openings.add(opening + " the");
        }
        return WordList.copyOf(openings);
    }

    /** The site a prompt line names ("Follow NBC News" gives NBC News), the first one on the page, or null. */
    static String promptedName(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip();
            if (text.length() > MAX_MENTION_CHARS || !mayOpenPrompt(text)) {
                continue;
            }
            // "Subscribe to the" / "VG247 newsletter!": a prompt wrapped after its opening goes on below, and must
            // end as a prompt does there: "Follow" over "Twitter" is a row of links.
            boolean wrap = i + 1 < lines.size() && isOpeningAlone(text);
            String name = nameOfPrompt(wrap ? text + " " + lines.get(i + 1).strip() : text, !wrap);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * The site the prompt a text opens with names, or null. A method of its own, so that the loop over a page's
     * lines is the only loop C2 compiles on the stack (OSR) in the caller.
     */
    private static String nameOfPrompt(String text, boolean lineEnds) {
        for (String[] prompt : PROMPTS) {
            String name = text.regionMatches(true, 0, prompt[0], 0, prompt[0].length())
                    ? promptedName(text.substring(prompt[0].length()), prompt, lineEnds) : null;
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /**
     * False for a text that opens with none of the prompts, told by its first character when in ASCII: most lines of
     * a page are answered without trying each opening. Beyond ASCII, a letter may match one ignoring case ("ſ").
     */
    private static boolean mayOpenPrompt(String text) {
        return !text.isEmpty() && (text.charAt(0) >= 0x80 || PROMPT_INITIALS.indexOf(text.charAt(0)) >= 0);
    }

    /** "Subscribe to the", "Follow": a prompt's opening and nothing after it. */
    private static boolean isOpeningAlone(String text) {
        // Lower-casing never shortens a text: a longer line is answered without a copy.
        return text.length() <= OPENINGS_ALONE.longest() && OPENINGS_ALONE.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * The name at the start of {@code rest}, up to the first of the prompt's endings ("" the line's end, when
     * {@code lineEnds}).
     */
    private static String promptedName(String rest, String[] prompt, boolean lineEnds) {
        String lower = rest.toLowerCase(Locale.ROOT);
        int end = -1;
        for (int i = 1; i < prompt.length; i++) {
            int at = prompt[i].isEmpty() ? (lineEnds ? lower.length() : -1) : lower.indexOf(prompt[i]);
            end = at > 0 && (end < 0 || at < end) ? at : end;
        }
        int start = lower.startsWith("the ") ? 4 : 0;
        if (end <= start) {
            return null;
        }
        String name = rest.substring(start, end).strip();
        // "Subscribe to Inexhibit’s newsletter"
        if (name.endsWith("’s") || name.endsWith("'s")) {
            name = name.substring(0, name.length() - 2);
        }
        return name.isEmpty() || PRONOUNS.contains(name.toLowerCase(Locale.ROOT)) ? null : siteName(name);
    }

    /** "© 2019 The Printers (Mysore) Private Ltd.": the holder's name is followed by its legal form. */
    private static boolean hasLegalFormAfter(String line, String holder) {
        int at = line.indexOf(holder);
        if (at < 0) {
            return false;
        }
        String rest = line.substring(at + holder.length()).toLowerCase(Locale.ROOT);
        int from = 0;
        while (from < rest.length() && (rest.charAt(from) == ',' || rest.charAt(from) == ' ')) {
            from++;
        }
        if (rest.startsWith("(", from) && rest.indexOf(')', from) > 0) {
            from = rest.indexOf(')', from) + 1;
        }
        String form = rest.substring(from).strip();
        for (String legal : LEGAL_FORMS) {
            if (form.startsWith(legal) && (form.length() == legal.length() || !Character.isLetter(form.charAt(legal.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "Hearst Communications", "Al Jazeera Media Network": a name ending in what companies call themselves. */
    static boolean isCompany(String holder) {
        String[] words = holder.toLowerCase(Locale.ROOT).split(" ");
        return words.length > 1 && COMPANY_WORDS.contains(words[words.length - 1]);
    }

    /**
     * The brand inside a company's name, when the page speaks of itself by it at the start of a line of its own
     * ("Al Jazeera Media Network" and "BGR may receive a commission" give "BGR Media"'s "BGR"; "AutoIndustriya.com,
     * Inc." and "AutoIndustriya.com is the leading..." give "AutoIndustriya.com"), or null.
     */
    private static String brandOf(String company, List<String> lines) {
        String[] words = company.split(" ");
        int end = words.length;
        while (end > 0 && COMPANY_WORDS.contains(words[end - 1].toLowerCase(Locale.ROOT))) {
            end--;
        }
        String brand = end == 0 ? null : siteName(String.join(" ", Arrays.copyOf(words, end)));
        if (brand == null) {
            return null;
        }
        for (String line : lines) {
            String text = line.strip();
            // Not the company's own name as a line ("Gamer Network"): the brand said in a line of its own.
            boolean ownLine = brand.equals(company) ? text.length() > brand.length() + 1 : !text.contains(company);
            if (ownLine && text.startsWith(brand) && (text.length() == brand.length()
                    || !Character.isLetterOrDigit(text.charAt(brand.length())))
                    && text.length() <= MAX_MENTION_CHARS && copyrightHolder(text) == null && !Text.isListItem(text)) {
                return brand;
            }
        }
        return null;
    }

    /** The first line that is a domain name alone ("TheHill.com", "EXPRESS.CO.UK"), not in a list, or null. */
    static String domainLine(List<String> lines) {
        for (String line : lines) {
            String text = line.strip();
            boolean listed = Text.isListItem(text);
            text = listed ? Text.withoutListMarker(text).strip() : text;
            if (text.length() <= MAX_DOMAIN_LENGTH && isDomain(text)) {
                String domain = text.regionMatches(true, 0, "www.", 0, 4) ? text.substring(4) : text;
                if (!listed) {
                    return domain;
                }
                // "• HoustonChronicle.com" in a menu, which may list sister sites: the site's own when the page
                // also spells it out in words ("About Houston Chronicle").
                String spelled = spelledOut(domain);
                if (spelled != null && namedElsewhere(spelled, lines, line)) {
                    return spelled;
                }
            }
        }
        return null;
    }

    /** "HoustonChronicle.com" is "Houston Chronicle"; null for a domain without capitals inside it. */
    private static String spelledOut(String domain) {
        String name = domain.substring(0, domain.indexOf('.'));
        StringBuilder words = new StringBuilder();
        int breaks = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (i > 0 && Character.isUpperCase(c) && Character.isLowerCase(name.charAt(i - 1))) {
                words.append(' ');
                breaks++;
            }
            words.append(c);
        }
        return breaks > 0 ? words.toString() : null;
    }

    /** "TheHill.com", "www.smithsonian.com": labels of letters, digits and hyphens, a last label of letters. */
    private static boolean isDomain(String text) {
        int dot = text.lastIndexOf('.');
        String last = dot < 0 ? "" : text.substring(dot + 1);
        // ".com", ".CO.UK": a top-level label in one case, not a word after a full stop ("Mr.Smith").
        if (dot <= 0 || last.length() < 2 || last.length() > 6 || FILE_ENDINGS.contains(last.toLowerCase(Locale.ROOT))
                || !last.equals(last.toLowerCase(Locale.ROOT)) && !last.equals(last.toUpperCase(Locale.ROOT))) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean inLastLabel = i > dot;
            if (c == '.' ? i == 0 || text.charAt(i - 1) == '.' : !(Character.isLetter(c) || !inLastLabel
                    && (Character.isDigit(c) || c == '-'))) {
                return false;
            }
            letters += Character.isLetter(c) && i < dot ? 1 : 0;
        }
        return letters >= 3;
    }

    /** "Story headline | Tehran Times": the short name after the headline's last separator, or null. */
    static String siteSuffix(String title) {
        int at = separatorAt(title);
        return at < 0 ? null : siteName(title.substring(title.indexOf(' ', at + 1) + 1));
    }

    /** The headline without a site name after its last separator: "Story | Tehran Times" is "Story". */
    static String withoutSiteSuffix(String title, String publisher) {
        String tail = siteSuffix(title);
        return tail != null && sameName(tail, publisher) ? title.substring(0, separatorAt(title)).strip() : title;
    }

    /** Where the separator before a site name starts (its leading space), or -1. */
    private static int separatorAt(String title) {
        if (title == null) {
            return -1;
        }
        for (String separator : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > 0 && title.substring(0, at).split(" ").length >= MIN_HEADLINE_WORDS) {
                return at;
            }
        }
        return -1;
    }

    /** "Wccftech", "Billboard Billboard" (a logo and its alt text), "The Space Review": a short title-cased name. */
    static String siteName(String line) {
        String text = line.startsWith("[] ") || line.startsWith("[ ] ") ? line.substring(line.indexOf(']') + 2) : line;
        if (Text.isListItem(text) || text.startsWith("[")) {
            return null;
        }
        String name = withoutRepeat(withoutLogoWord(text.strip()));
        String[] words = name.split(" ");
        if (words.length > MAX_NAME_WORDS || !isName(name) || isConsentButton(name)
                || PageVocabulary.isFurniture(PageVocabulary.key(name), words.length) || Text.endsSentence(name)) {
            return null;
        }
        return name;
    }

    /**
     * The line holds the start of a notice {@link #copyrightHolder} reads: "©", "(c)" or the word in any case. Told by
     * its marks but for the word in lower case: most lines have no "(" or "©", nor all the capitals of "OPYRIGHT", and
     * are searched once instead of four times.
     */
    private static boolean mayHoldNotice(String line, long marks) {
        return (marks & (LineReading.COPYRIGHT_SIGN | LineReading.OPENING_PARENTHESIS)) != 0
                || (marks & CAPITALS_OF_OPYRIGHT) == CAPITALS_OF_OPYRIGHT || line.indexOf("opyright") >= 0;
    }

    /** The holder a copyright notice names ("© 2005-2019 SlashGear, All Rights Reserved." gives SlashGear), or null. */
    static String copyrightHolder(String line) {
        if (line.indexOf('©') < 0 && line.indexOf("opyright") < 0 && line.indexOf("OPYRIGHT") < 0
                && !hasCInBrackets(line)) {
            return null;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        int mark = markEnd(line, lower);
        if (mark < 0 || line.split(" ").length > MAX_NOTICE_WORDS || isCredit(lower, mark)) {
            return null;
        }
        String after = holderAt(line, mark);
        if (after != null) {
            return after;
        }
        // "Phys.org © 2003 - 2019", "Wccftech © 2019": the name before the mark, when nothing follows it.
        int markStart = Math.max(0, markStart(lower));
        int start = lower.lastIndexOf(". ", Math.max(0, markStart - 1));
        String before = line.substring(start < 0 ? 0 : start + 2, markStart).strip();
        return isName(before) && before.split(" ").length <= MAX_NAME_WORDS ? before : null;
    }

    /** "(c) ", "(C) ": found from the brackets, rare in a line, instead of searched for twice over every line. */
    private static boolean hasCInBrackets(String line) {
        for (int at = line.indexOf('('); at >= 0; at = line.indexOf('(', at + 1)) {
            if (line.startsWith("c) ", at + 1) || line.startsWith("C) ", at + 1)) {
                return true;
            }
        }
        return false;
    }

    /** The name right after the mark, with years, a second mark and "by" skipped. */
    private static String holderAt(String line, int from) {
        int start = from;
        while (true) {
            while (start < line.length() && YEAR_CHARS.indexOf(line.charAt(start)) >= 0) {
                start++;
            }
            String rest = line.substring(start).toLowerCase(Locale.ROOT);
            int skip = rest.startsWith("©") ? 1 : rest.startsWith("(c)") ? 3 : rest.startsWith("copyright") ? 9
                    : rest.startsWith("by ") ? 3 : 0;
            if (skip == 0) {
                break;
            }
            start += skip;
        }
        String rest = line.substring(start);
        int end = rest.length();
        String lower = rest.toLowerCase(Locale.ROOT);
        for (String stop : NAME_ENDS) {
            int at = lower.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        for (int i = 0; i + 4 <= end; i++) {
            // "© Phys.org 2003 - 2019": a year after the name ends it too.
            if (i > 0 && rest.charAt(i - 1) == ' ' && Text.isDigits(rest.substring(i), 4)) {
                end = i;
                break;
            }
        }
        String name = rest.substring(0, end).strip();
        while (name.endsWith(".") || name.endsWith(",")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        return isName(name) && name.split(" ").length <= MAX_NAME_WORDS ? name : null;
    }

    /** Where the copyright mark ends in the (lowercase) line, or -1: "©", "(c) 2019", "copyright". */
    private static int markEnd(String original, String lower) {
        int symbol = lower.indexOf('©');
        if (symbol >= 0) {
            return symbol + 1;
        }
        // "Copyright 2019", "copyright Inexhibit": the word as a notice, not in a sentence about copyright.
        int word = lower.indexOf("copyright ");
        if (word >= 0 && (word == 0 || !Character.isLetter(lower.charAt(word - 1)))
                && word + 10 < original.length() && !Character.isLowerCase(original.charAt(word + 10))) {
            return word + 9;
        }
        int c = lower.indexOf("(c) ");
        return c >= 0 && c + 4 < lower.length() && Character.isDigit(lower.charAt(c + 4)) ? c + 3 : -1;
    }

    private static int markStart(String lower) {
        int symbol = lower.indexOf('©');
        if (symbol >= 0) {
            int word = lower.lastIndexOf("copyright", symbol);
            return word >= 0 && symbol - word <= 11 ? word : symbol;
        }
        int word = lower.indexOf("copyright");
        return word >= 0 ? word : lower.indexOf("(c) ");
    }

    /** "(Image: © TNG Collaboration)", "Photo © Jane Doe": a picture's credit, not the page's notice. */
    private static boolean isCredit(String lower, int markEnd) {
        String before = lower.substring(Math.max(0, markEnd - 12), markEnd);
        for (String credit : CREDIT_MARKS) {
            if (before.contains(credit)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name: letters, each word capitalized or a lowercase joiner ("of", "and"); "my6sense" and "nj.com" too,
     * one lowercase word with a digit or a dot in it.
     */
    private static boolean isName(String text) {
        if (text.isEmpty() || Text.letterCount(text) < 2) {
            return false;
        }
        String[] words = text.split(" ");
        if (words.length == 1 && Character.isLowerCase(text.codePointAt(0))) {
            return text.indexOf('.') > 0 || Text.hasDigit(text);
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                return false;
            }
            int first = word.codePointAt(0);
            boolean joiner = i > 0 && (word.equals("of") || word.equals("and") || word.equals("&")
                    || word.equals("the") || word.equals("for"));
            if (!joiner && !Character.isUpperCase(first) && !Character.isDigit(first)) {
                return false;
            }
        }
        return !PageVocabulary.key(text).equals("all rights reserved");
    }

    /** "I Accept", "Agree and continue": a cookie prompt's button, above everything else on many pages. */
    private static boolean isConsentButton(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("accept") || lower.contains("agree") || lower.contains("consent");
    }

    /** "The Verge homepage", "Comwrap Logo": the alt text of a logo link names the site and what it is. */
    private static String withoutLogoWord(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        for (String word : LOGO_WORDS) {
            if (lower.endsWith(word) && line.length() > word.length()) {
                return line.substring(0, line.length() - word.length()).strip();
            }
        }
        return line;
    }

    /** "Billboard Billboard", "MoreBikesMoreBikes": a logo's text and its alt text run together. */
    private static String withoutRepeat(String name) {
        int half = name.length() / 2;
        if (name.length() % 2 == 0 && name.substring(0, half).equals(name.substring(half))) {
            return name.substring(0, half);
        }
        if (name.length() % 2 == 1 && name.charAt(half) == ' ' && name.substring(0, half).equals(name.substring(half + 1))) {
            return name.substring(0, half);
        }
        return name;
    }

    /**
     * The page names the site again in a longer line than {@code own} (the line the name was read from, or
     * null): its footer, a prompt, a credit.
     */
    private static boolean namedElsewhere(String name, List<String> lines, String own) {
        for (String line : lines) {
            if (line.length() > name.length() + 2 && line.length() <= MAX_MENTION_CHARS && !line.equals(own)
                    && containsWord(line, name)) {
                return true;
            }
        }
        return false;
    }

    /** The name in the line, case aside, not inside a longer word. Allocates nothing: it reads whole pages. */
    private static boolean containsWord(String line, String name) {
        char first = Character.toLowerCase(name.charAt(0));
        for (int i = 0; i + name.length() <= line.length(); i++) {
            if (Character.toLowerCase(line.charAt(i)) == first && line.regionMatches(true, i, name, 0, name.length())
                    && (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1)))
                    && (i + name.length() == line.length() || !Character.isLetterOrDigit(line.charAt(i + name.length())))) {
                return true;
            }
        }
        return false;
    }

    /** "Inexhibit" and "Inexhibit", "Phys.org" and "Phys.org": case and punctuation aside. */
    private static boolean sameName(String a, String b) {
        return b != null && Text.comparisonKey(a).equals(Text.comparisonKey(b));
    }
}
