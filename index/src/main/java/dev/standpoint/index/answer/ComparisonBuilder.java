package dev.standpoint.index.answer;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares how groups divide on a question: the same relevant assessments as an answer, grouped by holder, author,
 * country, year or source, each group with its own verdict and its heaviest assessments cited.
 */
public final class ComparisonBuilder {

    /** Assessments shown per group. */
    private static final int PER_GROUP = 5;
    private static final String UNKNOWN = "unknown";

    private final QuestionAnalyser questions;
    private final ClaimRetriever retriever;
    private final Weighing weighing;
    private final KnowledgeBase kb;
    private final AnswerSettings settings;

    public ComparisonBuilder(QuestionAnalyser questions, ClaimRetriever retriever, KnowledgeBase kb,
                             AnswerSettings settings) {
        this.questions = questions;
        this.retriever = retriever;
        this.weighing = new Weighing(settings);
        this.kb = kb;
        this.settings = settings;
    }

    public Comparison compare(String question, GroupBy by, SearchFilter filter) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
        QuestionAnalysis qa = questions.analyse(question);
        ClaimRetriever.Claims claims = retriever.find(qa, filter);
        List<SentenceHit> assessments = claims.hits().stream().filter(h -> h.sentence().isAssessment())
                .limit(settings.maxAssessments() * 2L).toList();
        Map<String, List<SentenceHit>> groups = new LinkedHashMap<>();
        for (SentenceHit h : assessments) {
            groups.computeIfAbsent(key(h, by), k -> new ArrayList<>()).add(h);
        }
        Citations citations = new Citations(claims::relevance, h -> weighing.weight(h, claims, qa));
        List<Comparison.Group> out = new ArrayList<>();
        groups.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, List<SentenceHit>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> out.add(group(e.getKey(), e.getValue(), by, claims, qa, citations)));
        return new Comparison(question, qa, by, weighing.verdict(assessments, claims, qa), out, citations.list());
    }

    private Comparison.Group group(String key, List<SentenceHit> hits, GroupBy by, ClaimRetriever.Claims claims,
                                   QuestionAnalysis qa, Citations citations) {
        List<SentenceHit> heaviest = hits.stream()
                .sorted(Comparator.comparingDouble((SentenceHit h) -> -weighing.weight(h, claims, qa)))
                .limit(PER_GROUP).toList();
        List<Integer> cited = heaviest.stream().map(citations::cite).toList();
        return new Comparison.Group(key, label(key, by), weighing.divide(hits, claims, qa), cited);
    }

    String key(SentenceHit h, GroupBy by) {
        return switch (by) {
            case HOLDER -> Weighing.holderName(h);
            case AUTHOR -> h.document().authors().isEmpty() ? UNKNOWN : h.document().byline();
            case COUNTRY -> country(h).orElse(UNKNOWN);
            case YEAR -> h.document().year() == null ? UNKNOWN : h.document().year().toString();
            case SOURCE -> h.document().publisher() == null ? UNKNOWN : h.document().publisher();
        };
    }

    private String label(String key, GroupBy by) {
        return by == GroupBy.COUNTRY ? kb.nameOf(key) : key;
    }

    /**
     * The holder's state: the entity a reported holder names, else the state of the speaker or author as the
     * knowledge base knows them, else the state the document's metadata names.
     */
    Optional<String> country(SentenceHit h) {
        Assessment a = h.sentence().assessment();
        if (a.holder().entityId() != null) {
            Optional<String> state = kb.get(a.holder().entityId()).map(Entity::stateId);
            if (state.isPresent()) {
                return state;
            }
        }
        if (a.holder().kind() != HolderKind.REPORTED) {
            String name = a.holder().kind() == HolderKind.AUTHOR ? h.document().byline() : a.holder().name();
            Optional<String> person = kb.person(name).filter(p -> plausible(p, name, h.document().year()))
                    .map(Entity::country)
                    .filter(c -> kb.get(c).map(e -> e.type() == dev.standpoint.core.model.EntityType.STATE).orElse(false));
            if (person.isPresent()) {
                return person;
            }
            String declared = h.document().country();
            if (declared != null && kb.get(declared).isPresent()) {
                return Optional.of(declared);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the person the knowledge base finds for a speaker's or author's name is plausibly the one meant: named
     * in full, or, for a bare surname ("MR. JOHNSON:"), in office in the document's year when it has one — a 2010
     * briefing's Mr. Johnson is not the British prime minister of 2019.
     */
    private static boolean plausible(Entity person, String name, Integer year) {
        return person.name().equalsIgnoreCase(name.strip()) || year == null
                || person.offices().stream().anyMatch(o -> o.heldIn(year));
    }
}
