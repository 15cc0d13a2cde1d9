package dev.standpoint.index.answer;

import dev.standpoint.core.model.Polarity;
import java.util.List;

/**
 * How the relevant assessments divide.
 *
 * @param label       positive or negative when one side holds most of the weight, else mixed; neutral when no
 *                    assessment was found
 * @param sides       positive, negative and mixed, in that order
 * @param assessments distinct assessments considered
 * @param documents   documents they come from
 * @param holders     distinct holders
 * @param heldBy      whose assessments were counted: empty when every relevant holder's were; the holders the
 *                    question asks about ("U.S. experts", "Psaki") when enough of theirs were found to judge by
 * @param paired      of the assessments counted, those that count as mixed because each is set against its
 *                    neighbour of the opposite side ({@link Contrast}: "… consequences. At the same time, …")
 * @param targeted    of the assessments counted, those that count on the other side from the sentence as a whole,
 *                    by the words attached to what the question asks about ({@link TargetJudgement}: "pleased that …
 *                    did not acquiesce to the … unilateral and illegal withdrawal")
 * @param divided     whether the claims that answer most directly disagree ({@link AnswerSettings#agreement()}): a
 *                    caution to read both sides, whatever the label. As a rule that turned the label mixed it
 *                    passed 3 more of 76 test questions on BM25 and 1 fewer on the hybrid index, and lost one on the
 *                    only set not used to choose it, so it informs rather than decides.
 */
public record Verdict(Polarity label, List<VerdictSide> sides, int assessments, int documents, int holders,
                      List<String> heldBy, int paired, int targeted, boolean divided) {

    public Verdict {
        sides = List.copyOf(sides);
        heldBy = List.copyOf(heldBy);
    }
}
