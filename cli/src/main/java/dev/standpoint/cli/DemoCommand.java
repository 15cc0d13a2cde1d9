package dev.standpoint.cli;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.eval.AskCase;
import dev.standpoint.index.eval.QuestionSet;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code standpoint demo}: ingests the bundled examples (and the seed document when {@code ../shared} is present)
 * into a fresh index and answers the example questions, saying for each whether the answer agrees with the verdict
 * the examples' author intended.
 */
@Command(name = "demo", description = {"Ingest the bundled examples into a fresh index and answer example questions.",
        "Also ingests the seed document when ../shared is present."})
final class DemoCommand implements Callable<Integer> {

    static final String SEED_QUESTION = "How do U.S. experts assess Abe's attempts to improve relations with Russia?";
    private static final String MARKER = ".standpoint-demo";

    @Option(names = "--home", paramLabel = "DIR", defaultValue = "standpoint-demo",
            description = "Where to build the demo index (default ./standpoint-demo; emptied first).")
    Path home;

    @Option(names = "--quiet", description = "Print only the verdict lines, not whole answers.")
    boolean quiet;

    @Override
    public Integer call() {
        StandpointHome h = fresh(home);
        Workspace ws = new Workspace(h);
        List<Path> inputs = new ArrayList<>(exampleDocuments(ws));
        Optional<Path> seed = ProjectPaths.shared().map(s -> s.resolve("corpus")).filter(Files::isDirectory);
        seed.ifPresent(inputs::add);
        System.out.println("Standpoint demo — index in " + h.root());
        System.out.println("Ingesting " + ProjectPaths.examples() + seed.map(s -> " and " + s).orElse(""));
        ProgressLine progress = ProgressLine.forConsole();
        List<AskCase> cases = new ArrayList<>(QuestionSet.read(ProjectPaths.examples().resolve("questions.jsonl")));
        seed.ifPresent(s -> cases.add(0, new AskCase(SEED_QUESTION, "negative", List.of("extremely skeptical", "waste of time"))));
        int passed = 0;
        EmbeddingOptions embeddings = new EmbeddingOptions();
        try (Store store = ws.openForWriting(embeddings)) {
            IngestReport report = ws.ingestor(store, Runtime.getRuntime().availableProcessors(), null, embeddings)
                    .ingest(inputs, progress);
            progress.finish();
            IngestCommand.print(report, System.out);
            AnswerBuilder answers = ws.answers(store);
            for (AskCase c : cases) {
                Answer a = answers.answer(c.question(), SearchFilter.NONE);
                boolean ok = c.passes(a);
                passed += ok ? 1 : 0;
                System.out.println();
                System.out.println("─".repeat(100));
                System.out.printf(Locale.ROOT, "%s verdict %s (intended: %s)%s%n", ok ? "✓" : "✗",
                        a.verdict().label().label(), c.verdict(), c.citesRequired(a) ? "" : " — expected passage not cited");
                if (!quiet) {
                    System.out.print(AnswerPrinter.print(a));
                } else {
                    System.out.println(c.question());
                }
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%d of %d answers agree with the intended verdict and cite an expected passage.%n",
                passed, cases.size());
        System.out.println("Explore further: STANDPOINT_HOME=" + h.root() + " ./standpoint show arctic   (or ask, stats, entities)");
        return 0;
    }

    /**
     * The example documents: the supported files of the examples folder except its README, which describes the
     * examples and quotes their sentences, so that ingesting it would let answers cite the README instead.
     */
    static List<Path> exampleDocuments(Workspace ws) {
        Path dir = ProjectPaths.examples();
        if (!Files.isDirectory(dir)) {
            throw new Errors.UserError("the examples folder " + dir + " is missing; run the demo from the project root");
        }
        var parser = ws.parser(null);
        try (var files = Files.list(dir)) {
            return files.filter(f -> Files.isRegularFile(f) && parser.supports(f))
                    .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).startsWith("readme"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the examples in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Empties the demo directory, refusing to touch a directory that is not a demo index. */
    private static StandpointHome fresh(Path dir) {
        try {
            if (Files.exists(dir)) {
                boolean isDemo = Files.exists(dir.resolve(MARKER));
                boolean empty;
                try (var list = Files.list(dir)) {
                    empty = list.findAny().isEmpty();
                }
                if (!isDemo && !empty) {
                    throw new Errors.UserError(dir + " exists and is not a demo index; choose another --home");
                }
                ReindexCommand.delete(dir);
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "Built by `standpoint demo`; emptied on every run.\n");
            return new StandpointHome(dir).create();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + dir + ": " + e.getMessage(), e);
        }
    }
}
