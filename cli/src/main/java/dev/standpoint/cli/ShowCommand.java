package dev.standpoint.cli;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint show DOC}: a stored document with its structure and annotations. */
@Command(name = "show", description = {"Show a stored document: its structure (title, byline, questions, answers,",
        "speakers, boilerplate) and every sentence's analysis. DOC is a document id (or its first characters),",
        "a source path, or words of the title."})
final class ShowCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "DOC", description = "Document id, id prefix, source path or title words.")
    String doc;

    @Option(names = "--json", description = "Print the analysed document as JSON.")
    boolean json;

    @Option(names = "--all", description = "Also show the labels of sentences that are not assessments.")
    boolean all;

    @Override
    public Integer call() {
        Workspace ws = home.workspace();
        try (Store store = ws.openForReading()) {
            String id = resolve(store, doc);
            AnalysedDocument d = store.document(id).orElseThrow(() -> new Errors.UserError("no document " + id));
            System.out.println(json ? Json.pretty(d) : DocumentPrinter.print(d, ws.knowledgeBase(), all));
        }
        return 0;
    }

    /** Finds the one document {@code ref} names, or fails listing the candidates. */
    static String resolve(Store store, String ref) {
        if (store.contains(ref)) {
            return ref;
        }
        String needle = ref.toLowerCase(Locale.ROOT);
        List<DocumentSummary> matches = new ArrayList<>();
        int offset = 0;
        List<DocumentSummary> page;
        do {
            page = store.documents(offset, 1000);
            for (DocumentSummary s : page) {
                if (s.id().startsWith(needle) || s.source().toLowerCase(Locale.ROOT).contains(needle)
                        || s.title().toLowerCase(Locale.ROOT).contains(needle)) {
                    matches.add(s);
                }
            }
            offset += page.size();
        } while (page.size() == 1000);
        if (matches.size() == 1) {
            return matches.get(0).id();
        }
        if (matches.isEmpty()) {
            throw new Errors.UserError("no document matches '" + ref + "' (try `standpoint stats` or an id from `ask`)");
        }
        StringBuilder b = new StringBuilder("'" + ref + "' matches " + matches.size() + " documents; give an id:");
        matches.stream().limit(10).forEach(s -> b.append("\n  ").append(s.id()).append("  ").append(s.title()));
        throw new Errors.UserError(b.toString());
    }
}
