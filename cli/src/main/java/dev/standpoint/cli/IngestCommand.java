package dev.standpoint.cli;

import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Partition;
import dev.standpoint.index.Store;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint ingest PATH…}: reads, analyses and indexes files and folders. */
@Command(name = "ingest", description = {
        "Ingest files and folders (recursively): .txt, .md, .html/.htm, .pdf, .docx.",
        "Unchanged files are skipped. Each file that cannot be read gets one line naming it and the reason;",
        "the rest of the batch goes on, and the exit code is 1 if any file failed."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to ingest.")
    List<Path> paths;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: number of cores).")
    Integer threads;

    @Mixin
    EmbeddingOptions embeddings = new EmbeddingOptions();

    @Option(names = "--partition", paramLabel = "I/N", description = {"Ingest only the I-th of N parts of the files",
            "(by a hash of each file's path), so that N processes given the same PATHs ingest them together."})
    String partition;

    @Option(names = "--max-file-mb", paramLabel = "MB",
            description = "Refuse files larger than this (default: $STANDPOINT_MAX_FILE_MB, else 50).")
    Long maxFileMb;

    @Override
    public Integer call() {
        Workspace ws = home.workspace();
        Partition part = partition == null ? Partition.ALL : Partition.parse(partition);
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        ProgressLine progress = ProgressLine.forConsole();
        IngestReport report;
        try (Store store = ws.openForWriting(embeddings)) {
            report = ws.ingestor(store, n, maxFileMb, embeddings).ingest(paths, progress, part);
        }
        progress.finish();
        print(report, System.out);
        return report.ok() ? 0 : 1;
    }

    static void print(IngestReport r, PrintStream out) {
        out.printf(Locale.ROOT, "Ingested %,d file%s: %,d added, %,d unchanged, %,d duplicate%s, %,d failed%s%n",
                r.found(), r.found() == 1 ? "" : "s", r.added(), r.unchanged(), r.duplicates(),
                r.duplicates() == 1 ? "" : "s", r.failed().size(),
                r.skipped() > 0 ? String.format(Locale.ROOT, " (%,d unsupported files skipped)", r.skipped()) : "");
        out.printf(Locale.ROOT, "%,d sentences (%,d embedded), %.1f MB in %.1f s (%.1f documents/s, %.2f MB/s)%n",
                r.sentences(), r.vectors(), r.bytes() / 1e6, r.seconds(), r.documentsPerSecond(), r.seconds() > 0 ? r.bytes() / 1e6 / r.seconds() : 0);
        if (!r.failed().isEmpty()) {
            out.println("Failed:");
            r.failed().forEach(f -> out.println("  " + f));
        }
    }
}
