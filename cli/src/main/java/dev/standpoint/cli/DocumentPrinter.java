package dev.standpoint.cli;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Cue;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Dyad;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.Paragraph;
import dev.standpoint.core.model.Role;
import dev.standpoint.core.model.TextNormaliser;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Renders an analysed document for a terminal: structure first, then each sentence with its labels and cues. */
final class DocumentPrinter {

    private DocumentPrinter() {
    }

    static String print(AnalysedDocument a, KnowledgeBase kb, boolean all) {
        Document d = a.document();
        StringBuilder b = new StringBuilder();
        b.append(d.title()).append('\n');
        b.append("id ").append(d.id()).append(" · ").append(d.format()).append(" · ").append(d.source()).append('\n');
        if (!d.authors().isEmpty()) {
            b.append("by ").append(d.byline()).append('\n');
        }
        if (d.published() != null) {
            b.append("published ").append(d.published()).append('\n');
        }
        b.append(String.format(Locale.ROOT, "%d paragraphs · %d question/answer pairs · %d sentences · %d assessments%n%n",
                d.paragraphs().size(), d.qaPairs().size(), a.sentences().size(), a.assessments().size()));
        for (Paragraph p : d.paragraphs()) {
            paragraph(a, p, kb, all, b);
        }
        return b.toString();
    }

    private static void paragraph(AnalysedDocument a, Paragraph p, KnowledgeBase kb, boolean all, StringBuilder b) {
        String head = "[" + p.role().name().toLowerCase(Locale.ROOT) + (p.qa() >= 0 ? " " + (p.qa() + 1) : "")
                + (p.speaker() != null ? " · " + p.speaker() : "") + "]";
        b.append(head).append('\n');
        for (AnalysedSentence s : a.sentences()) {
            if (s.sentence().paragraph() != p.index()) {
                continue;
            }
            String marker = s.sentence().role() == Role.BOILERPLATE ? "  ░ " : "  " + mark(s) + " ";
            b.append(marker).append(s.displayText()).append('\n');
            if (s.assessment() != null && (all || s.isAssessment() || s.assessment().forecast())) {
                labels(a.document(), s, kb, b);
            }
        }
        b.append('\n');
    }

    private static String mark(AnalysedSentence s) {
        if (!s.isAssessment()) {
            return s.assessment() != null && s.assessment().forecast() ? "»" : "·";
        }
        return AnswerPrinter.polarityMark(s.assessment().polarity());
    }

    private static void labels(Document d, AnalysedSentence s, KnowledgeBase kb, StringBuilder b) {
        Assessment a = s.assessment();
        StringBuilder l = new StringBuilder("      ");
        if (a.assessment()) {
            l.append(a.polarity().label()).append(", ").append(a.intensity().label()).append(" intensity, ");
        } else {
            l.append("not an assessment, ");
        }
        l.append(a.certainty().label()).append(" · holder ").append(a.holder().name());
        if (a.forecast()) {
            l.append(" · forecast: ").append(a.likelihood().label());
        }
        b.append(l).append('\n');
        for (Condition c : a.conditions()) {
            b.append("      condition: ").append(AnswerPrinter.quote(TextNormaliser.collapseWhitespace(c.span().of(d.text()))))
                    .append('\n');
        }
        if (!s.mentions().isEmpty()) {
            Set<String> names = new LinkedHashSet<>();
            for (Mention m : s.mentions()) {
                names.add(TextNormaliser.collapseWhitespace(m.span().of(d.text())) + "→" + kb.nameOf(m.entityId()));
            }
            b.append("      entities: ").append(String.join(", ", names)).append('\n');
        }
        if (!s.dyads().isEmpty()) {
            b.append("      dyads: ").append(s.dyads().stream().map(x -> dyad(x, kb)).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        List<Cue> cues = a.cues();
        if (!cues.isEmpty()) {
            b.append("      cues: ").append(cues.stream()
                    .map(c -> c.kind().name().toLowerCase(Locale.ROOT) + " " + AnswerPrinter.quote(
                            TextNormaliser.collapseWhitespace(c.span().of(d.text()))) + "=" + c.label())
                    .distinct().collect(Collectors.joining(", "))).append('\n');
        }
    }

    private static String dyad(Dyad d, KnowledgeBase kb) {
        return kb.nameOf(d.first()) + "–" + kb.nameOf(d.second());
    }
}
