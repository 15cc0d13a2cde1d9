package dev.standpoint.solr;

import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.StoredDocument;
import dev.standpoint.index.lucene.LuceneStore;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Copies an embedded index into a SolrCloud collection as it is: each stored document — analysed document, file hash
 * and sentence vectors — is added to the collection, so nothing is parsed, analysed or embedded again. Committed
 * page by page, so an interrupted copy keeps what it committed and a rerun replaces documents rather than doubling
 * them (ids are content hashes).
 */
public final class EmbeddedCopy {

    /** Documents read, added and committed at a time. */
    static final int PAGE = 200;

    /** What was copied. */
    public record Copied(long documents, long vectors, double seconds) {
    }

    /** Progress after each committed page: documents copied so far and the source's total. */
    public record Progress(long copied, long total, double seconds) {
    }

    private EmbeddedCopy() {
    }

    /** Copies every document of {@code from} into {@code to}, reporting after each committed page. */
    public static Copied copy(LuceneStore from, SolrStore to, Consumer<Progress> progress) {
        long start = System.nanoTime();
        long total = from.manifest().documents();
        long documents = 0;
        long vectors = 0;
        for (int offset = 0; ; offset += PAGE) {
            List<DocumentSummary> page = from.documents(offset, PAGE);
            for (DocumentSummary d : page) {
                Optional<StoredDocument> s = from.stored(d.id());
                if (s.isPresent()) {
                    to.add(s.get().document(), s.get().fileHash(), s.get().vectors());
                    documents++;
                    vectors += s.get().vectors().size();
                }
            }
            to.commit();
            progress.accept(new Progress(documents, Math.max(total, documents), seconds(start)));
            if (page.size() < PAGE) {
                return new Copied(documents, vectors, seconds(start));
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
