package io.newsflow.processor.extract;

import io.newsflow.events.Entity;
import io.newsflow.processor.extract.MentionTyper.Mention;
import io.newsflow.processor.extract.NameChunker.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the people, organisations and places an article mentions, with rules and word lists rather than a model
 * (no NER model with a usable licence is on Maven Central): capitalised runs are cut out, typed from lists (with
 * GeoNames towns and census names), name endings, titles and the words around them, then merged per article so
 * short forms count towards the full name and a name keeps one type.
 */
final class EntityExtractor {

    private static final int LONGEST_NAME = 5;
    /** The bits the openings of an article's known names are kept in: a few dozen names, few sharing a bit. */
    private static final int KNOWN_OPENINGS = 1 << 10;

    private final Gazetteer gazetteer = Gazetteer.get();
    private final NameChunker chunker = new NameChunker(gazetteer);
    private final MentionTyper typer = new MentionTyper(gazetteer);
    private final MentionMerger merger = new MentionMerger(gazetteer);

    /** @param title may be null; entities named only in the title have firstOffset -1 */
    List<Entity> find(String title, String body) {
        return find(title, body == null ? null : Tokens.of(body));
    }

    /** @param bodyTokens the body's {@link Tokens}, made once and shared with the quote step; may be null */
    List<Entity> find(String title, Tokens bodyTokens) {
        return find(title, bodyTokens, List.of());
    }

    /**
     * @param creditLines lines outside the body that name people or organisations behind the story ("Photo: Getty
     *                    Images"): their names count, at offset -1 like the title's, as they are not in the body
     */
    List<Entity> find(String title, Tokens bodyTokens, List<String> creditLines) {
        List<Mention> mentions = new ArrayList<>();
        if (bodyTokens != null) {
            collect(bodyTokens, mentions);
        }
        if (title != null && !title.isBlank()) {
            Tokens tokens = Tokens.of(title);
            if (isHeadline(tokens)) {
                matchHeadline(tokens, mentions);
            } else {
                List<Mention> inTitle = new ArrayList<>();
                collect(tokens, inTitle);
                inTitle.forEach(m -> mentions.add(new Mention(m.name(), m.type(), -1, m.weak())));
            }
        }
        for (String line : creditLines) {
            List<Mention> inCredit = new ArrayList<>();
            collect(Tokens.of(line), inCredit);
            inCredit.forEach(m -> mentions.add(new Mention(m.name(), m.type(), m.hint(), -1, m.weak())));
        }
        return merger.merge(mentions);
    }

    /** Two loops, two methods: the JIT compiles each on its own, not this whole once per loop and again. */
    private void collect(Tokens tokens, List<Mention> out) {
        collectNames(tokens, out);
        collectCompounds(tokens, out);
    }

    private void collectNames(Tokens tokens, List<Mention> out) {
        int listFrom = -1; // the first of the mentions listed with the current span, or -1
        Span previous = null;
        for (Span span : chunker.spans(tokens)) {
            int first = out.size();
            typer.type(tokens, span, out);
            if (previous == null || !listedTogether(tokens, previous, span)) {
                hintFromList(out, listFrom, first);
                listFrom = first;
            }
            previous = span;
        }
        hintFromList(out, listFrom, out.size());
    }

    private void collectCompounds(Tokens tokens, List<Mention> out) {
        for (int c = 0; c < tokens.nameLikeCount(); c++) {
            int k = tokens.nameLike(c);
            if (tokens.isCapitalised(k) && tokens.isHyphenated(k)
                    && NameChunker.compoundPrefix(tokens.get(k).text()) != null) {
                compound(tokens, k, out);
            }
        }
    }

    /**
     * The name inside an adjective: "Seattle-based", "Kremlin-backed", and with the name words before it, "the
     * Democratic Party-controlled House"; the longest listed one.
     */
    private void compound(Tokens tokens, int at, List<Mention> out) {
        String prefix = NameChunker.compoundPrefix(tokens.get(at).text());
        int from = at;
        while (from > 0 && at - from < 2 && NameChunker.isNameWord(tokens, from - 1)
                && !tokens.get(from).sentenceStart()) {
            from--;
        }
        for (; from <= at; from++) {
            String name = from == at ? prefix : MentionTyper.text(tokens, from, at) + " " + prefix;
            String type = gazetteer.isCity(name) ? Entity.LOCATION : typeOf(name, Map.of());
            if (type != null) {
                out.add(new Mention(name, type, tokens.get(from).start(), false));
                return;
            }
        }
    }

    /**
     * "Wachovia, Halliburton and Sears", "Paris or Berlin": names only a comma, "and" or "or" apart; in "Bezos's Blue
     * Origin and Elon Musk's SpaceX" what is listed is owned.
     */
    private static boolean listedTogether(Tokens tokens, Span before, Span after) {
        if (after.to() < tokens.size() && tokens.isPossessive(after.to())) {
            return false;
        }
        // compared in the text: the word after most names is never made a token
        int gap = after.from() - before.to();
        boolean comma = tokens.is(before.to(), ",");
        return gap == 1 && (comma || tokens.is(before.to(), "and") || tokens.is(before.to(), "or"))
                || gap == 2 && comma && (tokens.is(before.to() + 1, "and") || tokens.is(before.to() + 1, "or"));
    }

    /**
     * Things listed together are things of one kind: where the types (or else the hints) of a list's names agree on
     * a body, its names without either are hinted a body ("Wachovia" beside "Halliburton and Sears", "Codelco and
     * SQM"). People and places are left alone: measured, their lists mix too much ("Justin Timberlake and Linkin
     * Park", "in Management, Sales and Consulting").
     */
    private void hintFromList(List<Mention> out, int from, int to) {
        if (from < 0 || to - from < 2) {
            return;
        }
        String type = null;
        for (int k = from; k < to; k++) {
            String own = out.get(k).type() != null ? out.get(k).type() : out.get(k).hint();
            if (own != null && type != null && !own.equals(type)) {
                return;
            }
            type = own == null ? type : own;
        }
        for (int k = from; Entity.ORGANIZATION.equals(type) && k < to; k++) {
            Mention m = out.get(k);
            if (m.type() == null && m.hint() == null && !m.weak() && !gazetteer.isCommonWord(m.name())) {
                out.set(k, new Mention(m.name(), null, type, m.start(), false));
            }
        }
    }

    /**
     * In "Rouhani, Imran Khan Discuss Border Security" every word is capitalised, so capitals prove nothing: only
     * names the body or the lists know are taken, longest first; other words may still be short forms.
     */
    private void matchHeadline(Tokens tokens, List<Mention> mentions) {
        // sized for every mention: an article names a few dozen things, which filling a default map grows for twice
        Map<String, String> known = new HashMap<>(2 * mentions.size());
        // the openings of the known names of more than one word, as bits: no opening made to be kept
        Gazetteer.Openings knownOpenings = new Gazetteer.Openings(KNOWN_OPENINGS);
        for (Mention mention : mentions) {
            if (mention.type() != null && known.putIfAbsent(mention.name(), mention.type()) == null) {
                knownOpenings.addOpeningOf(mention.name());
            }
        }
        List<Mention> found = new ArrayList<>();
        for (Span span : chunker.spans(tokens)) {
            matchSpan(tokens, span, known, knownOpenings, found);
        }
        mentions.addAll(found);
    }

    /**
     * The span's known names, longest first from each word on; a word no name starts with is a name of its own.
     * A phrase of several words opens as its first word does (a space, a comma or a possessive follows that word), so
     * a word that opens no known or listed name of several words needs only itself looked up.
     */
    private void matchSpan(Tokens tokens, Span span, Map<String, String> known, Gazetteer.Openings knownOpenings,
            List<Mention> found) {
        int i = span.from();
        while (i < span.to()) {
            int length = Math.min(LONGEST_NAME, span.to() - i);
            if (length > 1) {
                String opening = Gazetteer.opening(tokens.get(i).text());
                if (!knownOpenings.mayOpen(opening) && !gazetteer.mayOpenLongerName(opening)) {
                    length = 1;
                }
            }
            String type = null;
            for (; length > 0 && type == null; length--) {
                type = typeOf(MentionTyper.text(tokens, i, i + length), known);
            }
            length++;
            found.add(new Mention(MentionTyper.text(tokens, i, i + length), type, -1, type == null));
            i += length;
        }
    }

    private String typeOf(String phrase, Map<String, String> known) {
        String type = known.get(phrase);
        if (type != null) {
            return type;
        }
        if (phrase.indexOf('’') >= 0) {
            return gazetteer.isLocation(phrase) ? Entity.LOCATION
                    : gazetteer.isOrganisation(phrase) ? Entity.ORGANIZATION : null;
        }
        int facts = gazetteer.facts(phrase); // both lists in one look-up
        return (facts & (Gazetteer.LOCATION | Gazetteer.REGION)) != 0 ? Entity.LOCATION
                : (facts & Gazetteer.ORGANISATION) != 0 ? Entity.ORGANIZATION : null;
    }

    /** Read from the token arrays: the title's small words and marks are never made tokens. */
    private static boolean isHeadline(Tokens tokens) {
        int long_ = 0;
        int capitalised = 0;
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.isWord(k) && tokens.length(k) > 3) {
                long_++;
                capitalised += tokens.isCapitalised(k) ? 1 : 0;
            }
        }
        return long_ >= 2 && capitalised * 4 >= long_ * 3;
    }
}
