package dev.standpoint.cli;

import dev.standpoint.core.model.Assessment;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.answer.QuestionAnalysis;
import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.Store;
import dev.standpoint.index.search.Fusion;
import dev.standpoint.index.search.Retrieval;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint search "TEXT"}: the sentences ask would consider, with their scores and labels. */
@Command(name = "search", description = {"List the sentences most relevant to a text or question, with scores and",
        "labels: what `ask` builds its answer from."})
final class SearchCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Parameters(paramLabel = "TEXT", description = "Words or a question.")
    String text;

    @Option(names = "--limit", defaultValue = "20", description = "How many hits (default 20).")
    int limit;

    @Option(names = "--assessments", description = "Only assessments.")
    boolean assessmentsOnly;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Option(names = "--mode", defaultValue = "HYBRID", paramLabel = "MODE",
            description = "HYBRID (default; BM25 alone on an index without vectors), BM25 or DENSE.")
    Retrieval.Mode mode;

    @Option(names = "--fusion", defaultValue = "linear", paramLabel = "FUSION",
            description = "How HYBRID fuses: linear (default) or rrf.")
    String fusion;

    @Override
    public Integer call() {
        Workspace ws = home.workspace();
        QuestionAnalysis qa = ws.questions().analyse(text);
        SentenceQuery q = new SentenceQuery(qa.searchText(), new dev.standpoint.index.Boosts(qa.entities(), qa.dyads(),
                new LinkedHashSet<>(qa.holderTerms()), qa.dates(), qa.months(), qa.years(), qa.holderIds(),
                qa.documentText()), assessmentsOnly, false, SearchFilter.NONE, limit);
        Fusion f = switch (fusion.toLowerCase(Locale.ROOT)) {
            case "linear" -> Fusion.LINEAR;
            case "rrf" -> Fusion.RRF;
            default -> throw new Errors.UserError("--fusion must be linear or rrf; got " + fusion, 2);
        };
        try (Store store = ws.openForReading()) {
            Encoder encoder = mode == Retrieval.Mode.BM25 ? null : Workspace.questionEncoder(store);
            List<SentenceHit> hits = store.search(q.withVector(encoder == null ? null : encoder.embed(text))
                    .withRetrieval(Retrieval.DEFAULT.withMode(mode).withFusion(f)));
            if (json) {
                System.out.println(Json.pretty(hits));
                return 0;
            }
            System.out.println("searching: " + qa.searchText() + " · entities " + qa.entities() + " · dyads " + qa.dyads()
                    + " · holders " + qa.holderTerms());
            for (SentenceHit h : hits) {
                Assessment a = h.sentence().assessment();
                String label = a == null ? "" : a.assessment() ? a.polarity().label() + "/" + a.intensity().label()
                        + "/" + a.certainty().label() : "not assessment";
                System.out.printf(Locale.ROOT, "%7.3f  %-28s %s%n         %s [%s]%n", h.score(), label,
                        a == null ? "" : a.holder().name(), AnswerPrinter.quote(h.sentence().displayText()),
                        h.document().title());
            }
        }
        return 0;
    }
}
