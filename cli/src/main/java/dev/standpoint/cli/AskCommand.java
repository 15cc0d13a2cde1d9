package dev.standpoint.cli;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.lucene.LuceneStore;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint ask "QUESTION"}: a cited answer. */
@Command(name = "ask", description = {"Answer a question from the index: a verdict, key points, conditions and",
        "forecasts, every one a quotation cited to its source."})
final class AskCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Option(names = "--json", description = "Print the answer as JSON.")
    boolean json;

    @Option(names = "--author", paramLabel = "NAME", description = "Only documents by this author.")
    Set<String> authors = Set.of();

    @Option(names = "--from", paramLabel = "YEAR", description = "Only documents from this year on.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only documents up to this year.")
    Integer to;

    @Override
    public Integer call() {
        Workspace ws = new Workspace(home.resolve());
        SearchFilter filter = new SearchFilter(Set.of(), authors, Set.of(), Set.of(), Set.of(), from, to);
        try (LuceneStore store = ws.openForReading()) {
            if (store.stats().documents() == 0) {
                throw new Errors.UserError("the index at " + ws.home().index() + " is empty; run `standpoint ingest PATH` first");
            }
            Answer answer = ws.answers(store).answer(question, filter);
            System.out.println(json ? Json.pretty(answer) : AnswerPrinter.print(answer));
        }
        return 0;
    }
}
