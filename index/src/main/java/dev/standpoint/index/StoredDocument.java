package dev.standpoint.index;

import dev.standpoint.core.model.AnalysedDocument;

/**
 * Everything a store keeps of one document, enough to add it to another store as it is: no parsing, analysis or
 * embedding again.
 *
 * @param document the analysed document
 * @param fileHash the SHA-256 of the file it was read from ({@code null} when unknown)
 * @param vectors  the vectors of its embedded sentences
 */
public record StoredDocument(AnalysedDocument document, String fileHash, SentenceVectors vectors) {

    public StoredDocument {
        if (document == null || vectors == null) {
            throw new IllegalArgumentException("the document and its vectors (possibly none) are required");
        }
    }
}
