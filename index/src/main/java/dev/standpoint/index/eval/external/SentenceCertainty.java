package dev.standpoint.index.eval.external;

import java.util.List;

/**
 * Sentence-level uncertainty detection, the CoNLL-2010 Task 1 measure: each gold sentence is certain or uncertain;
 * the system calls it uncertain by {@link Reading#uncertain()}; precision, recall and F1 are those of the uncertain
 * class. Shared by {@link WikiWeasel} and {@link BioScope}.
 */
public final class SentenceCertainty {

    /**
     * One gold sentence.
     *
     * @param id        where it comes from (a row number, a BioScope sentence id)
     * @param text      the sentence
     * @param uncertain the gold label
     * @param cues      the gold hedge cues where the data has them (BioScope), else empty
     */
    public record Item(String id, String text, boolean uncertain, List<String> cues) {
        public Item {
            if (text == null) {
                throw new IllegalArgumentException("sentence text is required (item " + id + ")");
            }
            cues = List.copyOf(cues);
        }
    }

    /** A gold sentence with the system's decision and the cues behind it. */
    public record Outcome(Item item, boolean predicted, List<String> cues) {
    }

    /**
     * @param sentences    sentences scored
     * @param uncertain    gold uncertain sentences among them
     * @param system       the analyser
     * @param majority     every sentence certain (the majority class): its accuracy is the floor to beat
     * @param allUncertain every sentence uncertain: the F1 a detector must beat to be worth anything
     * @param outcomes     every sentence with its decision, for error listings
     */
    public record Result(int sentences, int uncertain, Scores.Binary system, Scores.Binary majority,
                         Scores.Binary allUncertain, List<Outcome> outcomes) {
    }

    private SentenceCertainty() {
    }

    public static Result evaluate(List<Item> items, SegmentedAnalysis analysis) {
        List<Outcome> outcomes = items.parallelStream().map(i -> {
            Reading r = analysis.sentence(i.id(), i.text());
            return new Outcome(i, r.uncertain(), r.cues());
        }).toList();
        List<Boolean> gold = items.stream().map(Item::uncertain).toList();
        List<Boolean> predicted = outcomes.stream().map(Outcome::predicted).toList();
        int uncertain = (int) gold.stream().filter(g -> g).count();
        return new Result(items.size(), uncertain, Scores.Binary.of(gold, predicted),
                Scores.Binary.constant(gold, Scores.majority(gold)), Scores.Binary.constant(gold, true), outcomes);
    }
}
