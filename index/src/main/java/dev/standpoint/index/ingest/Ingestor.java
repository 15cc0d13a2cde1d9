package dev.standpoint.index.ingest;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.read.ReadException;
import dev.standpoint.index.SentenceVectors;
import dev.standpoint.index.Store;
import dev.standpoint.index.embed.DocumentEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ingests files: several worker threads read, structure, analyse and (given a {@link DocumentEmbedder}) embed
 * documents, each embedding its own document's sentences with a single-threaded encoder, so that the encoder — by
 * far the largest cost — runs on every core; the calling thread is the one writer
 * that keeps a copy of each source and adds the document to the store, committing every so often. One bad file
 * never stops a batch: it becomes one line in the report. A document is added whole or not at all, so an ingest
 * killed at any moment leaves a store that opens and a rerun completes the rest.
 */
public final class Ingestor {

    private static final int COMMIT_EVERY_DOCUMENTS = 250;
    private static final long COMMIT_EVERY_NANOS = 15_000_000_000L;

    private final DocumentParser parser;
    private final Analyser analyser;
    private final Store store;
    private final SourceArchive archive;
    private final int threads;
    private final DocumentEmbedder embedder;

    /** An ingest without sentence vectors: the index is searched by BM25 alone. */
    public Ingestor(DocumentParser parser, Analyser analyser, Store store, SourceArchive archive, int threads) {
        this(parser, analyser, store, archive, threads, null);
    }

    /** An ingest whose workers embed what {@code embedder} selects ({@code null}: nothing). */
    public Ingestor(DocumentParser parser, Analyser analyser, Store store, SourceArchive archive, int threads,
                    DocumentEmbedder embedder) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1; got " + threads);
        }
        this.parser = parser;
        this.analyser = analyser;
        this.store = store;
        this.archive = archive;
        this.threads = threads;
        this.embedder = embedder;
    }

    /** What a worker made of one file. */
    private sealed interface Outcome permits Added, Unchanged, Failed {
    }

    private record Added(Input input, AnalysedDocument document, SentenceVectors vectors, String fileHash, byte[] bytes,
                         List<String> warnings, List<String> repairs) implements Outcome {
    }

    /** A file to ingest, the name to cite it by, and whether to keep a copy (not when rebuilding from copies). */
    private record Input(Path file, String source, boolean keepCopy) {
    }

    private record Unchanged(Input input, String documentId) implements Outcome {
    }

    /** {@code line} names the file for a console; {@code reason} does not, for per-file results. */
    private record Failed(Input input, String line, String reason) implements Outcome {
    }

    /**
     * A file to ingest under another name than its path: an upload written to a temporary file keeps the name the
     * user gave it as its source.
     *
     * @param file   where the bytes are
     * @param source the name to cite it by
     */
    public record NamedFile(Path file, String source) {
        public NamedFile {
            if (file == null || source == null || source.isBlank()) {
                throw new IllegalArgumentException("file and source are required");
            }
        }
    }

    /** Ingests files and folders (walked recursively). */
    public IngestReport ingest(List<Path> inputs, IngestListener listener) {
        return ingest(inputs, listener, Partition.ALL);
    }

    /**
     * Ingests the files of one partition of the files and folders given, so that several processes given the same
     * arguments ingest the batch together, each file once.
     */
    public IngestReport ingest(List<Path> inputs, IngestListener listener, Partition partition) {
        InputFiles.Expansion expansion = InputFiles.expand(inputs, parser::supports);
        expansion.problems().forEach(listener::failed);
        List<Input> files = expansion.files().stream().filter(f -> partition.includes(f.toString()))
                .map(f -> new Input(f, f.toString(), true)).toList();
        return run(files, expansion.problems(), expansion.skipped(), listener);
    }

    /**
     * Ingests single files, each cited by its given source name rather than its path; the listener hears a
     * {@link FileOutcome} for each.
     */
    public IngestReport ingestNamed(List<NamedFile> named, IngestListener listener) {
        List<Input> files = named.stream().map(n -> new Input(n.file(), n.source(), true)).toList();
        return run(files, List.of(), 0, listener);
    }

    /** Re-ingests the kept copies of an archive, citing each by its original source. */
    public IngestReport rebuild(SourceArchive from, IngestListener listener) {
        List<Input> files = from.entries().stream().map(e -> new Input(from.file(e), e.source(), false)).toList();
        return run(files, List.of(), 0, listener);
    }

    private IngestReport run(List<Input> files, List<String> problems, int skipped, IngestListener listener) {
        long start = System.nanoTime();
        Tally tally = new Tally(files.size(), start);
        tally.failed.addAll(problems);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "standpoint-ingest");
            t.setDaemon(true);
            return t;
        });
        try {
            drive(files, pool, tally, listener);
        } finally {
            pool.shutdownNow();
            store.commit();
        }
        return tally.report(skipped, System.nanoTime() - start);
    }

    private void drive(List<Input> files, ExecutorService pool, Tally tally, IngestListener listener) {
        CompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
        int next = 0;
        int inFlight = 0;
        long lastCommit = System.nanoTime();
        int sinceCommit = 0;
        while (next < files.size() || inFlight > 0) {
            while (next < files.size() && inFlight < threads * 2) {
                Input f = files.get(next++);
                done.submit(() -> work(f));
                inFlight++;
            }
            Outcome o = take(done);
            inFlight--;
            if (write(o, tally, listener)) {
                sinceCommit++;
            }
            listener.progress(tally.progress());
            if (sinceCommit >= COMMIT_EVERY_DOCUMENTS || sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY_NANOS) {
                store.commit();
                sinceCommit = 0;
                lastCommit = System.nanoTime();
            }
        }
    }

    private static Outcome take(CompletionService<Outcome> done) {
        try {
            Future<Outcome> f = done.take();
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an ingest worker failed: " + e.getCause(), e.getCause());
        }
    }

    /** Runs on a worker thread. */
    private Outcome work(Input input) {
        Path file = input.file();
        try {
            byte[] bytes = Files.isRegularFile(file) && Files.isReadable(file) ? Files.readAllBytes(file) : null;
            String hash = bytes == null ? null : sha256(bytes);
            Optional<String> known = hash == null ? Optional.empty() : store.documentForFile(hash);
            if (known.isPresent()) {
                return new Unchanged(input, known.get());
            }
            DocumentParser.Parsed parsed = parser.parse(file, input.source());
            List<String> warnings = parsed.warnings().stream().map(w -> input.source() + ": " + w).toList();
            AnalysedDocument analysed = analyser.analyse(parsed.document());
            if (store.contains(analysed.document().id())) {
                return new Added(input, analysed, SentenceVectors.NONE, hash, bytes, warnings, parsed.warnings());
            }
            SentenceVectors vectors = embedder == null ? SentenceVectors.NONE : embedder.embed(analysed);
            return new Added(input, analysed, vectors, hash, bytes, warnings, parsed.warnings());
        } catch (ReadException e) {
            return new Failed(input, e.getMessage(), e.reason());
        } catch (IOException e) {
            return new Failed(input, file + ": cannot read (" + e.getMessage() + ")", "cannot read the file");
        } catch (RuntimeException e) {
            return new Failed(input, file + ": analysis failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "); please report this", "analysis failed; please report this");
        }
    }

    /** Runs on the writer thread; returns whether a document was added. */
    private boolean write(Outcome o, Tally tally, IngestListener listener) {
        if (o instanceof Unchanged u) {
            tally.unchanged++;
            listener.file(new FileOutcome(u.input().source(), FileOutcome.Status.UNCHANGED, u.documentId(), null, null,
                    List.of()));
            return false;
        }
        if (o instanceof Failed f) {
            tally.failed.add(f.line());
            listener.failed(f.line());
            listener.file(new FileOutcome(f.input().source(), FileOutcome.Status.FAILED, null, null, f.reason(),
                    List.of()));
            return false;
        }
        Added a = (Added) o;
        String id = a.document().document().id();
        String title = a.document().document().title();
        if (tally.addedIds.contains(id) || store.contains(id)) {
            tally.duplicates++;
            listener.file(new FileOutcome(a.input().source(), FileOutcome.Status.DUPLICATE, id, title, null,
                    a.repairs()));
            return false;
        }
        if (a.input().keepCopy()) {
            archive.store(id, a.input().source(), a.fileHash(), extension(a.input().file()), a.bytes());
        }
        store.add(a.document(), a.fileHash(), a.vectors());
        tally.addedIds.add(id);
        tally.sentences += a.document().sentences().size();
        tally.vectors += a.vectors().size();
        tally.bytes += a.bytes().length;
        tally.warnings.addAll(a.warnings());
        a.warnings().forEach(listener::warning);
        listener.file(new FileOutcome(a.input().source(), FileOutcome.Status.ADDED, id, title, null, a.repairs()));
        return true;
    }

    private static String extension(Path f) {
        String n = f.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "txt" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Counts kept by the writer thread. */
    private static final class Tally {
        final int total;
        final long start;
        final Set<String> addedIds = new HashSet<>();
        final List<String> failed = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        int unchanged;
        int duplicates;
        long sentences;
        long vectors;
        long bytes;

        Tally(int total, long start) {
            this.total = total;
            this.start = start;
        }

        IngestProgress progress() {
            int done = addedIds.size() + unchanged + duplicates + failed.size();
            return new IngestProgress(done, total, failed.size(), (System.nanoTime() - start) / 1e9);
        }

        IngestReport report(int skipped, long nanos) {
            return new IngestReport(total, addedIds.size(), unchanged, duplicates, failed, warnings, skipped, sentences, vectors,
                    bytes, nanos / 1e9);
        }
    }
}
