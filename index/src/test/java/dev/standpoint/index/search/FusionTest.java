package dev.standpoint.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusionTest {

    private static final double NONE = Double.NaN;

    /** Lexical ranking a > b > c, dense ranking c > d > a; b has no vector, d no lexical match. */
    private static final List<Candidate<String>> CANDIDATES = List.of(
            new Candidate<>("a", 12.0, 0.70),
            new Candidate<>("b", 8.0, NONE),
            new Candidate<>("c", 4.0, 0.90),
            new Candidate<>("d", NONE, 0.80));

    private static List<String> keys(List<Fusion.Fused<String>> fused) {
        return fused.stream().map(Fusion.Fused::key).toList();
    }

    private static double score(List<Fusion.Fused<String>> fused, String key) {
        return fused.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().score();
    }

    @Test
    void rrfAddsOneOverKPlusRankFromEachRankingACandidateIsIn() {
        List<Fusion.Fused<String>> fused = new Fusion.Rrf(60).fuse(CANDIDATES);
        assertThat(score(fused, "a")).isCloseTo(1 / 61.0 + 1 / 63.0, within(1e-12));
        assertThat(score(fused, "b")).isCloseTo(1 / 62.0, within(1e-12));
        assertThat(score(fused, "c")).isCloseTo(1 / 63.0 + 1 / 61.0, within(1e-12));
        assertThat(score(fused, "d")).isCloseTo(1 / 62.0, within(1e-12));
        // a and c tie, as do b and d: ties keep the candidates' order
        assertThat(keys(fused)).containsExactly("a", "c", "b", "d");
    }

    @Test
    void rrfWithASmallKRewardsTheTopOfEitherRanking() {
        List<Candidate<String>> c = List.of(new Candidate<>("top-lexical-only", 10, NONE),
                new Candidate<>("middle-of-both", 5, 0.5), new Candidate<>("top-dense-only", NONE, 0.9),
                new Candidate<>("bottom-of-both", 1, 0.1));
        assertThat(keys(new Fusion.Rrf(1).fuse(c)).get(0)).isEqualTo("middle-of-both");
        assertThat(keys(new Fusion.Rrf(1).fuse(c))).endsWith("bottom-of-both");
    }

    @Test
    void linearCombinesMinMaxNormalisedScores() {
        List<Fusion.Fused<String>> fused = new Fusion.Linear(0.5).fuse(CANDIDATES);
        // lexical 12, 8, 4 → 1, 0.5, 0; dense 0.7, 0.9, 0.8 → 0, 1, 0.5
        assertThat(score(fused, "a")).isCloseTo(0.5 * 1 + 0.5 * 0, within(1e-12));
        assertThat(score(fused, "b")).isCloseTo(0.5 * 0.5, within(1e-12));
        assertThat(score(fused, "c")).isCloseTo(0.5 * 0 + 0.5 * 1, within(1e-12));
        assertThat(score(fused, "d")).isCloseTo(0.5 * 0.5, within(1e-12));
    }

    @Test
    void maxNormalisationKeepsRatiosToTheBest() {
        List<Fusion.Fused<String>> fused = new Fusion.Linear(0.5, Fusion.Normalisation.MAX).fuse(CANDIDATES);
        // lexical 12, 8, 4 → 1, 2/3, 1/3; dense 0.7, 0.9, 0.8 → 7/9, 1, 8/9
        assertThat(score(fused, "a")).isCloseTo(0.5 * 1 + 0.5 * 7 / 9.0, within(1e-12));
        assertThat(score(fused, "b")).isCloseTo(0.5 * 8 / 12.0, within(1e-12));
        assertThat(score(fused, "c")).isCloseTo(0.5 * 4 / 12.0 + 0.5 * 1, within(1e-12));
        assertThat(score(fused, "d")).isCloseTo(0.5 * 8 / 9.0, within(1e-12));
        assertThat(new Fusion.Linear(0.65, Fusion.Normalisation.MAX).label()).isEqualTo("linear(dense=0.65, max)");
    }

    @Test
    void linearWeightZeroIsTheLexicalRanking_andOneTheDenseRanking() {
        assertThat(keys(new Fusion.Linear(0).fuse(CANDIDATES)).subList(0, 3)).containsExactly("a", "b", "c");
        assertThat(keys(new Fusion.Linear(1).fuse(CANDIDATES)).subList(0, 3)).containsExactly("c", "d", "a");
    }

    @Test
    void linearLetsTheOtherSideCountAloneWhenNoCandidateHasVectors() {
        List<Candidate<String>> lexicalOnly = List.of(new Candidate<>("x", 9, NONE), new Candidate<>("y", 3, NONE));
        List<Fusion.Fused<String>> fused = new Fusion.Linear(0.7).fuse(lexicalOnly);
        assertThat(fused.get(0).score()).isEqualTo(1.0);
        assertThat(fused.get(1).score()).isEqualTo(0.0);
    }

    @Test
    void equalScoresNormaliseToOne() {
        List<Candidate<String>> same = List.of(new Candidate<>("x", 2, 0.5), new Candidate<>("y", 2, 0.5));
        assertThat(new Fusion.Linear(0.3).fuse(same)).extracting(Fusion.Fused::score).containsExactly(1.0, 1.0);
    }

    @Test
    void noCandidatesFuseToNothing() {
        assertThat(Fusion.RRF.fuse(List.<Candidate<String>>of())).isEmpty();
        assertThat(Fusion.LINEAR.fuse(List.<Candidate<String>>of())).isEmpty();
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> new Fusion.Rrf(0)).hasMessageContaining("k must be at least 1; got 0");
        assertThatThrownBy(() -> new Fusion.Linear(1.5)).hasMessageContaining("between 0 and 1; got 1.5");
        assertThat(new Fusion.Linear(0.25).label()).isEqualTo("linear(dense=0.25)");
        assertThat(new Fusion.Rrf(60).label()).isEqualTo("rrf(k=60)");
    }
}
