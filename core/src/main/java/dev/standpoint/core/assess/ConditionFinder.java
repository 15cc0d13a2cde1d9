package dev.standpoint.core.assess;

import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the conditions an assessment or forecast depends on: a trigger (<i>if, only if, unless, as long as, so long
 * as, provided that, barring, in case, even absent, to the extent that, insofar as, once</i>, an inverted
 * <i>should</i>, <i>without</i> + gerund, a restrictive <i>where</i>) and its clause up to the next clause
 * punctuation or the end of the sentence; and anaphoric conditions that point back ("in that context", "in that
 * case", "if so"). Reasons ("given…", "because…") and concessions ("even as…", "although…", "even if…": the
 * judgement holds either way) are not conditions.
 */
public final class ConditionFinder {

    private static final Pattern ANAPHORIC = Pattern.compile(
            "(?i)\\b(in that context|in that case|in such a case|under (?:those|these|such) circumstances|"
                    + "in (?:those|these) circumstances|if so|if not)\\b");
    private static final Pattern TRIGGER = Pattern.compile(
            "(?i)\\b(if and only if|only if|if|as long as|so long as|provided that|providing that|unless|"
                    + "barring|in case|in the event(?: that| of)?|even absent|absent|to the extent(?: that)?|"
                    + "insofar as|in so far as|assuming(?: that)?|on (?:the )?condition that|only through|"
                    + "only in accordance with|only when|once|should|without|where|when|as|provided|providing)\\b");
    private static final Pattern HARD_END = Pattern.compile("[;:()\u2014]|\\s[-\u2013]\\s|[.?!][\"'\u201D\u2019]*\\s*$");
    private static final Pattern EMBEDDED_QUESTION_BEFORE = Pattern.compile(
            "(?i)\\b(?:know|see|wonder|wondering|ask|asked|asking|check|sure|unclear|clear|determine|decide|tell|"
                    + "whether|doubt|question|figure out|find out|look at|matter|matters|care)"
                    + "(?:\\s+(?:me|us|them|him|her|you|ourselves|themselves))?\\s*(?:,\\s*)?$");
    private static final Pattern IF_IDIOM_AFTER = Pattern.compile(
            "(?i)^\\s*(?:any|anything|ever|necessary|needed|possible|you will|i may|you like|only because|at all|"
                    + "you want to put it)\\b");
    private static final Pattern ONCE_IDIOM_AFTER = Pattern.compile(
            "(?i)^\\s*(?:again|more|and for all|in a while|a |an |upon|before|or twice|\\d)");
    private static final Pattern SUBJECT_START = Pattern.compile(
            "^\\s*(?:the|a|an|this|that|these|those|we|they|it|he|she|i|you|our|their|its|his|her|there|such|"
                    + "any|all|both|each|every|no|more|most|some|\\p{Lu})", Pattern.CASE_INSENSITIVE);
    /** "areas where …", "cases where …": a relative clause about places or cases, not a condition. */
    private static final Pattern PLACE_NOUN_BEFORE = Pattern.compile(
            "(?i)\\b(?:areas?|places?|cases?|fields?|regions?|parts?|issues?|situations?|countries|domains?|sectors?|"
                    + "instances?|spheres?|topics?)\\s*$");
    /** "back to where it was", "that is where we are": "where" heading a place or state, not a condition. */
    private static final Pattern FREE_RELATIVE_BEFORE = Pattern.compile(
            "(?i)\\b(?:to|from|back|is|was|are|that's|exactly|know|see|matter|wherever)\\s*$");
    /** "when actions warrant", "when necessary", "when you run a country that …": a conditional "when". */
    private static final Pattern WHEN_CONDITIONAL = Pattern.compile(
            "(?i)^\\s*(?:(?:\\w+\\s+){0,3}(?:warrants?|requires?|necessary|appropriate|needed|required|called for|"
                    + "justified)\\b|you\\s)");
    /** "as we have them", "as we see fit": "as" meaning "when" or "to the extent that". */
    private static final Pattern AS_CONDITIONAL = Pattern.compile(
            "(?i)^\\s*(?:we|they|you|i|it)\\s+(?:have|see|find|need|deem|judge)\\s+(?:them|it|fit|necessary|appropriate)\\b");
    private static final Pattern NEXT_TRIGGER = Pattern.compile(
            "(?i)^\\s*(?:if|unless|as long as|so long as|provided|barring|in case|even absent|absent|once|only if|"
                    + "even if|then)\\b");
    private static final Pattern MAIN_CLAUSE_START = Pattern.compile(
            "(?i)^\\s*[\"'\u201C\u2018]?\\s*(?:i|we|you|he|she|it|they|that|this|there|these|those|then|our|their|"
                    + "my|its|his|her|i'm|we're|it's|that's|there's|they're|you're)\\b");
    private static final Pattern TRAILING_STOP = Pattern.compile(
            "(?i)^\\s*(?:which|who|but|and|so|because|while|although|though|as|with|including|whereas|yet|"
                    + "i|we|you|he|she|it|they)\\b");
    private static final Pattern WHERE_RESTRICTIVE = Pattern.compile(
            "(?i)^\\s*(?:it is|it's|it was|possible|appropriate|necessary|needed|warranted|feasible|required|"
                    + "we can|they can|we have them|as we have them|there is|there are|our interests|interests)\\b");

    private ConditionFinder() {
    }

    /** The conditions in {@code text.substring(sentence)}, with spans into {@code text}. */
    public static List<Condition> find(String text, Span sentence) {
        String s = sentence.of(text);
        List<Condition> out = new ArrayList<>();
        Matcher a = ANAPHORIC.matcher(s);
        while (a.find()) {
            out.add(new Condition(new Span(a.start(), a.end()).shift(sentence.start()), a.group(1).toLowerCase(Locale.ROOT)));
        }
        Matcher m = TRIGGER.matcher(s);
        while (m.find()) {
            String trigger = m.group(1).toLowerCase(Locale.ROOT);
            if (overlapsAny(out, m.start() + sentence.start()) || !accepted(trigger, s, m)) {
                continue;
            }
            int end = clauseEnd(s, m.end(), clauseStart(s.substring(0, m.start())) && isFronted(s, m.start()));
            if (end - m.end() < 2) {
                continue;
            }
            out.add(new Condition(new Span(m.start(), end).shift(sentence.start()), trigger));
        }
        out.sort((x, y) -> x.span().compareTo(y.span()));
        return out;
    }

    private static boolean accepted(String trigger, String s, Matcher m) {
        String before = s.substring(0, m.start());
        String after = s.substring(m.end());
        return switch (trigger) {
            case "if" -> !before.matches("(?is).*\\b(?:as|even|what)\\s*$")
                    && !EMBEDDED_QUESTION_BEFORE.matcher(before).find() && !IF_IDIOM_AFTER.matcher(after).find();
            case "once" -> !ONCE_IDIOM_AFTER.matcher(after).find() && SUBJECT_START.matcher(after).find()
                    && !before.matches("(?is).*\\b(?:at|than|all)\\s*$");
            case "should" -> after.matches("(?s)\\s+(?:they|their|it|its|he|his|she|her|we|our|you|your|there|the|"
                    + "this|these|those|any|such)\\b.*") || clauseStart(before) && after.matches("(?s)\\s+[A-Z]\\w+\\b.*");
            case "without" -> after.matches("(?s)\\s+(?:really\\s+|even\\s+|first\\s+|ever\\s+)?\\w+ing\\b.*")
                    && before.matches("(?is).*\\b(?:cannot|can't|can not|won't|will not|not|never|no)\\b.*");
            case "where" -> WHERE_RESTRICTIVE.matcher(after).find() && !PLACE_NOUN_BEFORE.matcher(before).find()
                    && !FREE_RELATIVE_BEFORE.matcher(before).find();
            case "when" -> WHEN_CONDITIONAL.matcher(after).find();
            case "as" -> AS_CONDITIONAL.matcher(after).find();
            case "provided", "providing" -> clauseStart(before) && SUBJECT_START.matcher(after).find();
            case "absent", "assuming" -> clauseStart(before);
            case "only through", "only in accordance with", "only when" -> true;
            default -> true;
        };
    }

    /** Whether a trigger stands at the start of a clause: sentence start, or after a comma, dash or conjunction. */
    private static boolean clauseStart(String before) {
        String b = before.stripTrailing();
        return b.isEmpty() || b.endsWith(",") || b.endsWith("\u2014") || b.endsWith(";") || b.endsWith("(")
                || b.matches("(?is).*\\b(?:and|but|or|that|so)$");
    }

    /**
     * Where a condition's clause ends. A fronted condition ("If X, Y") ends at the comma before the main clause: the
     * first comma followed by another condition, by "then", or by a subject that starts a clause, else the first
     * comma (an imperative: "If you want peace, love your nation"). A trailing
     * condition ("Y as long as X") runs to the end of the sentence unless a semicolon, colon, dash or a comma before
     * a new clause ("…, which …", "…, and we …") stops it. List commas and parentheticals ("only through full
     * implementation, in good faith, of the agreements") stay inside.
     */
    private static int clauseEnd(String s, int from, boolean fronted) {
        int end = s.length();
        Matcher hard = HARD_END.matcher(s);
        if (hard.find(from)) {
            end = hard.start();
        }
        int firstComma = -1;
        boolean found = false;
        for (int i = from; i < end; i++) {
            if (s.charAt(i) != ',') {
                continue;
            }
            firstComma = firstComma < 0 ? i : firstComma;
            String rest = s.substring(i + 1, end);
            if (NEXT_TRIGGER.matcher(rest).find()
                    || (fronted ? MAIN_CLAUSE_START.matcher(rest).find() : TRAILING_STOP.matcher(rest).find())) {
                end = i;
                found = true;
                break;
            }
        }
        if (fronted && !found && firstComma >= 0) {
            end = firstComma;
        }
        while (end > from && (Character.isWhitespace(s.charAt(end - 1)) || s.charAt(end - 1) == ',')) {
            end--;
        }
        return end;
    }

    /** Whether a trigger at {@code start} opens the sentence (after at most an introductory word or phrase). */
    private static boolean isFronted(String s, int start) {
        String before = s.substring(0, start).strip();
        return before.isEmpty() || before.matches("(?is)(?:\\p{L}+\\s*){0,4},?\\s*(?:and|but|so|or)?|.*,\\s*(?:and|but|so|or)?");
    }

    private static boolean overlapsAny(List<Condition> found, int position) {
        for (Condition c : found) {
            if (c.span().start() <= position && position < c.span().end()) {
                return true;
            }
        }
        return false;
    }
}
