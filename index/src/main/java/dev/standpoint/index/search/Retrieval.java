package dev.standpoint.index.search;

/**
 * Which ranking a search returns: BM25 alone, dense alone, or both fused.
 *
 * @param mode   the ranking
 * @param fusion how a hybrid search fuses the two rankings (ignored otherwise)
 * @param depth  how many candidates each side contributes before fusion (at least the number of hits wanted)
 */
public record Retrieval(Mode mode, Fusion fusion, int depth) {

    /** The rankings. */
    public enum Mode { BM25, DENSE, HYBRID }

    /** What searches use unless told otherwise: BM25 and MiniLM fused by {@link Fusion#LINEAR}. */
    public static final Retrieval DEFAULT = new Retrieval(Mode.HYBRID, Fusion.LINEAR, 100);

    public static final Retrieval BM25 = new Retrieval(Mode.BM25, Fusion.LINEAR, 100);

    public Retrieval {
        if (mode == null || fusion == null) {
            throw new IllegalArgumentException("mode and fusion are required");
        }
        if (depth < 1) {
            throw new IllegalArgumentException("depth must be at least 1; got " + depth);
        }
    }

    public Retrieval withFusion(Fusion f) {
        return new Retrieval(mode, f, depth);
    }

    public Retrieval withMode(Mode m) {
        return new Retrieval(m, fusion, depth);
    }
}
