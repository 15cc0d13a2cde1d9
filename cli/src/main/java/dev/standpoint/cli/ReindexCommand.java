package dev.standpoint.cli;

import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.Store;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code standpoint reindex}: rebuilds the index from the source copies in the data directory, with the current
 * analyser and knowledge base. The new index is built beside the old one and swapped in only when complete, so a
 * failed or interrupted rebuild leaves the old index as it was.
 */
@Command(name = "reindex", description = {"Rebuild the index from the kept source files (after upgrading Standpoint",
        "or editing the knowledge base). The old index stays in use until the new one is complete."})
final class ReindexCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Mixin
    EmbeddingOptions embeddings = new EmbeddingOptions();

    @Option(names = "--force", description = "Swap in the rebuilt index even when some kept sources failed "
            + "(those documents are then dropped).")
    boolean force;

    @Override
    public Integer call() {
        StandpointHome h = home.resolve();
        Workspace ws = home.workspace();
        if (ws.storeChoice().isSolr()) {
            throw new Errors.UserError("reindex rebuilds the index in the data directory; to rebuild a SolrCloud "
                    + "collection, create a fresh one (standpoint solr create) and ingest the kept sources in " + h.sources()
                    + " into it with --store, or rebuild the embedded index and `standpoint solr copy` it", 2);
        }
        Path rebuild = h.root().resolve("index.rebuild");
        delete(rebuild);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ProgressLine progress = ProgressLine.forConsole();
        IngestReport report;
        try (Store current = ws.openForWriting();
             LuceneStore fresh = LuceneStore.open(h, rebuild, Version.current(), ws.analyser().describe(),
                     embeddings.enabled() ? dev.standpoint.index.embed.MiniLmEncoder.NAME : "")) {
            report = ws.ingestor(fresh, n, null, embeddings).rebuild(new SourceArchive(h.sources()), progress);
            current.refresh();
        }
        progress.finish();
        IngestCommand.print(report, System.out);
        if (!report.ok() && !force) {
            delete(rebuild);
            System.err.println("standpoint: " + report.failed().size() + " kept source(s) failed; the old index is "
                    + "unchanged (use --force to rebuild without them)");
            return 1;
        }
        swap(h.index(), rebuild, h.root().resolve("index.old"));
        try (Store store = ws.openForWriting()) {
            store.commit();
        }
        return report.ok() ? 0 : 1;
    }

    private static void swap(Path index, Path rebuilt, Path old) {
        try {
            delete(old);
            if (Files.exists(index)) {
                Files.move(index, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(rebuilt, index, StandardCopyOption.ATOMIC_MOVE);
            delete(old);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot swap in the rebuilt index " + rebuilt + ": " + e.getMessage(), e);
        }
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir + ": " + e.getMessage(), e);
        }
    }
}
