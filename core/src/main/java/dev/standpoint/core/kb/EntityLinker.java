package dev.standpoint.core.kb;

import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.MentionKind;
import dev.standpoint.core.model.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links names in text to knowledge-base entities and finds the dyads a sentence speaks of.
 *
 * <p>Matching is longest-first at each word start, case-sensitive for forms with a capital letter. A possessive
 * ("Abe's") or a hyphen ("U.S.-Japan") ends a name. A person named by surname alone is linked only when that is
 * safe: the surname belongs to one person in office in the document's year, or the document named the person in
 * full before, and surnames that are also common words need a title or the full name first. Dyads come from
 * hyphenated or slashed pairs ("Japan-Russia relationship", "U.S.-Japanese consultation", "North-South Korea
 * relations"), "between A and B", "A and B relations", and "relations/engagement/talks … with B" after a mention
 * of A in the same sentence. Dyads are recorded between states where the names stand for one (a leader, a capital).
 * Thread-safe.
 */
public final class EntityLinker {

    /**
     * Surnames that are also ordinary words, places or very common names. Includes every surname people.tsv calls
     * risky in its header, so the two lists agree.
     */
    private static final Set<String> RISKY_SURNAMES = Set.of(
            "may", "brown", "rice", "major", "lee", "kim", "park", "moon", "li", "wang", "singh", "young", "fox",
            "martin", "howard", "harper", "king", "hunt", "gray", "green", "white", "black", "rich", "love", "wolf",
            "long", "lula", "abbott", "lang", "hill", "ford", "carter", "hart", "bush", "church", "rudd", "north",
            "sun", "ma", "hu", "wen", "xi", "aso", "kan", "noda", "mori",
            "cook", "straw", "hague", "cooper", "johnson", "graham", "cannon", "champagne", "bishop", "payne", "wong",
            "smith", "carr", "austin", "miller", "waltz", "harris", "sullivan", "kirby", "michel", "costa", "philippe",
            "borne", "gabriel", "fischer", "amato", "conte", "krishna", "swaraj", "yoon", "roh", "han", "cho", "choi",
            "kang", "chung", "song", "yu", "ban", "yang", "tang", "zhu", "qin", "jiang", "kono", "ivanov", "serra",
            "nunes", "vieira", "fran\u00E7a", "fern\u00E1ndez", "sol\u00E1", "abbas", "cem", "g\u00FCl", "sugiono");
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:President|Premier|Chancellor|Minister|Secretary|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?|Ambassador|Senator|"
                    + "Leader|Chairman|King|Prince|Emperor|Governor|General|Admiral|Vice President|Prime Minister|"
                    + "Foreign Minister|Spokesperson|Spokesman)[\\s\\u00A0]+$");
    private static final Pattern RELATION = Pattern.compile(
            "(?i)\\b(?:relations?|relationship|ties|cooperation|co-operation|engagement|engage|engaging|dialogue|"
                    + "talks|negotiations?|negotiate|deal|agreements?|treaty|alliance|partnership|rapprochement|"
                    + "summit|war|conflict|dispute|tensions?|rivalry|competition|trade|consultations?|involvement|"
                    + "diplomacy|normali[sz]ation|reconciliation|friendship|cooperate|cooperating|rapport|contacts?|"
                    + "exchanges?|meeting)\\b");
    private static final Pattern HYPHEN_PAIR = Pattern.compile(
            "\\b(\\p{Lu}[\\p{L}]+)[-\u2013](\\p{Lu}[\\p{L}]+)[ \\u00A0]+(\\p{Lu}[\\p{L}]+)\\b");

    private final KnowledgeBase kb;
    private final AliasIndex index;

    public EntityLinker(KnowledgeBase kb) {
        this.kb = kb;
        this.index = new AliasIndex(kb);
    }

    public KnowledgeBase knowledgeBase() {
        return kb;
    }

    /** Links the names in {@code text.substring(span)}; mentions and their spans point into {@code text}. */
    public Links link(String text, Span span, LinkContext context) {
        List<Mention> mentions = new ArrayList<>(sharedHeadPairs(text, span));
        int i = span.start();
        while (i < span.end()) {
            if (!isWordStart(text, i) || covered(mentions, i)) {
                i++;
                continue;
            }
            Mention m = matchAt(text, i, span, context);
            if (m == null) {
                i++;
            } else {
                mentions.add(m);
                i = m.span().end();
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        return new Links(mentions, dyads(text, span, mentions));
    }

    /** The state an entity stands for in a dyad: a leader's or a capital's state; organisations stand for themselves. */
    public String actor(String entityId) {
        return kb.get(entityId).map(e -> e.type() == EntityType.PERSON && e.country() != null
                && kb.get(e.country()).map(c -> c.type() == EntityType.STATE).orElse(false)
                ? e.country() : e.id()).orElse(entityId);
    }

    private Mention matchAt(String text, int at, Span span, LinkContext context) {
        int limit = span.end();
        for (AliasIndex.Entry c : index.candidates(text, at)) {
            int end = at + c.text().length();
            boolean ignoreCase = !c.caseSensitive() || c.text().length() >= 4 && end <= limit && isShouted(text, at, end);
            if (end > limit || !text.regionMatches(ignoreCase, at, c.text(), 0, c.text().length())) {
                continue;
            }
            if (!isWordEnd(text, end, c.text())) {
                continue;
            }
            if (c.kind() == MentionKind.SURNAME) {
                Entity who = resolveSurname(c, text, at, span.start(), context);
                if (who != null) {
                    return new Mention(new Span(at, end), who.id(), MentionKind.SURNAME);
                }
                continue;
            }
            if (c.entity().type() == EntityType.PERSON) {
                context.namedInFull(c.entity().id());
            }
            return new Mention(new Span(at, end), c.entity().id(), c.kind());
        }
        return null;
    }

    private Entity resolveSurname(AliasIndex.Entry c, String text, int at, int from, LinkContext context) {
        if (precededByOtherFirstName(text, at, from) || followedByName(text, at + c.text().length())) {
            return null;
        }
        List<Entity> people = index.peopleWithSurname(c.text());
        boolean titled = TITLE_BEFORE.matcher(text.substring(Math.max(0, at - 40), at)).find();
        for (Entity p : people) {
            if (context.wasNamedInFull(p.id())) {
                return p;
            }
        }
        if (RISKY_SURNAMES.contains(c.text().toLowerCase(Locale.ROOT)) && !titled) {
            return null;
        }
        if (people.size() == 1) {
            return people.get(0);
        }
        Integer year = context.year();
        if (year != null) {
            List<Entity> inOffice = people.stream()
                    .filter(p -> p.offices().stream().anyMatch(o -> o.heldIn(year))).toList();
            if (inOffice.size() == 1) {
                return inOffice.get(0);
            }
        }
        return null;
    }

    /**
     * "Akie Abe": a capitalised word right before the surname (across a space, a no-break space or a wrapped line)
     * that is not a title makes it someone else, unless the word starts the sentence ("Yesterday Abe said").
     */
    private static boolean precededByOtherFirstName(String text, int at, int from) {
        int j = at - 1;
        if (j <= from || !isSpace(text.charAt(j))) {
            return false;
        }
        int end = j;
        while (j > from && Character.isLetter(text.charAt(j - 1))) {
            j--;
        }
        if (j == end) {
            return false;
        }
        String word = text.substring(j, end);
        boolean sentenceStartWord = j == from || startsSentence(text, j);
        return Character.isUpperCase(word.charAt(0)) && !sentenceStartWord
                && !TITLE_BEFORE.matcher(word + " ").find() && !isFunctionWord(word);
    }

    /** Whether {@code j} starts a sentence: at the text start, a paragraph break, or after ". ", "? ", "! ". */
    private static boolean startsSentence(String text, int j) {
        int k = j;
        while (k > 0 && isSpace(text.charAt(k - 1))) {
            k--;
        }
        while (k > 0 && "\"'\u201D\u2019)]".indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        return k == 0 || k < j && (".!?".indexOf(text.charAt(k - 1)) >= 0 || text.substring(k, j).contains("\n\n"));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isFunctionWord(String w) {
        return Set.of("The", "And", "But", "If", "When", "As", "So", "Then", "Because", "While", "With", "For", "By",
                "Under", "Did", "Does", "Do", "Has", "Had", "Was", "Is", "Will", "Would", "Can", "Could", "Should",
                "After", "Before", "Since", "Yet", "Or", "Nor", "That", "What", "How", "Why", "Where", "Yes", "No",
                "Ask", "Tell", "Thank", "Thanks").contains(w);
    }

    /** Text in capitals ("JAPAN", "NEW ZEALAND"): names in headlines and UN records are written so. */
    private static boolean isShouted(String text, int from, int to) {
        boolean letters = false;
        for (int i = from; i < to; i++) {
            char ch = text.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            letters |= Character.isLetter(ch);
        }
        return letters;
    }

    /** "Clinton Whitelaw": a capitalised word right after a surname makes the surname someone's first name. */
    private static boolean followedByName(String text, int end) {
        if (end + 1 >= text.length() || text.charAt(end) != ' ' || !Character.isUpperCase(text.charAt(end + 1))) {
            return false;
        }
        int j = end + 1;
        while (j < text.length() && Character.isLetter(text.charAt(j))) {
            j++;
        }
        String word = text.substring(end + 1, j);
        return word.length() > 1 && !word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !isFunctionWord(word)
                && !Set.of("Administration", "Government", "Doctrine", "Cabinet", "Era", "Years", "Team", "White",
                "House", "Said", "Says").contains(word);
    }

    /** "North-South Korea": two names that share their last word. */
    private List<Mention> sharedHeadPairs(String text, Span span) {
        List<Mention> out = new ArrayList<>();
        Matcher m = HYPHEN_PAIR.matcher(text).region(span.start(), span.end());
        while (m.find()) {
            Entity a = exact(m.group(1) + " " + m.group(3));
            Entity b = exact(m.group(2) + " " + m.group(3));
            if (a != null && b != null && a != b) {
                out.add(new Mention(new Span(m.start(1), m.end(1)), a.id(), MentionKind.NAME));
                out.add(new Mention(new Span(m.start(2), m.end(3)), b.id(), MentionKind.NAME));
            }
        }
        return out;
    }

    private Entity exact(String name) {
        for (AliasIndex.Entry c : index.candidates(name, 0)) {
            if (c.text().equals(name) && c.kind() != MentionKind.SURNAME) {
                return c.entity();
            }
        }
        return null;
    }

    private List<Dyad> dyads(String text, Span span, List<Mention> mentions) {
        Set<Dyad> dyads = new LinkedHashSet<>();
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention a = mentions.get(k);
            Mention b = mentions.get(k + 1);
            String between = text.substring(a.span().end(), Math.max(a.span().end(), b.span().start()));
            if (between.matches("[-\u2013/]") || between.matches("[-\u2013] ?") && a.span().end() == b.span().start() - 1
                    || isSharedHeadPair(text, a, b)) {
                add(dyads, a, b);
            } else if (between.matches("(?i)\\s*(?:and|&)\\s*(?:the\\s+)?") && (precededByBetween(text, a)
                    || followedByRelation(text, b))) {
                add(dyads, a, b);
            }
        }
        relationWith(text, span, mentions, dyads);
        return new ArrayList<>(dyads);
    }

    private static boolean isSharedHeadPair(String text, Mention a, Mention b) {
        return a.span().end() + 1 == b.span().start() && (text.charAt(a.span().end()) == '-'
                || text.charAt(a.span().end()) == '\u2013');
    }

    private static boolean precededByBetween(String text, Mention a) {
        String before = text.substring(Math.max(0, a.span().start() - 14), a.span().start());
        return before.matches("(?is).*\\bbetween\\s+(?:the\\s+)?$");
    }

    private static boolean followedByRelation(String text, Mention b) {
        String after = text.substring(b.span().end(), Math.min(text.length(), b.span().end() + 30));
        Matcher m = RELATION.matcher(after);
        return m.find() && after.substring(0, m.start()).matches("(?s)(?:['\u2019]s)?\\s*(?:\\w+\\s+)?");
    }

    /** "relations with Russia", "engage … more closely with Russia" after a mention of another actor. */
    private void relationWith(String text, Span span, List<Mention> mentions, Set<Dyad> dyads) {
        Matcher m = RELATION.matcher(text).region(span.start(), span.end());
        while (m.find()) {
            Mention b = mentionAfterWith(text, m.end(), mentions);
            if (b == null) {
                continue;
            }
            Mention a = nearestBefore(mentions, m.start(), actor(b.entityId()));
            if (a != null) {
                add(dyads, a, b);
            }
        }
    }

    private static Mention mentionAfterWith(String text, int from, List<Mention> mentions) {
        for (Mention mention : mentions) {
            if (mention.span().start() < from) {
                continue;
            }
            String gap = text.substring(from, mention.span().start());
            if (gap.matches("(?is)(?:\\s+[\\p{L}-]+){0,5}?\\s+with\\s+(?:the\\s+)?")
                    || gap.matches("(?is)\\s+with\\s+(?:the\\s+)?")) {
                return mention;
            }
            return null;
        }
        return null;
    }

    private Mention nearestBefore(List<Mention> mentions, int before, String otherActor) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().end() <= before && !actor(m.entityId()).equals(otherActor) && isActor(m)) {
                best = m;
            }
        }
        return best;
    }

    private boolean isActor(Mention m) {
        return kb.get(m.entityId()).map(e -> e.type() != EntityType.PLACE).orElse(false);
    }

    private void add(Set<Dyad> dyads, Mention a, Mention b) {
        String x = actor(a.entityId());
        String y = actor(b.entityId());
        if (!x.equals(y)) {
            dyads.add(Dyad.of(x, y));
        }
    }

    private static boolean covered(List<Mention> mentions, int i) {
        for (Mention m : mentions) {
            if (m.span().start() <= i && i < m.span().end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordStart(String text, int i) {
        return Character.isLetterOrDigit(text.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))
                && text.charAt(i - 1) != '.' || i >= 2 && text.charAt(i - 1) == '.' && text.charAt(i - 2) == '-');
    }

    private static boolean isWordEnd(String text, int end, String alias) {
        if (end >= text.length()) {
            return true;
        }
        char next = text.charAt(end);
        if (Character.isLetterOrDigit(next)) {
            return false;
        }
        return !(alias.endsWith(".") ? false : next == '.' && end + 1 < text.length()
                && Character.isLetter(text.charAt(end + 1)));
    }
}
