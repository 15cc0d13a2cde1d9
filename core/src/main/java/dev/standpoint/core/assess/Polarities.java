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
 * trust is there"), the weaker holding at least a quarter of the stronger's weight, make it mixed; a deontic
 * ("should", "must not") decides when nothing else does, and counts as a side after a contrast ("…, but it must be
 * done").
 *
 * <p>Intensity: high for a strong term, a strong intensifier ("very", "deeply", "so"), a superlative ("the
 * greatest", "the most powerful", "stronger than ever"), "never", or an emphatic booster ("I can assure you"); low
 * when the deciding evaluation was softened ("some concern", "not a big problem") and nothing is strong; medium
 * otherwise.
 */
final class Polarities {

    private static final double MIXED_RATIO = 0.25;
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

    static Polarity polarity(SentenceFeatures f, List<Evaluation> evaluations, Match deontic) {
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
