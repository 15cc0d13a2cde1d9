package dev.standpoint.index;

import dev.standpoint.core.model.AnalysedDocument;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where analysed documents live and are searched. The embedded Lucene index is the default implementation;
 * callers above this interface do not know which one they use.
 *
 * <p>Adding is atomic per document: after a crash the store holds each document whole or not at all. Additions
 * become visible to searches and durable on {@link #commit()}.
 */
public interface Store extends AutoCloseable {

    /** Whether a document with this content id is stored. */
    boolean contains(String documentId);

    /** The id of the document stored from a file with this content hash, if any. */
    Optional<String> documentForFile(String fileHash);

    /**
     * Adds an analysed document, replacing one with the same id.
     *
     * @param fileHash the SHA-256 of the source file's bytes, so that an unchanged file is skipped before parsing
     */
    default void add(AnalysedDocument document, String fileHash) {
        add(document, fileHash, SentenceVectors.NONE);
    }

    /**
     * Adds an analysed document with the vectors of some of its sentences, for hybrid search.
     *
     * @throws IllegalArgumentException when the vectors come from another encoder than the index's
     */
    void add(AnalysedDocument document, String fileHash, SentenceVectors vectors);

    /** Makes everything added so far durable and visible, recording the manifest. */
    Manifest commit();

    Optional<AnalysedDocument> document(String id);

    /** Documents ordered by title, {@code offset}-based pages. */
    List<DocumentSummary> documents(int offset, int limit);

    List<SentenceHit> search(SentenceQuery query);

    /** Sentences matching {@code filter}, newest document first, then in document order; {@code offset}-based pages. */
    List<SentenceHit> sentences(SearchFilter filter, int offset, int limit);

    /** How many sentences match {@code filter}. */
    long count(SearchFilter filter);

    /**
     * The stored vectors of these sentences (by {@link SentenceHit#id()}), for those that have one; a store that
     * keeps no vectors returns none.
     */
    default Map<String, float[]> vectors(Collection<String> sentenceIds) {
        return Map.of();
    }

    /** Counts per value of one facet dimension over the sentences matching {@code filter}, most frequent first. */
    Map<String, Long> facet(String dimension, SearchFilter filter, int limit);

    IndexStats stats();

    /** The manifest of the last commit (counts as of now where the store can count cheaply). */
    Manifest manifest();

    /** The encoder whose vectors the store holds ({@code ""}: none); a question should be embedded with it. */
    String encoder();

    /** Makes additions since the last refresh visible to searches, without the cost of a durable commit. */
    default void refresh() {
    }

    /** Where the store is, for messages: a directory, or a SolrCloud address and collection. */
    String describe();

    @Override
    void close();
}
