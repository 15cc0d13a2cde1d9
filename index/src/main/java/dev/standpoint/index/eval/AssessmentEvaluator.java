package dev.standpoint.index.eval;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.Holder;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.core.read.ReadException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores the analyser against a gold file as {@code ANNOTATION.md} defines: each gold document is read from the
 * gold root and analysed; gold sentences are aligned to the system's sentences by normalised text (a sentence the
 * system split or merged is missed); then assessment, polarity, intensity, certainty, holder, forecast and
 * condition scores, each beside the majority baseline.
 */
public final class AssessmentEvaluator {

    /** What the system (or the baseline) said of one gold sentence. */
    public record Predicted(boolean aligned, boolean assessment, Holder holder, String polarity, String intensity,
                            String certainty, boolean forecast, List<String> conditions, List<String> cues) {
    }

    /** A gold sentence beside the system's reading of it. */
    public record Item(GoldSentence gold, Predicted predicted) {
    }

    /** Scores for the system and the baseline, and every item. */
    public record Result(int documents, int sentences, AssessmentScores system, AssessmentScores baseline,
                         List<Item> items, List<String> problems) {
    }

    private static final Predicted BASELINE = new Predicted(true, true, new Holder("author", HolderKind.AUTHOR, null),
            "positive", "medium", "certain", false, List.of(), List.of());
    private static final List<String> POLARITIES = List.of("positive", "negative", "mixed", "neutral");

    private final DocumentParser parser;
    private final Analyser analyser;
    private final HolderMatcher holders;

    public AssessmentEvaluator(DocumentParser parser, Analyser analyser) {
        this.parser = parser;
        this.analyser = analyser;
        this.holders = new HolderMatcher(analyser.linker());
    }

    public Result evaluate(List<GoldSentence> gold, Path root) {
        Map<String, List<GoldSentence>> byDoc = new LinkedHashMap<>();
        gold.forEach(g -> byDoc.computeIfAbsent(g.doc(), k -> new ArrayList<>()).add(g));
        List<Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<GoldSentence>> e : byDoc.entrySet()) {
            AnalysedDocument doc = analyse(root.resolve(e.getKey()), e.getKey(), problems);
            items.addAll(align(e.getValue(), doc));
        }
        List<Item> baseline = items.stream().map(i -> new Item(i.gold(), BASELINE)).toList();
        return new Result(byDoc.size(), gold.size(), score(items), score(baseline), items, problems);
    }

    private AnalysedDocument analyse(Path file, String name, List<String> problems) {
        try {
            return analyser.analyse(parser.parse(file, name).document());
        } catch (ReadException ex) {
            problems.add(ex.getMessage());
            return null;
        }
    }

    private List<Item> align(List<GoldSentence> gold, AnalysedDocument doc) {
        Map<String, List<AnalysedSentence>> byText = new HashMap<>();
        if (doc != null) {
            for (AnalysedSentence s : doc.sentences()) {
                byText.computeIfAbsent(key(s.text()), k -> new ArrayList<>()).add(s);
            }
        }
        List<Item> out = new ArrayList<>();
        for (GoldSentence g : gold) {
            List<AnalysedSentence> candidates = byText.getOrDefault(key(g.text()), List.of());
            AnalysedSentence s = candidates.isEmpty() ? null : candidates.get(0);
            if (candidates.size() > 1) {
                candidates.remove(0);
            }
            out.add(new Item(g, predicted(s, doc)));
        }
        return out;
    }

    private static String key(String text) {
        return TextNormaliser.forMatching(text).toLowerCase(Locale.ROOT);
    }

    private static Predicted predicted(AnalysedSentence s, AnalysedDocument doc) {
        if (s == null) {
            return new Predicted(false, false, new Holder("?", HolderKind.AUTHOR, null), "neutral", "low", "certain",
                    false, List.of(), List.of());
        }
        Assessment a = s.assessment();
        if (a == null) {
            return new Predicted(true, false, new Holder("?", HolderKind.AUTHOR, null), "neutral", "low", "certain",
                    false, List.of(), List.of());
        }
        String text = doc.document().text();
        List<String> conditions = a.conditions().stream()
                .map(c -> TextNormaliser.collapseWhitespace(c.span().of(text))).toList();
        List<String> cues = new ArrayList<>();
        for (Cue c : a.cues()) {
            cues.add(c.kind().name().toLowerCase(Locale.ROOT) + " \"" + TextNormaliser.collapseWhitespace(c.span().of(text))
                    + "\"=" + c.label());
        }
        return new Predicted(true, a.assessment(), a.holder(), a.polarity().label(), a.intensity().label(),
                a.certainty().label(), a.forecast(), conditions, cues);
    }

    AssessmentScores score(List<Item> items) {
        int aligned = 0;
        int tp = 0;
        int predicted = 0;
        int goldCount = 0;
        int ftp = 0;
        int fp = 0;
        int fg = 0;
        int ctp = 0;
        int cp = 0;
        int cg = 0;
        List<String> gp = new ArrayList<>();
        List<String> pp = new ArrayList<>();
        List<String> gi = new ArrayList<>();
        List<String> pi = new ArrayList<>();
        List<String> gc = new ArrayList<>();
        List<String> pc = new ArrayList<>();
        int holderOk = 0;
        for (Item it : items) {
            GoldSentence g = it.gold();
            Predicted p = it.predicted();
            aligned += p.aligned() ? 1 : 0;
            tp += g.assessment() && p.assessment() ? 1 : 0;
            predicted += p.assessment() ? 1 : 0;
            goldCount += g.assessment() ? 1 : 0;
            ftp += g.forecast() && p.forecast() ? 1 : 0;
            fp += p.forecast() ? 1 : 0;
            fg += g.forecast() ? 1 : 0;
            ctp += matchedConditions(g.conditions(), p.conditions());
            cp += p.conditions().size();
            cg += g.conditions().size();
            if (g.assessment()) {
                gp.add(g.polarity());
                pp.add(p.assessment() ? p.polarity() : "neutral");
                gi.add(g.intensity());
                pi.add(p.intensity());
                gc.add(g.certainty());
                pc.add(p.certainty());
                holderOk += p.aligned() && holders.matches(g.holder(), p.holder()) ? 1 : 0;
            }
        }
        int n = Math.max(1, items.size());
        int ga = Math.max(1, gp.size());
        return new AssessmentScores(aligned / (double) n, Metrics.Prf.of(tp, predicted, goldCount),
                Metrics.accuracy(gp, pp), Metrics.macroF1(gp, pp, new java.util.TreeSet<>(gp)), Metrics.macroF1(gp, pp),
                Metrics.accuracy(gi, pi), Metrics.accuracy(gc, pc),
                holderOk / (double) ga, Metrics.Prf.of(ftp, fp, fg), Metrics.Prf.of(ctp, cp, cg),
                Metrics.confusion(gp, pp, POLARITIES));
    }

    /** One-to-one matches between gold and predicted conditions with token Jaccard ≥ 0.5. */
    public static int matchedConditions(List<String> gold, List<String> predicted) {
        List<String> left = new ArrayList<>(predicted);
        int matched = 0;
        for (String g : gold) {
            String best = null;
            double bestScore = 0.5;
            for (String p : left) {
                double j = Metrics.jaccard(g, p);
                if (j >= bestScore) {
                    best = p;
                    bestScore = j;
                }
            }
            if (best != null) {
                left.remove(best);
                matched++;
            }
        }
        return matched;
    }
}
