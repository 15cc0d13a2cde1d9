package dev.standpoint.index.answer;

import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.Boosts;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.Store;
import dev.standpoint.core.embed.Encoder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the claims (assessments and forecasts) relevant to a question, best first: BM25 plus the entity,
 * relationship, holder and date boosts the question calls for, fused with the similarity of the question's
 * embedding to the claims' when the retriever has an encoder and the index holds vectors. A claim that answers a question in its document
 * inherits that question's relevance (the better of its own score and the question's, plus a third of the other), so
 * that every sentence of a matching answer is found, not only those that repeat the question's words. Hits below a
 * fraction of the best are dropped, and a sentence found verbatim in several documents counts once. Last, the
 * claims are ranked again by how directly they speak to the question's subject ({@link TopicFocus}): the search
 * finds the right documents, the subject words pick the sentences within them.
 */
public final class ClaimRetriever {

    /** The relevant claims and the best score among them. */
    public record Claims(List<SentenceHit> hits, float top) {
        public Claims {
            hits = List.copyOf(hits);
        }

        /** A hit's score relative to the best, 0–1. */
        public double relevance(SentenceHit h) {
            return top <= 0 ? 0 : Math.min(1.0, h.score() / top);
        }
    }

    /**
     * The share of a hit's score the claims one and two sentences from it in the same turn take: a passage goes on
     * about what its best-matching sentence names ("The Black Sea Grain Initiative is still critical. That agreement
     * is one of our greatest accomplishments."). A claim set against the one before it ({@link Contrast}) takes all
     * of its score, and lends all of its own back: the two sides of one judgement answer the same question.
     */
    private static final double[] NEIGHBOUR_SHARE = {0, 0.6, 0.35};
    /** How many of the best hits lend their score to their neighbours. */
    private static final int LENDERS = 10;
    /** How many of the best hits' documents are searched for sentences on the question's subject. */
    private static final int SUBJECT_DOCUMENTS = 20;
    /** How many of their sentences on the subject, best first, lend their topic to the claims beside them. */
    private static final int SUBJECT_SENTENCES = 50;
    /** Words for a document that several kinds of title answer to. */
    private static final Set<String> GENERIC_KINDS = Set.of("briefing", "statement", "remarks", "address", "speech",
            "hearing");
    /** How many sentences of a day's documents are read for titles that name the kind of document asked about. */
    private static final int NAMED_DOCUMENT_HITS = 200;
    /** An entity id that is a state's: its ISO 3166-1 alpha-3 code. */
    private static final Pattern STATE_CODE = Pattern.compile("[A-Z]{3}");

    private final Store store;
    private final AnswerSettings settings;
    private final Encoder encoder;

    /** A retriever that searches by BM25 alone. */
    public ClaimRetriever(Store store, AnswerSettings settings) {
        this(store, settings, null);
    }

    /**
     * A retriever that embeds each question once with {@code encoder} (the encoder of the index's vectors) for
     * hybrid search; {@code null} searches by BM25 alone.
     */
    public ClaimRetriever(Store store, AnswerSettings settings, Encoder encoder) {
        this.store = store;
        this.settings = settings;
        this.encoder = encoder;
    }

    public Claims find(QuestionAnalysis qa, SearchFilter filter) {
        SearchFilter focused = focus(qa, filter);
        List<SentenceHit> found = search(qa, focused);
        Set<String> foundDocuments = subjectDocuments(found);
        List<SentenceHit> onSubject = subjectSentences(qa, foundDocuments, focused);
        List<SentenceHit> relevant = relevant(withAntecedents(qa,
                withNeighbours(found, subjectLenders(found, onSubject), focused)));
        // The topical score weighs the subject words by how rare they are among the sentences of the relevant
        // claims' documents, which the cut-off may have changed; the search is repeated only then.
        Set<String> relevantDocuments = subjectDocuments(relevant);
        List<SentenceHit> context = relevantDocuments.equals(foundDocuments) ? onSubject
                : subjectSentences(qa, relevantDocuments, focused);
        List<SentenceHit> hits = focusOnTopic(qa, relevant, context);
        return new Claims(hits, hits.isEmpty() ? 1f : hits.get(0).score());
    }

    /**
     * The best of the sentences on the question's subject that are no claims ("Over the past few days, over 1,000
     * trucks loaded with humanitarian aid have gotten into Gaza."), each scored as its document's best hit times its
     * own topical score relative to the best: the claim after it ("That's good progress, but it's still not enough.")
     * judges what it reports, as the claims beside the best claims do.
     */
    private static List<SentenceHit> subjectLenders(List<SentenceHit> hits, List<SentenceHit> subject) {
        if (subject.isEmpty()) {
            return List.of();
        }
        Map<String, Float> documentBest = new HashMap<>();
        hits.forEach(h -> documentBest.merge(h.document().id(), h.score(), Math::max));
        float best = subject.get(0).score();
        List<SentenceHit> out = new ArrayList<>();
        for (SentenceHit s : subject.subList(0, Math.min(LENDERS, subject.size()))) {
            Float document = documentBest.get(s.document().id());
            if (document != null && best > 0 && s.sentence().assessment() != null
                    && !s.sentence().assessment().assessment()) {
                out.add(new SentenceHit(s.document(), s.sentence(), s.context(), document * s.score() / best));
            }
        }
        return out;
    }

    private List<SentenceHit> search(QuestionAnalysis qa, SearchFilter filter) {
        float[] vector = encoder == null ? null : encoder.embed(qa.question());
        Set<String> countries = discriminating(qa.holderIds(), filter);
        List<SentenceHit> own = store.search(query(qa, countries, filter, true, settings.candidates())
                .withVector(vector));
        List<SentenceHit> asked = settings.questions() == 0 ? List.of()
                : store.search(query(qa, countries, filter.withRoles(Set.of("QUESTION")), false, settings.questions())
                        .withVector(vector));
        if (asked.isEmpty()) {
            return own;
        }
        Map<String, Float> inherited = new LinkedHashMap<>();
        float best = asked.get(0).score();
        for (SentenceHit q : asked) {
            if (q.score() >= best * settings.relativeCutoff()) {
                inherited.merge(pairOf(q), (float) (q.score() * settings.inherit()), Math::max);
            }
        }
        Map<String, SentenceHit> merged = new LinkedHashMap<>();
        own.forEach(h -> merged.put(h.id(), h));
        Boosts subject = new Boosts(qa.entities(), qa.dyads(), new LinkedHashSet<>(qa.holderTerms()), Set.of(), Set.of(),
                Set.of(), Set.of(), "");
        SentenceQuery answers = new SentenceQuery("", subject, false, true, filter.withQaPairs(inherited.keySet()),
                settings.candidates());
        for (SentenceHit h : store.search(answers)) {
            merged.putIfAbsent(h.id(), new SentenceHit(h.document(), h.sentence(), h.context(), 0f));
        }
        List<SentenceHit> out = new ArrayList<>();
        for (SentenceHit h : merged.values()) {
            Float q = inherited.get(pairOf(h));
            float score = q == null ? h.score() : Math.max(h.score(), q) + Math.min(h.score(), q) / 3f;
            out.add(new SentenceHit(h.document(), h.sentence(), h.context(), score));
        }
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out;
    }

    /**
     * A question that names a day ("at the May 4, 2021 briefing") asks about that day's documents (and the next
     * day's: a transcript may be posted the day after), one that names a month ("after the June 2021 Geneva summit")
     * about that month's, and one that names a document of a year
     * ("Russia's 2015 UN General Debate statement", "his 2019 address") about that year's, even when it names other
     * years too ("At the 2015 UN General Debate, … since the 2005 World Summit"): when the index holds any,
     * the search keeps to them. One that names a state's statement ("Iran's 2018 UN General Debate statement")
     * keeps to that state's documents, when there are any.
     */
    private SearchFilter focus(QuestionAnalysis qa, SearchFilter filter) {
        SearchFilter dated = focusOnDates(qa, filter);
        if (!qa.statementOf().isEmpty() && filter.countries().isEmpty()) {
            SearchFilter theirs = dated.withCountries(qa.statementOf());
            return store.count(theirs) > 0 ? theirs : dated;
        }
        return dated;
    }

    private SearchFilter focusOnDates(QuestionAnalysis qa, SearchFilter filter) {
        if (!qa.dates().isEmpty() && filter.dates().isEmpty()) {
            SearchFilter dated = filter.withDates(withNextDays(qa.dates()));
            return store.count(dated) > 0 ? named(qa, dated) : filter;
        }
        if (qa.months().size() == 1 && filter.dates().isEmpty()) {
            SearchFilter inMonth = filter.withDates(days(qa.months().iterator().next()));
            if (store.count(inMonth) > 0) {
                return inMonth;
            }
        }
        String named = !qa.documentYear().isEmpty() ? qa.documentYear()
                : qa.years().size() == 1 ? qa.years().iterator().next() : "";
        if (!named.isEmpty() && !qa.documentText().isBlank() && filter.fromYear() == null
                && filter.toYear() == null) {
            int year = Integer.parseInt(named);
            SearchFilter inYear = filter.withYears(year, year);
            return store.count(inYear) > 0 ? inYear : filter;
        }
        return filter;
    }

    /**
     * A question that names a day and the kind of document ("the White House readout of the November 14, 2022
     * meeting", "his October 31, 2021 press conference") asks about the documents of that day whose titles name that
     * kind, when there are any: the same day's press conference does not answer for the readout. A kind that names
     * many kinds ("briefing": a background call briefs reporters too; "statement", "remarks") keeps them all.
     */
    private SearchFilter named(QuestionAnalysis qa, SearchFilter dated) {
        String text = qa.documentText().toLowerCase(Locale.ROOT).strip();
        if (text.isEmpty() || GENERIC_KINDS.contains(text) || !dated.documents().isEmpty()) {
            return dated;
        }
        List<String> kind = List.of(text.split("\\s+"));
        Set<String> titled = new LinkedHashSet<>();
        for (SentenceHit h : store.search(new SentenceQuery(qa.documentText(), Boosts.NONE, false, false, dated,
                NAMED_DOCUMENT_HITS))) {
            String title = h.document().title() == null ? "" : h.document().title().toLowerCase(Locale.ROOT);
            if (kind.stream().allMatch(title::contains)) {
                titled.add(h.document().id());
            }
        }
        return titled.isEmpty() ? dated : dated.withDocuments(titled);
    }

    /**
     * The dates and the day after each: a transcript is dated when it was posted, often the day after a briefing
     * held late or abroad. The date boost still ranks the named day's documents first.
     */
    private static Set<String> withNextDays(Set<String> dates) {
        Set<String> out = new LinkedHashSet<>();
        for (String d : dates) {
            out.add(d);
            out.add(LocalDate.parse(d).plusDays(1).toString());
        }
        return out;
    }

    /** The ISO dates of a month ({@code 2021-06}). */
    private static Set<String> days(String month) {
        YearMonth m = YearMonth.parse(month);
        Set<String> out = new LinkedHashSet<>();
        for (int d = 1; d <= m.lengthOfMonth(); d++) {
            out.add(m.atDay(d).toString());
        }
        return out;
    }

    /**
     * Of the states among {@code ids}, those whose documents hold at most half of the sentences the filter lets
     * through: a boost that every other hit shares ranks nothing and only flattens the relevance of the rest (the
     * United States' for a question on a White House briefing, where nearly every document is the United States').
     */
    private Set<String> discriminating(Set<String> ids, SearchFilter filter) {
        Set<String> out = new LinkedHashSet<>();
        long all = -1;
        for (String id : ids) {
            if (!STATE_CODE.matcher(id).matches()) {
                continue;
            }
            if (all < 0) {
                all = store.count(filter);
            }
            if (store.count(filter.withCountries(Set.of(id))) * 2 <= all) {
                out.add(id);
            }
        }
        return out;
    }

    private static SentenceQuery query(QuestionAnalysis qa, Set<String> countries, SearchFilter filter,
                                       boolean claims, int limit) {
        Boosts boosts = new Boosts(qa.entities(), qa.dyads(), new LinkedHashSet<>(qa.holderTerms()), qa.dates(),
                qa.months(), qa.years(), countries, qa.documentText());
        return new SentenceQuery(qa.searchText(), boosts, false, claims, filter, limit);
    }

    private static String pairOf(SentenceHit h) {
        return h.document().id() + "#" + h.sentence().sentence().qa();
    }

    /**
     * The hits with the claims beside the best of them and beside the best sentences on the subject that are no
     * claims ({@link #subjectLenders}): each neighbour ({@link #NEIGHBOUR_SHARE}) scores the better of its own score
     * and its share of the lenders' beside it in the same turn ({@link TopicFocus#share}).
     */
    private List<SentenceHit> withNeighbours(List<SentenceHit> hits, List<SentenceHit> subjectLenders,
                                             SearchFilter filter) {
        Map<String, SentenceHit> lenders = new HashMap<>();
        for (SentenceHit h : hits.subList(0, Math.min(LENDERS, hits.size()))) {
            lenders.putIfAbsent(h.id(), h);
        }
        for (SentenceHit h : subjectLenders) {
            lenders.merge(h.id(), h, (a, b) -> a.score() >= b.score() ? a : b);
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (SentenceHit h : lenders.values()) {
            for (int d = 1; d < NEIGHBOUR_SHARE.length; d++) {
                for (int index : new int[] {h.sentence().sentence().index() - d, h.sentence().sentence().index() + d}) {
                    if (index >= 0) {
                        wanted.add(h.document().id() + "#" + index);
                    }
                }
            }
        }
        if (wanted.isEmpty()) {
            return hits;
        }
        Map<String, SentenceHit> merged = new LinkedHashMap<>();
        hits.forEach(h -> merged.put(h.id(), h));
        for (SentenceHit n : store.search(new SentenceQuery("", Boosts.NONE, false, true,
                filter.withSentences(wanted), wanted.size()))) {
            float best = 0f;
            int index = n.sentence().sentence().index();
            for (int d = 1; d < NEIGHBOUR_SHARE.length; d++) {
                for (int at : new int[] {index - d, index + d}) {
                    SentenceHit lender = lenders.get(n.document().id() + "#" + at);
                    if (lender != null) {
                        best = Math.max(best, (float) (lender.score() * TopicFocus.share(n, lender, NEIGHBOUR_SHARE)));
                    }
                }
            }
            SentenceHit own = merged.get(n.id());
            float score = Math.max(own == null ? 0f : own.score(), best);
            if (best > 0) {
                merged.put(n.id(), new SentenceHit(n.document(), n.sentence(), n.context(), score));
            }
        }
        List<SentenceHit> out = new ArrayList<>(merged.values());
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out;
    }

    /**
     * The hits with each claim that refers back to the question's subject by its head noun ("that process") scoring
     * at least as well as its antecedent ({@link Anaphora}): the two speak of the same thing.
     */
    private static List<SentenceHit> withAntecedents(QuestionAnalysis qa, List<SentenceHit> hits) {
        if (qa.topicHeads().isEmpty()) {
            return hits;
        }
        Map<String, Float> score = new HashMap<>();
        hits.forEach(h -> score.put(h.id(), h.score()));
        boolean raised = false;
        for (SentenceHit h : Anaphora.inDocumentOrder(hits)) {
            SentenceHit antecedent = Anaphora.antecedent(h, hits, qa.topicHeads());
            if (antecedent != null && score.get(antecedent.id()) > score.get(h.id())) {
                score.put(h.id(), score.get(antecedent.id()));
                raised = true;
            }
        }
        if (!raised) {
            return hits;
        }
        List<SentenceHit> out = new ArrayList<>(hits.size());
        for (SentenceHit h : hits) {
            out.add(new SentenceHit(h.document(), h.sentence(), h.context(), score.get(h.id())));
        }
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out;
    }

    /** The hits rescored by how directly they speak to the question's subject ({@link TopicFocus}), best first. */
    private List<SentenceHit> focusOnTopic(QuestionAnalysis qa, List<SentenceHit> hits, List<SentenceHit> subject) {
        if (settings.topicFloor() >= 1 || hits.size() < 2) {
            return hits;
        }
        double[] topic = TopicFocus.scores(qa, hits, subject);
        List<SentenceHit> out = new ArrayList<>(hits.size());
        for (int i = 0; i < hits.size(); i++) {
            SentenceHit h = hits.get(i);
            float score = (float) (h.score() * (settings.topicFloor() + (1 - settings.topicFloor()) * topic[i]));
            out.add(new SentenceHit(h.document(), h.sentence(), h.context(), score));
        }
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out;
    }

    /**
     * The sentences of the hits' documents that speak of the question's subject, claims or not: a claim next to one
     * ("That is a serious weakness." after "Most of the funds announced under the Quad label are old programs.")
     * answers the question too.
     */
    private List<SentenceHit> subjectSentences(QuestionAnalysis qa, Set<String> documents, SearchFilter filter) {
        if (qa.topicText().isBlank() && qa.topicEntities().isEmpty() || documents.isEmpty()) {
            return List.of();
        }
        return store.search(new SentenceQuery(qa.topicText(), Boosts.entities(qa.topicEntities()), false, false,
                filter.withDocuments(documents), SUBJECT_SENTENCES));
    }

    /** The first {@link #SUBJECT_DOCUMENTS} documents of the hits, best first. */
    private static Set<String> subjectDocuments(List<SentenceHit> hits) {
        Set<String> documents = new LinkedHashSet<>();
        for (SentenceHit h : hits) {
            if (documents.size() == SUBJECT_DOCUMENTS) {
                break;
            }
            documents.add(h.document().id());
        }
        return documents;
    }

    /** Hits above the relative cut-off, near-duplicates dropped, sentences without analysis skipped. */
    private List<SentenceHit> relevant(List<SentenceHit> hits) {
        if (hits.isEmpty()) {
            return hits;
        }
        float cutoff = (float) (hits.get(0).score() * settings.relativeCutoff());
        Set<String> seen = new HashSet<>();
        List<SentenceHit> out = new ArrayList<>();
        for (SentenceHit h : hits) {
            Assessment a = h.sentence().assessment();
            if (h.score() < cutoff || a == null) {
                continue;
            }
            if (seen.add(TextNormaliser.forMatching(h.sentence().text()).toLowerCase(Locale.ROOT))) {
                out.add(h);
            }
        }
        return out;
    }
}
