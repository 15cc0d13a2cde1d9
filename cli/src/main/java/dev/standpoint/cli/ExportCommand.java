package dev.standpoint.cli;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.answer.AnswerSettings;
import dev.standpoint.index.answer.ClaimRetriever;
import dev.standpoint.index.export.QdaCodebook;
import dev.standpoint.index.export.RefiQdaWriter;
import dev.standpoint.index.Store;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint export qdpx|qdc}: assessments for qualitative-analysis software (REFI-QDA). */
@Command(name = "export", description = {"Export for NVivo, ATLAS.ti and MAXQDA (REFI-QDA 1.5): a project (.qdpx)",
        "with documents and their assessments as coded selections, or the codebook alone (.qdc)."},
        subcommands = {ExportCommand.Qdpx.class, ExportCommand.Qdc.class})
final class ExportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static String origin() {
        return "Standpoint " + Version.current();
    }

    /** Which documents a project holds: exactly one of the three. */
    static final class Selection {
        @Option(names = "--documents", split = ",", paramLabel = "ID",
                description = "These documents: ids, id prefixes, source paths or title words, comma-separated.")
        List<String> documents;

        @Option(names = "--all", description = "Every document in the index.")
        boolean all;

        @Option(names = "--query", paramLabel = "QUESTION",
                description = "The documents holding assessments relevant to QUESTION.")
        String query;
    }

    @Command(name = "qdpx", description = {"Write a REFI-QDA project: the chosen documents as plain-text sources, every",
            "assessment and forecast a selection coded with its polarity, intensity, certainty, forecast band,",
            "condition and holder."})
    static final class Qdpx implements Callable<Integer> {
        @Mixin
        HomeOption home;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Selection selection;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.qdpx", description = "Where to write.")
        Path output;

        @Option(names = "--name", paramLabel = "NAME", description = "The project's name (default: the file name).")
        String name;

        @Override
        public Integer call() {
            Workspace ws = home.workspace();
            try (Store store = ws.openForReading()) {
                requireDocuments(ws, store);
                List<String> ids = ids(ws, store);
                // Loaded one at a time as the writer goes, so that exporting a large index stays within memory.
                Iterable<AnalysedDocument> docs = () -> ids.stream()
                        .map(id -> store.document(id).orElseThrow(() -> new Errors.UserError("no document " + id)))
                        .iterator();
                RefiQdaWriter writer = new RefiQdaWriter(origin(), Instant.now());
                RefiQdaWriter.Summary s = write(output, out -> writer.writeProject(projectName(), docs, out));
                System.out.printf("Exported %d document%s to %s: %d coded selections, %d codings, %d codes "
                                + "(REFI-QDA 1.5).%n", s.sources(), s.sources() == 1 ? "" : "s", output,
                        s.selections(), s.codings(), s.codes());
            }
            return 0;
        }

        private String projectName() {
            if (name != null && !name.isBlank()) {
                return name.strip();
            }
            String file = output.getFileName().toString();
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }

        private List<String> ids(Workspace ws, Store store) {
            Set<String> ids = new LinkedHashSet<>();
            if (selection.all) {
                allDocuments(store).forEach(d -> ids.add(d.id()));
            } else if (selection.query != null) {
                ids.addAll(relevant(ws, store, selection.query));
            } else {
                for (String ref : selection.documents) {
                    if (!ref.isBlank()) {
                        ids.add(ShowCommand.resolve(store, ref.strip()));
                    }
                }
            }
            if (ids.isEmpty()) {
                throw new Errors.UserError(selection.query != null
                        ? "no document holds assessments relevant to '" + selection.query + "'"
                        : "no documents to export");
            }
            return List.copyOf(ids);
        }

        private static List<String> relevant(Workspace ws, Store store, String question) {
            if (question.isBlank()) {
                throw new IllegalArgumentException("the question is empty");
            }
            List<SentenceHit> hits = ws.retriever(store)
                    .find(ws.questions().analyse(question), SearchFilter.NONE).hits();
            return hits.stream().filter(h -> h.sentence().isAssessment()).map(h -> h.document().id()).distinct()
                    .toList();
        }
    }

    @Command(name = "qdc", description = {"Write the REFI-QDA codebook: Standpoint's labels and one code per holder in",
            "the index, with the same GUIDs a project export uses."})
    static final class Qdc implements Callable<Integer> {
        @Mixin
        HomeOption home;

        @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.qdc", description = "Where to write.")
        Path output;

        @Override
        public Integer call() {
            Workspace ws = home.workspace();
            try (Store store = ws.openForReading()) {
                QdaCodebook codebook = QdaCodebook.forIndex(store);
                RefiQdaWriter writer = new RefiQdaWriter(origin(), Instant.now());
                write(output, out -> {
                    writer.writeCodebook(codebook, out);
                    return null;
                });
                System.out.printf("Exported the codebook to %s: %d codes (REFI-QDA 1.5).%n", output,
                        codebook.all().size());
            }
            return 0;
        }
    }

    private static void requireDocuments(Workspace ws, Store store) {
        if (store.stats().documents() == 0) {
            throw new Errors.UserError("the index at " + ws.home().index() + " is empty; run `standpoint ingest PATH` first");
        }
    }

    private static List<DocumentSummary> allDocuments(Store store) {
        List<DocumentSummary> out = new ArrayList<>();
        List<DocumentSummary> page;
        do {
            page = store.documents(out.size(), 1000);
            out.addAll(page);
        } while (page.size() == 1000);
        return out;
    }

    /** Writes through a temporary file beside {@code target}, so that a failed export leaves no half-written file. */
    static <T> T write(Path target, Function<OutputStream, T> body) {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new Errors.UserError("cannot write " + target + ": the folder " + dir + " does not exist");
        }
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(tmp)) {
                result = body.apply(out);
            }
            move(tmp, file);
            return result;
        } catch (IOException e) {
            throw new Errors.UserError("cannot write " + target + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new Errors.UserError("cannot write " + target + ": " + e.getCause().getMessage());
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover hidden temporary file is harmless; the export's own error matters more
        }
    }
}
