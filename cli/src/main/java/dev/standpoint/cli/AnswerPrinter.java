package dev.standpoint.cli;

import dev.standpoint.core.model.Polarity;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.Citation;
import dev.standpoint.index.answer.ConditionItem;
import dev.standpoint.index.answer.ForecastItem;
import dev.standpoint.index.answer.KeyPoint;
import dev.standpoint.index.answer.VerdictSide;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders an answer for a terminal. It adds labels and counts; every sentence shown is a quotation. */
final class AnswerPrinter {

    private static final int BAR = 20;

    private AnswerPrinter() {
    }

    static String print(Answer a) {
        StringBuilder b = new StringBuilder();
        b.append(a.question()).append("\n\n");
        if (a.citations().isEmpty()) {
            b.append("No relevant assessments found.\n");
            return b.toString();
        }
        verdict(a, b);
        keyPoints(a, b);
        conditions(a, b);
        forecasts(a, b);
        sources(a, b);
        return b.toString();
    }

    private static void verdict(Answer a, StringBuilder b) {
        b.append("Verdict: ").append(a.verdict().label().label().toUpperCase(Locale.ROOT))
                .append(String.format(Locale.ROOT, "  (%d assessment%s from %d document%s, %d holder%s)%n",
                        a.verdict().assessments(), plural(a.verdict().assessments()), a.verdict().documents(),
                        plural(a.verdict().documents()), a.verdict().holders(), plural(a.verdict().holders())));
        if (!a.verdict().heldBy().isEmpty()) {
            b.append("  the view of ").append(String.join(", ", a.verdict().heldBy()))
                    .append(", whom the question asks about; other holders' assessments are cited below\n");
        }
        if (a.verdict().paired() > 0) {
            b.append(String.format(Locale.ROOT, "  %d assessment%s count%s as mixed: each is set against the sentence "
                    + "before or after it (\"But …\", \"At the same time, …\")%n", a.verdict().paired(),
                    plural(a.verdict().paired()), a.verdict().paired() == 1 ? "s" : ""));
        }
        if (a.verdict().targeted() > 0) {
            b.append(String.format(Locale.ROOT, "  %d assessment%s count%s by the words that qualify %s, not by the "
                    + "sentence as a whole%n", a.verdict().targeted(), plural(a.verdict().targeted()),
                    a.verdict().targeted() == 1 ? "s" : "", a.analysis().topicHeads().stream()
                            .map(w -> "\"" + w + "\"").collect(Collectors.joining(" or "))));
        }
        if (a.verdict().divided()) {
            b.append("  caution: the claims that answer most directly disagree; read both sides below\n");
        }
        for (VerdictSide s : a.verdict().sides()) {
            if (s.assessments() == 0) {
                continue;
            }
            int filled = (int) Math.round(s.share() * BAR);
            b.append(String.format(Locale.ROOT, "  %-8s %s%s %3.0f%%  %d assessment%s · %d document%s · %d holder%s%n",
                    s.polarity().label(), "█".repeat(filled), "░".repeat(BAR - filled), s.share() * 100,
                    s.assessments(), plural(s.assessments()), s.documents(), plural(s.documents()), s.holders(),
                    plural(s.holders())));
        }
        b.append('\n');
    }

    private static void keyPoints(Answer a, StringBuilder b) {
        if (a.keyPoints().isEmpty()) {
            return;
        }
        b.append("Key points\n");
        int n = 1;
        for (KeyPoint k : a.keyPoints()) {
            Citation label = a.citation(k.label());
            b.append(String.format(Locale.ROOT, "  %d. %s · %d assessment%s (%.0f%%) · %s%n", n++, k.polarity().label(),
                    k.support(), plural(k.support()), k.share() * 100, String.join(", ", k.holders())));
            b.append("     ").append(quote(label.text())).append(" [").append(label.number()).append("]\n");
            String others = k.citations().stream().filter(c -> c != k.label()).map(c -> "[" + c + "]")
                    .collect(Collectors.joining(" "));
            if (!others.isEmpty()) {
                b.append("     also ").append(others).append('\n');
            }
        }
        b.append('\n');
    }

    private static void conditions(Answer a, StringBuilder b) {
        if (a.conditions().isEmpty()) {
            return;
        }
        b.append("Conditions\n");
        for (ConditionItem c : a.conditions()) {
            b.append("  • ").append(quote(c.text())).append(" — ").append(c.holder()).append(" [").append(c.citation())
                    .append("]\n");
        }
        b.append('\n');
    }

    private static void forecasts(Answer a, StringBuilder b) {
        if (a.forecasts().isEmpty()) {
            return;
        }
        b.append("Forecasts\n");
        for (ForecastItem f : a.forecasts()) {
            Citation c = a.citation(f.citation());
            b.append(String.format(Locale.ROOT, "  • %s (%.0f–%.0f%%) — %s%s [%d]%n", f.likelihood().label(),
                    f.likelihood().low() * 100, f.likelihood().high() * 100, f.holder(),
                    f.made() == null ? "" : ", " + f.made(), f.citation()));
            b.append("    ").append(quote(c.text())).append('\n');
        }
        b.append('\n');
    }

    private static void sources(Answer a, StringBuilder b) {
        b.append("Sources\n");
        for (Citation c : a.citations()) {
            b.append(String.format(Locale.ROOT, "  [%d] %s%s%s · doc %s, sentence %d, characters %d–%d%n", c.number(),
                    c.author().isEmpty() ? "" : c.author() + ", ", quote(c.title()),
                    c.published() == null ? "" : " (" + c.published() + ")", c.documentId(), c.sentenceIndex(),
                    c.start(), c.end()));
            b.append(String.format(Locale.ROOT, "      holder %s · relevance %.2f%s%n", c.holder(), c.relevance(),
                    c.weight() > 0 ? String.format(Locale.ROOT, " · weight %.2f", c.weight()) : ""));
            b.append("      ").append(quote(c.text())).append('\n');
        }
    }

    static String quote(String s) {
        return "\u201C" + s + "\u201D";
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    static String polarityMark(Polarity p) {
        return switch (p) {
            case POSITIVE -> "+";
            case NEGATIVE -> "-";
            case MIXED -> "±";
            case NEUTRAL -> " ";
        };
    }
}
