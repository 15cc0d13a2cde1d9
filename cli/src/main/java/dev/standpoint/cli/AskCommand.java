package dev.standpoint.cli;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.Citation;
import dev.standpoint.index.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint ask "QUESTION"}: a cited answer. */
@Command(name = "ask", description = {"Answer a question from the index: a verdict, key points, conditions and",
        "forecasts, every one a quotation cited to its source. --format json|jsonl|csv for other tools."})
final class AskCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Option(names = "--author", paramLabel = "NAME", description = "Only documents by this author.")
    Set<String> authors = Set.of();

    @Option(names = "--from", paramLabel = "YEAR", description = "Only documents from this year on.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only documents up to this year.")
    Integer to;

    /** One cited sentence of an answer, flattened for JSON Lines and CSV. */
    record Row(String question, String verdict, int citation, String polarity, boolean forecast, String holder,
               String author, String documentId, String title, String published, int sentence, int start, int end,
               String text, double relevance, double weight) {
    }

    @Override
    public Integer call() {
        Workspace ws = home.workspace();
        SearchFilter filter = new SearchFilter(Set.of(), authors, Set.of(), Set.of(), Set.of(), from, to);
        try (Store store = ws.openForReading()) {
            if (store.stats().documents() == 0) {
                throw new Errors.UserError("the index at " + ws.home().index() + " is empty; run `standpoint ingest PATH` first");
            }
            Answer answer = ws.answers(store).answer(question, filter);
            output.write(answer, () -> AnswerPrinter.print(answer), () -> rows(answer), () -> csv(rows(answer)));
        }
        return 0;
    }

    static List<Row> rows(Answer a) {
        List<Row> rows = new ArrayList<>();
        for (Citation c : a.citations()) {
            rows.add(new Row(a.question(), a.verdict().label().label(), c.number(),
                    c.polarity() == null ? "" : c.polarity().label(), c.forecast(), c.holder(), c.author(),
                    c.documentId(), c.title(), c.published() == null ? "" : c.published().toString(), c.sentenceIndex(),
                    c.start(), c.end(), c.text(), c.relevance(), c.weight()));
        }
        return rows;
    }

    static Csv csv(List<Row> rows) {
        Csv csv = new Csv("question", "verdict", "citation", "polarity", "forecast", "holder", "author", "document_id",
                "title", "published", "sentence", "start", "end", "text", "relevance", "weight");
        for (Row r : rows) {
            csv.row(r.question(), r.verdict(), r.citation(), r.polarity(), r.forecast(), r.holder(), r.author(),
                    r.documentId(), r.title(), r.published(), r.sentence(), r.start(), r.end(), r.text(),
                    String.format(java.util.Locale.ROOT, "%.3f", r.relevance()),
                    String.format(java.util.Locale.ROOT, "%.3f", r.weight()));
        }
        return csv;
    }
}
