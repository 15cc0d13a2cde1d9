package dev.standpoint.index.answer;

/**
 * The knobs of retrieval and weighing, with the values used by default.
 *
 * @param candidates       how many hits to consider before cutting
 * @param relativeCutoff   drop hits scoring below this fraction of the best, before the topical score ranks them
 *                         again (development questions and sets 1–7 passed on BM25: 0.30 → 104 of 156, 0.35 → 105,
 *                         0.40 → 106, 0.45 → 104)
 * @param questions        how many of a document's own questions may pass their relevance to their answers
 * @param inherit          the share of a question's score its answers inherit
 * @param maxAssessments   how many assessments an answer weighs at most
 * @param askedQuorum      how many relevant assessments of the holder a question asks about ("How do U.S. experts
 *                         assess…") make the verdict theirs alone; below it every relevant holder counts
 * @param majority         the share of the weight a side needs to win the verdict; below it the verdict is mixed
 * @param conditional      the factor for an assessment that depends on a condition (it judges a hypothetical)
 * @param askedHolder      the factor for an assessment held by the one the question asks about
 * @param topicFloor       the share of its retrieval score a claim keeps when it matches none of the question's
 *                         subject words ({@link TopicFocus}); 1 turns topical focus off
 * @param relevancePower   how sharply weight falls with relevance (weight ∝ relevance^power): at 8 a claim 10 % less
 *                         relevant than the best counts 43 %, one 20 % less 17 %, so the verdict is that of the claims
 *                         that answer most directly (development questions passed on BM25: power 2 → 8 of 12,
 *                         6 → 9, 8 to 16 → 10)
 * @param agreement        the share of the best judging claim's relevance from which on claims answer the question
 *                         so directly that, when favourable and unfavourable ones (or a two-sided one) both reach
 *                         it, the answer warns that its most direct answers disagree ({@link Verdict#divided()})
 */
public record AnswerSettings(int candidates, double relativeCutoff, int questions, double inherit, int maxAssessments,
                             int askedQuorum, double majority, double conditional, double askedHolder,
                             double topicFloor, double relevancePower, double agreement) {

    public static final AnswerSettings DEFAULT = new AnswerSettings(200, 0.40, 5, 0.9, 30, 2, 0.6, 0.5, 1.5,
            0.2, 8, 0.9);

    public AnswerSettings {
        if (candidates < 1 || questions < 0 || maxAssessments < 1 || askedQuorum < 1) {
            throw new IllegalArgumentException("candidates, maxAssessments and askedQuorum must be positive, questions non-negative");
        }
        if (topicFloor < 0 || topicFloor > 1 || relevancePower < 1) {
            throw new IllegalArgumentException("topicFloor must be in [0,1] and relevancePower at least 1");
        }
        if (agreement <= 0 || agreement > 1) {
            throw new IllegalArgumentException("agreement must be in (0,1]");
        }
        if (relativeCutoff < 0 || relativeCutoff > 1 || majority <= 0.5 || majority > 1) {
            throw new IllegalArgumentException("relativeCutoff must be in [0,1] and majority in (0.5,1]");
        }
    }
}
