package dev.standpoint.cli;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.forecast.BrierScore;
import dev.standpoint.index.forecast.Forecast;
import dev.standpoint.index.forecast.ForecastBenchCheck;
import dev.standpoint.index.forecast.ForecastLedger;
import dev.standpoint.index.forecast.JudgementLog;
import dev.standpoint.index.forecast.Outcome;
import dev.standpoint.index.forecast.Resolution;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint forecasts list|show|resolve|score|check}: the forecast ledger. */
@Command(name = "forecasts", description = {"The forecast ledger: every extracted forecast with holder, date,",
        "probability and conditions; resolve them and score holders (Brier, calibration)."},
        subcommands = {ForecastsCommand.ListForecasts.class, ForecastsCommand.Show.class, ForecastsCommand.Resolve.class,
                ForecastsCommand.Score.class, ForecastsCommand.Check.class})
final class ForecastsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static ForecastLedger ledger(Workspace ws, Store store) {
        return new ForecastLedger(store, new JudgementLog(ws.home().judgements()), Clock.systemUTC());
    }

    @Command(name = "list", description = "List forecasts, newest first.")
    static final class ListForecasts implements Callable<Integer> {
        @Mixin
        HomeOption home;
        @Mixin
        OutputOptions output;
        @Option(names = "--holder", paramLabel = "NAME", description = "Only this holder.")
        Set<String> holders = Set.of();
        @Option(names = "--entity", paramLabel = "ID", description = "Only forecasts mentioning this entity id (e.g. RUS).")
        Set<String> entities = Set.of();
        @Option(names = "--from", paramLabel = "YEAR", description = "Only from this year on.")
        Integer from;
        @Option(names = "--to", paramLabel = "YEAR", description = "Only up to this year.")
        Integer to;
        @Option(names = "--status", defaultValue = "all", description = "all (default), open or resolved.")
        String status;
        @Option(names = "--offset", defaultValue = "0", description = "Skip this many.")
        int offset;
        @Option(names = "--limit", defaultValue = "50", description = "Show this many (default 50).")
        int limit;

        @Override
        public Integer call() {
            ForecastLedger.Status st;
            try {
                st = ForecastLedger.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--status must be all, open or resolved; got '" + status + "'");
            }
            if (limit < 1 || offset < 0) {
                throw new IllegalArgumentException("--limit must be positive and --offset non-negative");
            }
            Workspace ws = home.workspace();
            SearchFilter filter = new SearchFilter(Set.of(), Set.of(), holders, entities, Set.of(), from, to);
            try (Store store = ws.openForReading()) {
                ForecastLedger ledger = ledger(ws, store);
                List<Forecast> list = ledger.list(filter, st, offset, limit);
                long total = ledger.count(filter);
                output.write(Map.of("total", total, "forecasts", list), () -> print(list, total), () -> list,
                        () -> csv(list));
            }
            return 0;
        }

        static String print(List<Forecast> list, long total) {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%,d forecasts in the index%n%n", total));
            for (Forecast f : list) {
                b.append(String.format(Locale.ROOT, "%s  %s · %s (%.0f%%)%s%s%n", f.id(), f.made() == null ? "undated"
                        : f.made(), f.likelihood().label(), f.probability() * 100, " · " + f.holder(),
                        f.resolution() == null ? "" : " · resolved " + f.resolution().outcome().label()));
                b.append("    ").append(AnswerPrinter.quote(f.text())).append('\n');
                f.conditions().forEach(c -> b.append("    if: ").append(AnswerPrinter.quote(c)).append('\n'));
            }
            return b.toString();
        }

        static Csv csv(List<Forecast> list) {
            Csv csv = new Csv("id", "made", "holder", "likelihood", "probability", "text", "conditions", "document_id",
                    "title", "start", "end", "outcome", "note");
            for (Forecast f : list) {
                csv.row(f.id(), f.made(), f.holder(), f.likelihood().label(),
                        String.format(Locale.ROOT, "%.3f", f.probability()), f.text(), String.join(" | ", f.conditions()),
                        f.documentId(), f.title(), f.start(), f.end(),
                        f.resolution() == null ? "" : f.resolution().outcome().label(),
                        f.resolution() == null ? "" : f.resolution().note());
            }
            return csv;
        }
    }

    @Command(name = "show", description = "Show one forecast.")
    static final class Show implements Callable<Integer> {
        @Mixin
        HomeOption home;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Workspace ws = home.workspace();
            try (Store store = ws.openForReading()) {
                Forecast f = ledger(ws, store).find(id)
                        .orElseThrow(() -> new Errors.UserError("no forecast with id '" + id + "'"));
                System.out.println(json ? Json.pretty(f) : ListForecasts.print(List.of(f), 1).lines().skip(2)
                        .reduce("", (a, b) -> a + b + "\n") + "    document " + f.documentId() + " " + AnswerPrinter.quote(f.title())
                        + ", sentence " + f.sentenceIndex() + ", characters " + f.start() + "–" + f.end()
                        + (f.resolution() == null ? "" : "\n    resolved " + f.resolution().outcome().label() + " at "
                        + f.resolution().at() + (f.resolution().note().isEmpty() ? "" : ": " + f.resolution().note())));
            }
            return 0;
        }
    }

    @Command(name = "resolve", description = {"Record how a forecast turned out (true, false or void), durably; the",
            "judgement survives reindex. The latest judgement of a forecast counts."})
    static final class Resolve implements Callable<Integer> {
        @Mixin
        HomeOption home;
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "OUTCOME", description = "true, false or void")
        String outcome;
        @Option(names = "--note", paramLabel = "TEXT", defaultValue = "", description = "Why.")
        String note;

        @Override
        public Integer call() {
            Outcome o = Outcome.parse(outcome);
            Workspace ws = home.workspace();
            try (Store store = ws.openForReading()) {
                ForecastLedger ledger = ledger(ws, store);
                if (ledger.find(id).isEmpty()) {
                    // Like `show`: a forecast that is not there is a failure (1), not a usage error (2).
                    throw new Errors.UserError("no forecast with id '" + id + "' (list them with `standpoint forecasts list`)");
                }
                Resolution r = ledger.resolve(id, o, note);
                System.out.println("resolved " + r.forecastId() + " as " + r.outcome().label() + " at " + r.at());
            }
            return 0;
        }
    }

    @Command(name = "score", description = "Brier scores and calibration, overall and per holder.")
    static final class Score implements Callable<Integer> {
        @Mixin
        HomeOption home;
        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Workspace ws = home.workspace();
            try (Store store = ws.openForReading()) {
                ForecastLedger.Scores s = ledger(ws, store).score();
                System.out.println(json ? Json.pretty(s) : print(s));
            }
            return 0;
        }

        static String print(ForecastLedger.Scores s) {
            StringBuilder b = new StringBuilder();
            if (s.overall().n() == 0) {
                return "No resolved forecasts yet (resolve some with `standpoint forecasts resolve ID true|false`)."
                        + (s.voided() > 0 ? " " + s.voided() + " voided." : "");
            }
            b.append(String.format(Locale.ROOT, "Overall: Brier %.3f over %d resolved forecast%s (%d void; 0 is perfect, "
                    + "0.25 is always saying 50%%)%n%n", s.overall().brier(), s.overall().n(),
                    s.overall().n() == 1 ? "" : "s", s.voided()));
            b.append(calibration(s.overall()));
            b.append("\nBy holder\n");
            s.byHolder().entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue().n(), x.getValue().n()))
                    .forEach(e -> b.append(String.format(Locale.ROOT, "  %-32s Brier %.3f  n=%d%n", e.getKey(),
                            e.getValue().brier(), e.getValue().n())));
            return b.toString();
        }

        static String calibration(BrierScore.Score s) {
            StringBuilder b = new StringBuilder("Calibration\n  band          n   forecast  observed\n");
            for (BrierScore.Bin bin : s.calibration()) {
                b.append(String.format(Locale.ROOT, "  %3.0f–%3.0f%%  %5d    %5.1f%%    %5.1f%%%n", bin.low() * 100,
                        bin.high() * 100, bin.n(), bin.meanForecast() * 100, bin.observed() * 100));
            }
            return b.toString();
        }
    }

    @Command(name = "check", description = {"Check the scoring code against known outcomes: ForecastBench market",
            "questions, the crowd's probability at the freeze date against the resolution."})
    static final class Check implements Callable<Integer> {
        @Option(names = "--forecastbench", paramLabel = "DIR", description = "Default: ../shared/datasets/forecastbench.")
        Path dir;
        @Option(names = "--json", description = "Print as JSON.")
        boolean json;

        @Override
        public Integer call() {
            Path root = dir != null ? dir : ProjectPaths.shared().map(s -> s.resolve("datasets/forecastbench"))
                    .orElseThrow(() -> new Errors.UserError("give --forecastbench DIR (../shared is not present)", 2));
            ForecastBenchCheck.Result r = ForecastBenchCheck.read(root);
            BrierScore.Score deciles = BrierScore.of(r.pairs(), BrierScore.deciles());
            double base = r.pairs().stream().mapToInt(BrierScore.Pair::outcome).average().orElse(0);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("questionSets", r.questionSets());
                out.put("bySource", r.bySource());
                out.put("baseRate", base);
                out.put("crowd", deciles);
                System.out.println(Json.pretty(out));
                return 0;
            }
            System.out.printf(Locale.ROOT, "%d resolved market questions in %d question sets %s%n", r.pairs().size(),
                    r.questionSets(), r.bySource());
            System.out.printf(Locale.ROOT, "crowd Brier %.4f · always 50%%: 0.2500 · always the base rate (%.3f): %.4f%n%n",
                    deciles.brier(), base, base * (1 - base));
            System.out.print(Score.calibration(deciles));
            return 0;
        }
    }
}
