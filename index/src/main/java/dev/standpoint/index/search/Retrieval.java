package dev.standpoint.index.search;

/**
 * Which ranking a search returns: BM25 alone, dense alone, or both fused.
 *
 * @param mode   the ranking
 * @param fusion how a hybrid search fuses the two rankings (ignored otherwise)
 * @param depth  how many candidates each side contributes before fusion (at least the number of hits wanted)
 * @param floor  the least cosine similarity at which a sentence is found by meaning alone: below it, a candidate
 *               without a lexical match is dropped, so that a question about nothing in the index finds nothing
 *               (MiniLM gives unrelated sentences 0–0.25, paraphrases 0.35 and more)
 */
public record Retrieval(Mode mode, Fusion fusion, int depth, double floor) {

    /** The rankings. */
    public enum Mode { BM25, DENSE, HYBRID }

    /** The similarity floor of {@link #DEFAULT}. */
    public static final double DEFAULT_FLOOR = 0.3;

    /** What searches use unless told otherwise: BM25 and MiniLM fused by {@link Fusion#LINEAR}. */
    public static final Retrieval DEFAULT = new Retrieval(Mode.HYBRID, Fusion.LINEAR, 100, DEFAULT_FLOOR);

    public static final Retrieval BM25 = DEFAULT.withMode(Mode.BM25);

    public Retrieval(Mode mode, Fusion fusion, int depth) {
        this(mode, fusion, depth, DEFAULT_FLOOR);
    }

    public Retrieval {
        if (mode == null || fusion == null) {
            throw new IllegalArgumentException("mode and fusion are required");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1; got " + depth);
        }
        if (!(floor >= -1 && floor <= 1)) {
            throw new IllegalArgumentException("the similarity floor must be between -1 and 1; got " + floor);
        }
    }

    public Retrieval withFusion(Fusion f) {
        return new Retrieval(mode, f, depth, floor);
    }

    public Retrieval withMode(Mode m) {
        return new Retrieval(m, fusion, depth, floor);
    }

    public Retrieval withFloor(double f) {
        return new Retrieval(mode, fusion, depth, f);
    }
}
