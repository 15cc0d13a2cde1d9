package dev.standpoint.core.assess;

import dev.standpoint.core.assess.Lexicon.Kind;
import dev.standpoint.core.assess.Lexicon.Match;
import dev.standpoint.core.model.Intensity;
import dev.standpoint.core.model.Polarity;
import java.util.List;
import java.util.Set;

/**
 * Polarity and intensity of an assessment from its weighed evaluations.
 *
 * <p>Polarity: the side with more weight wins; both sides on either side of a contrast ("not identical, but the
 * trust is there"), the weaker holding at least a quarter of the stronger's weight, make it mixed, and so does a
 * denied belief or existence after a contrast that follows the evaluations ("those concerns, but I don't think they
 * are the driving force"); a deontic ("should", "must not") decides when nothing else does, and counts as a side
 * after a contrast ("…, but it must be done"). Problems named as what is acted on ("address the crisis", "end the
 * bloodshed") are topics: they decide only when nothing else, not even a deontic, judges.
 *
 * <p>Intensity: high for a strong term, a strong intensifier ("very", "deeply", "so"), a superlative ("the
 * greatest", "the most powerful", "stronger than ever"), "never", or an emphatic booster ("I can assure you"); low
 * when the deciding evaluation was softened ("some concern", "not a big problem") and nothing is strong; medium
 * otherwise.
 */
final class Polarities {

    private static final double MIXED_RATIO = 0.25;
    /** How far after a contrast word a denial counters what came before. */
    private static final int DENIAL_WINDOW = 8;
    private static final Set<String> DENIALS = Set.of("no", "nothing", "none");
    private static final Set<String> STRONG_INTENSIFIERS = Set.of("very", "extremely", "deeply", "highly", "truly",
            "so", "strongly", "greatly", "absolutely", "utterly", "completely", "totally", "enormously", "incredibly",
            "tremendously", "immensely", "profoundly", "gravely", "severely", "fully", "firmly", "entirely");
    private static final Set<String> SUPERLATIVES = Set.of("best", "worst", "greatest", "gravest", "biggest",
            "strongest", "largest", "highest", "deepest", "toughest", "hardest", "clearest", "finest", "utmost",
            "paramount", "never", "ever");
    private static final Set<String> EMPHATIC = Set.of("i can assure you", "we can assure you", "make no mistake",
            "absolutely", "i have every expectation", "there is no doubt", "there's no doubt");

    private Polarities() {
    }

    static Polarity polarity(SentenceFeatures f, List<Evaluation> all, Match deontic) {
        List<Evaluation> judged = all.stream().filter(e -> !e.topic()).toList();
        if (judged.isEmpty() && deontic != null) {
            return deontic.value().equals("-") ? Polarity.NEGATIVE : Polarity.POSITIVE;
        }
        List<Evaluation> evaluations = judged.isEmpty() ? all : judged;
        double pos = 0;
        double neg = 0;
        for (Evaluation e : evaluations) {
            if (e.sign() > 0) {
                pos += e.mass();
            } else {
                neg += e.mass();
            }
        }
        int deonticSign = deontic == null ? 0 : deontic.value().equals("-") ? -1 : 1;
        if (pos == 0 && neg == 0) {
            return deonticSign < 0 ? Polarity.NEGATIVE : Polarity.POSITIVE;
        }
        if (deontic != null && afterContrast(f, deontic.from())) {
            pos += deonticSign > 0 ? 2 : 0;
            neg += deonticSign < 0 ? 2 : 0;
        }
        if (pos > 0 && neg > 0 && Math.min(pos, neg) / Math.max(pos, neg) >= MIXED_RATIO
                && contrasted(f, evaluations, deontic, deonticSign)) {
            return Polarity.MIXED;
        }
        if (deniedAfterContrast(f, evaluations)) {
            return Polarity.MIXED;
        }
        if (pos == neg) {
            Evaluation last = evaluations.get(evaluations.size() - 1);
            return last.sign() > 0 ? Polarity.POSITIVE : Polarity.NEGATIVE;
        }
        return pos > neg ? Polarity.POSITIVE : Polarity.NEGATIVE;
    }

    private static boolean afterContrast(SentenceFeatures f, int token) {
        for (int k = 0; k < token; k++) {
            if (f.isContrast(k) && k > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * "He still has those concerns, but I don't think they are the driving force"; "a difficult task, but there are
     * no alternatives to it": a clause after a contrast that denies something without evaluating anything itself
     * counters the evaluations before the contrast.
     */
    private static boolean deniedAfterContrast(SentenceFeatures f, List<Evaluation> evaluations) {
        int last = evaluations.get(evaluations.size() - 1).end();
        int contrast = -1;
        for (int k = Math.max(1, last); k < f.size() && contrast < 0; k++) {
            contrast = f.isContrast(k) && !f.lower(k).equals("while") ? k : -1;
        }
        if (contrast < 0) {
            return false;
        }
        for (int k = contrast + 1; k < Math.min(f.size(), contrast + DENIAL_WINDOW); k++) {
            String w = f.lower(k);
            if (w.equals(";") || w.equals(":") || f.inCondition(k) || inDiscourse(f, k)) {
                return false;
            }
            if (deniedBelief(f, k) || deniedExistence(f, k)) {
                return true;
            }
        }
        return false;
    }

    /** "I don't think", "we do not believe", "I don't see": a belief denied. */
    private static boolean deniedBelief(SentenceFeatures f, int k) {
        String w = f.lower(k);
        boolean negator = w.endsWith("n't") || w.equals("not") && k > 0 && Set.of("do", "does", "did")
                .contains(f.lower(k - 1));
        return negator && k + 1 < f.size() && Set.of("think", "believe", "see", "expect", "consider")
                .contains(f.lower(k + 1));
    }

    /** "there is no", "there are no", "there's no", "there is nothing": existence denied. */
    private static boolean deniedExistence(SentenceFeatures f, int k) {
        String w = f.lower(k);
        if (!DENIALS.contains(w) || k < 2) {
            return false;
        }
        String verb = f.lower(k - 1);
        boolean be = Set.of("is", "are", "was", "were", "'s").contains(verb);
        return be && f.lower(k - 2).equals("there") && !(k + 1 < f.size() && Set.of("doubt", "question")
                .contains(f.lower(k + 1)));
    }

    private static boolean inDiscourse(SentenceFeatures f, int k) {
        for (Match d : f.matches(Kind.DISCOURSE)) {
            if (d.from() <= k && k < d.to()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a favourable and an unfavourable evaluation stand on either side of a contrast word. */
    private static boolean contrasted(SentenceFeatures f, List<Evaluation> evaluations, Match deontic, int deonticSign) {
        for (Evaluation a : evaluations) {
            for (Evaluation b : evaluations) {
                if (a.sign() > 0 && b.sign() < 0 && f.contrastBetween(a.token(), b.token())) {
                    return true;
                }
            }
            if (deontic != null && a.sign() != deonticSign && f.contrastBetween(a.token(), deontic.from())) {
                return true;
            }
        }
        return false;
    }

    static Intensity intensity(SentenceFeatures f, List<Evaluation> evaluations, Polarity polarity) {
        Evaluation decisive = null;
        for (Evaluation e : evaluations) {
            if (onSide(e, polarity) && (decisive == null || e.mass() > decisive.mass())) {
                decisive = e;
            }
        }
        boolean strongTerm = evaluations.stream().anyMatch(e -> onSide(e, polarity) && e.strength() >= 3
                && e.weight() >= 0.5);
        if (strongTerm || strongWording(f)) {
            return Intensity.HIGH;
        }
        return decisive != null && decisive.weakened() ? Intensity.LOW : Intensity.MEDIUM;
    }

    private static boolean onSide(Evaluation e, Polarity p) {
        return p == Polarity.MIXED || p == Polarity.POSITIVE && e.sign() > 0 || p == Polarity.NEGATIVE && e.sign() < 0;
    }

    /** A strong intensifier, a superlative, "never" or an emphatic booster outside conditions. */
    private static boolean strongWording(SentenceFeatures f) {
        for (int k = 0; k < f.size(); k++) {
            if (f.inCondition(k)) {
                continue;
            }
            String w = f.lower(k);
            boolean initialSo = w.equals("so") && (k == 0 || !f.tokens.get(k - 1).isWord());
            if (STRONG_INTENSIFIERS.contains(w) && !initialSo && k + 1 < f.size() && f.tokens.get(k + 1).isWord()) {
                return true;
            }
            if (SUPERLATIVES.contains(w) || w.equals("most") && k + 1 < f.size() && k > 0
                    && f.lower(k - 1).equals("the")) {
                return true;
            }
        }
        for (Match m : f.matches(Kind.CERTAINTY)) {
            if (EMPHATIC.contains(String.join(" ", f.tokens.subList(m.from(), m.to()).stream()
                    .map(dev.standpoint.core.text.Token::lower).toList()))) {
                return true;
            }
        }
        return false;
    }
}
