package dev.standpoint.core.assess;

import dev.standpoint.core.assess.Lexicon.Kind;
import dev.standpoint.core.assess.Lexicon.Match;
import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Span;
import dev.standpoint.core.text.Token;
import dev.standpoint.core.text.Tokenizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A sentence's tokens, lexicon matches, clause boundaries and conditions, computed once per sentence. */
final class SentenceFeatures {

    private static final Set<String> BOUNDARY_WORDS = Set.of(
            "but", "however", "although", "though", "whereas", "while", "because", "since", "which", "who", "whom",
            "whose", "yet", "unless", "if", "so");
    private static final Set<String> CONTRAST_WORDS = Set.of("but", "however", "although", "though", "whereas",
            "yet", "while", "nevertheless", "nonetheless", "still", "if", "despite", "notwithstanding");
    /** The contrast words that open a concession ("although …, …", "despite its shortcomings, …"). */
    private static final Set<String> CONCESSIONS = Set.of("although", "though", "while", "whereas", "despite",
            "notwithstanding");
    private static final Set<String> SUBORDINATORS = Set.of("as", "because", "since", "which", "who", "whom", "whose",
            "where", "when", "whether", "although", "though", "while", "whereas");

    final String text;
    final Span span;
    final List<Token> tokens;
    final List<Condition> conditions;
    private final Map<Kind, List<Match>> matches = new EnumMap<>(Kind.class);

    SentenceFeatures(String documentText, Span span, Lexicon lexicon) {
        this.text = documentText;
        this.span = span;
        this.tokens = Tokenizer.tokenize(documentText, span).stream().filter(t -> !isQuote(t.text())).toList();
        this.conditions = ConditionFinder.find(documentText, span);
        for (Kind k : Kind.values()) {
            matches.put(k, lexicon.find(tokens, k));
        }
    }

    /** Quotation marks are skipped, so that phrases match across them ("not a ‘kumbaya’ moment"). */
    private static boolean isQuote(String t) {
        return t.length() == 1 && "\"'\u2018\u2019\u201C\u201D\u00AB\u00BB".indexOf(t.charAt(0)) >= 0;
    }

    List<Match> matches(Kind kind) {
        return matches.get(kind);
    }

    String lower(int i) {
        return tokens.get(i).lower();
    }

    Span span(int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    Span span(Match m) {
        return span(m.from(), m.to());
    }

    boolean inCondition(int tokenIndex) {
        int at = tokens.get(tokenIndex).start();
        for (Condition c : conditions) {
            if (c.span().start() <= at && at < c.span().end()) {
                return true;
            }
        }
        return false;
    }

    boolean isBoundary(int i) {
        String w = lower(i);
        if (!tokens.get(i).isWord()) {
            return !w.equals("'") && !w.equals("-") || w.equals("-") && i > 0 && tokens.get(i - 1).end() < tokens.get(i).start();
        }
        return BOUNDARY_WORDS.contains(w);
    }

    /**
     * A contrast word in its contrastive use: not the continuative "still" inside a clause ("are still paramount"),
     * not "while" of simultaneity before a gerund ("while defending our nations"), not "yet" of time ("not yet",
     * "has yet to"); "if" only as the concessive "even if" ("a welcome step, even if the road ahead is hard").
     */
    boolean isContrast(int i) {
        String w = lower(i);
        if (!CONTRAST_WORDS.contains(w)) {
            return false;
        }
        String next = i + 1 < size() ? lower(i + 1) : "";
        String prev = i > 0 ? lower(i - 1) : "";
        return switch (w) {
            case "still" -> i == 0 || !tokens.get(i - 1).isWord() || prev.equals("and") || prev.equals("but");
            case "while" -> !(next.endsWith("ing") && next.length() >= 5);
            case "yet" -> !(next.equals("to") || prev.equals("not") || prev.equals("as") || next.equals("again"));
            case "if" -> prev.equals("even");
            default -> true;
        };
    }

    /**
     * Whether a contrast word stands between token {@code a} and token {@code b} or opens the later one (the lexicon's
     * "but verify", in "trust but verify"), or the earlier of the two stands in
     * a concession ("although …", "while …", "even if …") and the later one after the comma that closes it ("while
     * phase one did not address our concerns, it is important that…", "Although the talks were hard, they produced
     * an excellent agreement").
     */
    boolean contrastBetween(int a, int b) {
        int lo = Math.min(a, b);
        int hi = Math.max(a, b);
        for (int i = lo + 1; i <= hi; i++) {
            if (isContrast(i)) {
                return true;
            }
        }
        int end = concessionEnd(lo);
        return end > lo && end < hi;
    }

    /** The comma that closes the concession token {@code i} stands in, or -1 when it stands in none. */
    private int concessionEnd(int i) {
        for (int k = i; k >= 0; k--) {
            String w = lower(k);
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                return -1;
            }
            if ((CONCESSIONS.contains(w) || w.equals("if")) && isContrast(k)) {
                for (int c = i + 1; c < size(); c++) {
                    if (lower(c).equals(",")) {
                        return c;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Whether token {@code i} stands in a subordinate clause ("as …", "because …", "which …") of the sentence. */
    boolean inSubordinate(int i) {
        for (int k = i - 1; k >= 0; k--) {
            String w = lower(k);
            if (SUBORDINATORS.contains(w)) {
                return k > 0;
            }
            if (w.equals(",") || w.equals(";") || w.equals("\u2014")) {
                return false;
            }
        }
        return false;
    }

    boolean isQuestion() {
        String t = span.of(text).stripTrailing().replaceAll("[\"'\u201D\u2019)]+$", "");
        return t.endsWith("?");
    }

    boolean isNegator(int i) {
        String w = lower(i);
        return w.endsWith("n't") || w.equals("cannot");
    }

    int size() {
        return tokens.size();
    }
}
