package dev.standpoint.core;

import dev.standpoint.core.assess.AssessmentExtractor;
import dev.standpoint.core.assess.RuleBasedExtractor;
import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.kb.LinkContext;
import dev.standpoint.core.kb.Links;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.model.Paragraph;
import dev.standpoint.core.model.Role;
import dev.standpoint.core.model.Sentence;
import dev.standpoint.core.model.Span;
import dev.standpoint.core.structure.Boilerplate;
import dev.standpoint.core.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Document} into an {@link AnalysedDocument}: sentences, entity mentions and dyads, and an
 * assessment for every sentence the expert or a speaker says. Thread-safe; share one instance.
 */
public final class Analyser {

    private final SentenceSplitter splitter;
    private final EntityLinker linker;
    private final AssessmentExtractor extractor;

    /** Rules alone. */
    public Analyser(KnowledgeBase kb) {
        this(new SentenceSplitter(), new EntityLinker(kb), new RuleBasedExtractor(kb));
    }

    /**
     * Rules with the shipped trained heads over {@code encoder}'s sentence vectors (the polarity head, consulted
     * when the wording gives the rules no polarity); rules alone when no head is shipped.
     */
    public Analyser(KnowledgeBase kb, dev.standpoint.core.embed.Encoder encoder) {
        this(new SentenceSplitter(), new EntityLinker(kb), new RuleBasedExtractor(kb,
                dev.standpoint.core.assess.Lexicon.shipped(),
                dev.standpoint.core.assess.heads.PolarityHead.shipped(encoder, HEAD_CONFIDENCE).orElse(null)));
    }

    /** The probability below which a trained head abstains. */
    public static final double HEAD_CONFIDENCE = 0.6;

    public Analyser(SentenceSplitter splitter, EntityLinker linker, AssessmentExtractor extractor) {
        this.splitter = splitter;
        this.linker = linker;
        this.extractor = extractor;
    }

    public EntityLinker linker() {
        return linker;
    }

    /** Name and settings, recorded with every analysed document and in the index manifest. */
    public String describe() {
        return "standpoint-analyser sentences=opennlp-en-ud-ewt-1.3+rules kb=" + linker.knowledgeBase().fingerprint()
                + " extractor=" + extractor.describe();
    }

    public AnalysedDocument analyse(Document doc) {
        List<Sentence> sentences = sentences(doc);
        LinkContext context = new LinkContext(year(doc));
        List<Links> links = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            boolean linked = s.role().isAnalysed() || s.role() == Role.TITLE || s.role() == Role.HEADING;
            links.add(linked ? linker.link(doc.text(), s.span(), context) : new Links(List.of(), List.of()));
        }
        List<Assessment> assessments = extractor.extract(doc, sentences, links);
        List<AnalysedSentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            out.add(new AnalysedSentence(s, s.span().of(doc.text()), links.get(i).mentions(), links.get(i).dyads(),
                    assessments.get(i)));
        }
        return new AnalysedDocument(doc, out, describe());
    }

    private List<Sentence> sentences(Document doc) {
        List<Sentence> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            List<Span> spans = p.role().isAnalysed() || p.role() == Role.BOILERPLATE
                    ? splitter.split(doc.text(), p.span()) : List.of(trimmed(doc.text(), p.span()));
            for (Span span : spans) {
                if (span.isEmpty()) {
                    continue;
                }
                Role role = p.role().isAnalysed() && Boilerplate.matches(span.of(doc.text())) ? Role.BOILERPLATE : p.role();
                out.add(new Sentence(out.size(), span, p.index(), role, p.speaker(), p.qa()));
            }
        }
        return out;
    }

    private static Span trimmed(String text, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private static Integer year(Document doc) {
        if (doc.published() != null) {
            return doc.published().getYear();
        }
        String y = doc.metadata().get("year");
        return y == null ? null : Integer.valueOf(y);
    }
}
