package dev.standpoint.index.answer;

import dev.standpoint.core.model.Mention;
import dev.standpoint.index.SentenceHit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * How directly each found claim speaks to what the question is about, as opposed to merely standing in the right
 * document. Search finds the right press conference by its date, speaker and the names in it; inside it, every
 * sentence mentions Putin and Russia, and the answer to "what did Biden say about business investment in Russia?"
 * is the handful of sentences about business and investment, with their neighbours.
 *
 * <p>The question's subject words (stemmed as the index stems them) and the entities it names, leaving out a
 * fronted phrase that sets the scene ("At his press conference in Geneva after meeting Putin, …"), are weighed by how
 * rare they are among the claims found (a BM25-style inverse document frequency over that set, so a word every
 * candidate shares weighs next to nothing), a claim scores the share of that weight it matches, and a claim next to a
 * matching one in the same speaker's turn shares part of its neighbour's score (an answer's topic sentence governs
 * the sentences that follow it), and all of it when the two make one two-sided judgement ({@link Contrast}). A
 * sentence that refers back to the subject by its head noun ("that process") matches as much as its antecedent
 * ({@link Anaphora}). When no subject word separates the claims, every claim scores alike and the ranking is left as it was.
 */
final class TopicFocus {

    /** The factor of a neighbour's score a claim takes, by distance in sentences (1, 2). */
    private static final double[] NEIGHBOUR = {0, 0.6, 0.35};

    private static final Analyzer ENGLISH = new EnglishAnalyzer();
    /** The shortest question stem that matches the longer stems beginning with it. */
    private static final int MIN_PREFIX = 4;
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");

    private TopicFocus() {
    }

    /** Each hit's topical score, 0–1 relative to the best, in the order of {@code hits}; all 1 when nothing separates them. */
    static double[] scores(QuestionAnalysis qa, List<SentenceHit> hits) {
        return scores(qa, hits, List.of());
    }

    /**
     * As {@link #scores(QuestionAnalysis, List)}, with {@code context}: other sentences of the same documents that may
     * carry the subject words without being claims ("Most of the funds announced under the Quad label turn out to be
     * existing programs."), whose score their neighbouring claims share.
     */
    static double[] scores(QuestionAnalysis qa, List<SentenceHit> hits, List<SentenceHit> context) {
        Set<String> terms = new LinkedHashSet<>(stems(qa.topicText()));
        qa.topicEntities().forEach(e -> terms.add(entityTerm(e)));
        Map<String, SentenceHit> all = new LinkedHashMap<>();
        hits.forEach(h -> all.put(h.id(), h));
        context.forEach(h -> all.putIfAbsent(h.id(), h));
        List<SentenceHit> sentences = new ArrayList<>(all.values());
        List<Set<String>> features = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        for (SentenceHit h : sentences) {
            Set<String> f = new HashSet<>();
            for (String stem : stems(h.sentence().text())) {
                String term = termOf(stem, terms);
                if (term != null) {
                    f.add(term);
                }
            }
            for (Mention m : h.sentence().mentions()) {
                if (terms.contains(entityTerm(m.entityId()))) {
                    f.add(entityTerm(m.entityId()));
                }
            }
            features.add(f);
            f.forEach(t -> df.merge(t, 1, Integer::sum));
        }
        int n = sentences.size();
        Map<String, Double> weight = new HashMap<>();
        double total = 0;
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            double w = Math.log(1 + (n - e.getValue() + 0.5) / (e.getValue() + 0.5));
            weight.put(e.getKey(), w);
            total += w;
        }
        double[] out = new double[hits.size()];
        if (total <= 0) {
            Arrays.fill(out, 1.0);
            return out;
        }
        double[] own = new double[n];
        for (int i = 0; i < n; i++) {
            for (String t : features.get(i)) {
                own[i] += weight.get(t) / total;
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            position.put(sentences.get(i).id(), i);
        }
        for (SentenceHit h : Anaphora.inDocumentOrder(sentences)) {
            SentenceHit antecedent = Anaphora.antecedent(h, sentences, qa.topicHeads());
            if (antecedent != null) {
                int i = position.get(h.id());
                own[i] = Math.max(own[i], own[position.get(antecedent.id())]);
            }
        }
        double best = 0;
        for (int i = 0; i < hits.size(); i++) {
            out[i] = own[i];
            for (int j = 0; j < n; j++) {
                out[i] = Math.max(out[i], share(hits.get(i), sentences.get(j), NEIGHBOUR) * own[j]);
            }
            best = Math.max(best, out[i]);
        }
        for (int i = 0; i < out.length; i++) {
            out[i] = best <= 0 ? 1.0 : out[i] / best;
        }
        return out;
    }

    /**
     * The question term a sentence's stem stands for: itself, a question stem of at least {@value #MIN_PREFIX}
     * letters that it begins with, since the stemmer leaves derivations apart ("busi" for business, "businessmen";
     * "invest", "investor"), or a question stem that names the same thing ({@link Equivalents}: "talk",
     * "convers").
     */
    private static String termOf(String stem, Set<String> terms) {
        if (terms.contains(stem)) {
            return stem;
        }
        for (String t : terms) {
            if (t.length() >= MIN_PREFIX && stem.startsWith(t)) {
                return t;
            }
        }
        for (String t : terms) {
            if (Equivalents.same(stem, t)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The share of {@code other}'s score that {@code claim} takes as its neighbour: {@code shares[d]} at {@code d}
     * sentences apart in the same turn, all of it when the two make one two-sided judgement ({@link Contrast}), none
     * when they are the same sentence, further apart or in different turns.
     */
    static double share(SentenceHit claim, SentenceHit other, double[] shares) {
        int d = distance(claim, other);
        if (d <= 0 || d >= shares.length) {
            return 0;
        }
        boolean before = other.sentence().sentence().index() < claim.sentence().sentence().index();
        return d == 1 && Contrast.pairs(before ? other : claim, before ? claim : other) ? 1 : shares[d];
    }

    /** Sentences apart within one speaker's turn of one document; -1 when not in the same turn. */
    static int distance(SentenceHit a, SentenceHit b) {
        if (!a.document().id().equals(b.document().id())
                || !Objects.equals(a.sentence().sentence().speaker(), b.sentence().sentence().speaker())
                || a.sentence().sentence().qa() != b.sentence().sentence().qa()) {
            return -1;
        }
        return Math.abs(a.sentence().sentence().index() - b.sentence().sentence().index());
    }

    private static String entityTerm(String id) {
        return "\u0000" + id;
    }

    /** The stems of a text's content words, function words ({@link Similarity.Words#STOP}) left out. */
    static List<String> stems(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder content = new StringBuilder();
        for (String w : text.split("\\s+")) {
            String bare = EDGE_PUNCTUATION.matcher(w.toLowerCase(Locale.ROOT).replace('\u2019', '\'')).replaceAll("");
            if (!Similarity.Words.STOP.contains(bare)) {
                content.append(w).append(' ');
            }
        }
        try (TokenStream ts = ENGLISH.tokenStream("text", content.toString())) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
