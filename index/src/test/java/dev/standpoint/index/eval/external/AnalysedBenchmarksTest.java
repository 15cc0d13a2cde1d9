package dev.standpoint.index.eval.external;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.Span;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark logic with the real analyser on hand-made sentences: gold segmentation, the uncertain mapping, the
 * claim-stance composition and the linker as a tagger. The sentences are chosen to be clear-cut, so that ordinary
 * improvements to the extractor leave these tests alone.
 */
class AnalysedBenchmarksTest {

    private static SegmentedAnalysis analysis;

    @BeforeAll
    static void analyser() {
        analysis = new SegmentedAnalysis(dev.standpoint.index.TestDocuments.analyser());
    }

    @Test
    void everyGoldSentenceGetsOneReadingEvenWhenTheSplitterSplitsIt() {
        String text = "The talks failed. Both sides walked out.\n\nThe deal is a disaster.";
        List<Reading> r = analysis.document("d", text, List.of(new Span(0, 40), new Span(42, text.length())), null);
        assertThat(r).hasSize(2);
        assertThat(r.get(0).pieces()).isEqualTo(2);
        assertThat(r.get(1).pieces()).isEqualTo(1);
        assertThat(r.get(1).assessment()).isTrue();
        assertThat(r.get(1).polarity()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void aHedgedSentenceIsUncertainAndAPlainOneIsNot() {
        List<SentenceCertainty.Item> items = List.of(
                new SentenceCertainty.Item("1", "The treaty might collapse next year.", true, List.of()),
                new SentenceCertainty.Item("2", "The treaty was signed in 1997.", false, List.of()));
        SentenceCertainty.Result r = SentenceCertainty.evaluate(items, analysis);
        assertThat(r.outcomes()).extracting(SentenceCertainty.Outcome::predicted).containsExactly(true, false);
        assertThat(r.system().f1()).isEqualTo(1.0);
        assertThat(r.majority().accuracy()).isEqualTo(0.5);
        assertThat(r.allUncertain().recall()).isEqualTo(1.0);
    }

    @Test
    void stanceIsTopicSentimentTimesClaimPolarityWithTheTrainMajorityAsFallback() {
        ClaimStance.Item negative = claim("1", -1, "Lawn darts are a dangerous disaster.", true);
        ClaimStance.Item positive = claim("2", -1, "Lawn darts are an excellent, wonderful success.", false);
        ClaimStance.Item neutral = claim("3", 1, "Lawn darts were sold in 1970.", false);
        List<ClaimStance.Item> train = List.of(claim("9", 1, "x", false), claim("10", 1, "y", false));
        ClaimStance.Result r = ClaimStance.evaluate(List.of(negative, positive, neutral), train, analysis);
        assertThat(r.fallback()).isEqualTo("CON");
        assertThat(r.outcomes()).extracting(ClaimStance.Outcome::predictedPro).containsExactly(true, false, false);
        assertThat(r.outcomes()).extracting(ClaimStance.Outcome::decided).containsExactly(true, true, false);
        assertThat(r.system().accuracy()).isEqualTo(1.0);
        assertThat(r.coverage()).isCloseTo(2.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
    }

    private static ClaimStance.Item claim(String id, int topicSentiment, String text, boolean pro) {
        return new ClaimStance.Item(id, "1", "test", "ban lawn darts", "lawn darts", topicSentiment, text, "lawn darts",
                pro, 0, 0);
    }

    @Test
    void theLinkerTagsStatesAndLeadersAndSkipsDemonyms() {
        List<Conll2003.Doc> docs = Conll2003.parse(List.of(
                "Angela NNP I-NP I-PER", "Merkel NNP I-NP I-PER", "visited VBD I-VP O", "France NNP I-NP I-LOC",
                "and CC O O", "met VBD I-VP O", "Russian JJ I-NP I-MISC", "diplomats NNS I-NP O", ". . O O"), "hand-made");
        Conll2003.Result r = Conll2003.evaluate(docs, analysis.analyser().linker(), 2010, 0);
        assertThat(r.spans().perType().get("LOC").tp()).isEqualTo(1);
        assertThat(r.spans().perType().get("PER").tp()).isEqualTo(1);
        assertThat(r.spans().overall().fp()).as("the demonym is not predicted").isZero();
        assertThat(r.inKb()).isEqualTo(2);
        assertThat(r.kbRecall()).isEqualTo(1.0);
    }
}
