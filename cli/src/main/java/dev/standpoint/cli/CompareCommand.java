package dev.standpoint.cli;

import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.answer.AnswerSettings;
import dev.standpoint.index.answer.Citation;
import dev.standpoint.index.answer.ClaimRetriever;
import dev.standpoint.index.answer.Comparison;
import dev.standpoint.index.answer.ComparisonBuilder;
import dev.standpoint.index.answer.GroupBy;
import dev.standpoint.index.answer.VerdictSide;
import dev.standpoint.index.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint compare "QUESTION" --by …}: how groups divide, side by side, each side cited. */
@Command(name = "compare", description = {"Compare how holders, authors, countries, years or sources divide on a",
        "question, each group with its verdict and its heaviest assessments quoted."})
final class CompareCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Mixin
    OutputOptions output;

    @Parameters(paramLabel = "QUESTION", description = "The question, in quotes.")
    String question;

    @Option(names = "--by", paramLabel = "GROUP", defaultValue = "holder",
            description = "holder (default), author, country, year or source.")
    String by;

    @Option(names = "--from", paramLabel = "YEAR", description = "Only documents from this year on.")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR", description = "Only documents up to this year.")
    Integer to;

    @Option(names = "--groups", paramLabel = "N", defaultValue = "8", description = "Show at most N groups (default 8).")
    int maxGroups;

    /** One cited sentence of a group, flattened for JSON Lines and CSV. */
    record Row(String question, String by, String group, String groupVerdict, int citation, String polarity,
               String holder, String documentId, String title, String published, int start, int end, String text) {
    }

    @Override
    public Integer call() {
        GroupBy groupBy = GroupBy.parse(by);
        Workspace ws = home.workspace();
        SearchFilter filter = new SearchFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), from, to);
        try (Store store = ws.openForReading()) {
            ComparisonBuilder builder = new ComparisonBuilder(ws.questions(),
                    ws.retriever(store), ws.knowledgeBase(), AnswerSettings.DEFAULT);
            Comparison c = builder.compare(question, groupBy, filter);
            output.write(c, () -> print(c, maxGroups), () -> rows(c), () -> csv(rows(c)));
        }
        return 0;
    }

    static String print(Comparison c, int maxGroups) {
        StringBuilder b = new StringBuilder();
        b.append(c.question()).append("\n\n");
        if (c.groups().isEmpty()) {
            return b.append("No relevant assessments found.\n").toString();
        }
        b.append("Overall: ").append(c.overall().label().label().toUpperCase(Locale.ROOT))
                .append(String.format(Locale.ROOT, " · %d assessments · grouped by %s%n%n", c.overall().assessments(),
                        c.by().label()));
        int shown = 0;
        for (Comparison.Group g : c.groups()) {
            if (shown++ >= maxGroups) {
                b.append(String.format(Locale.ROOT, "… and %d more groups (--groups N)%n", c.groups().size() - maxGroups));
                break;
            }
            b.append(String.format(Locale.ROOT, "%-28s %-8s %s  %d assessment%s%n", g.label(),
                    g.verdict().label().label(), bars(g), g.verdict().assessments(),
                    g.verdict().assessments() == 1 ? "" : "s"));
            for (int n : g.citations()) {
                Citation cit = c.citations().get(n - 1);
                b.append("    ").append(AnswerPrinter.polarityMark(cit.polarity())).append(' ')
                        .append(AnswerPrinter.quote(cit.text())).append(" [").append(n).append("]\n");
            }
            b.append('\n');
        }
        b.append("Sources\n");
        for (Citation cit : c.citations()) {
            b.append(String.format(Locale.ROOT, "  [%d] %s%s · %s · doc %s, characters %d–%d%n", cit.number(),
                    cit.author().isEmpty() ? "" : cit.author() + ", ", AnswerPrinter.quote(cit.title()), cit.holder(),
                    cit.documentId(), cit.start(), cit.end()));
        }
        return b.toString();
    }

    /** A ten-character bar: + positive, − negative, ± mixed. */
    private static String bars(Comparison.Group g) {
        StringBuilder b = new StringBuilder();
        for (VerdictSide s : g.verdict().sides()) {
            String mark = switch (s.polarity()) {
                case POSITIVE -> "+";
                case NEGATIVE -> "−";
                default -> "±";
            };
            b.append(mark.repeat((int) Math.round(s.share() * 10)));
        }
        return String.format(Locale.ROOT, "%-10s", b.length() > 10 ? b.substring(0, 10) : b.toString());
    }

    static List<Row> rows(Comparison c) {
        List<Row> rows = new ArrayList<>();
        for (Comparison.Group g : c.groups()) {
            for (int n : g.citations()) {
                Citation cit = c.citations().get(n - 1);
                rows.add(new Row(c.question(), c.by().label(), g.label(), g.verdict().label().label(), n,
                        cit.polarity() == null ? "" : cit.polarity().label(), cit.holder(), cit.documentId(), cit.title(),
                        cit.published() == null ? "" : cit.published().toString(), cit.start(), cit.end(), cit.text()));
            }
        }
        return rows;
    }

    static Csv csv(List<Row> rows) {
        Csv csv = new Csv("question", "by", "group", "group_verdict", "citation", "polarity", "holder", "document_id",
                "title", "published", "start", "end", "text");
        rows.forEach(r -> csv.row(r.question(), r.by(), r.group(), r.groupVerdict(), r.citation(), r.polarity(),
                r.holder(), r.documentId(), r.title(), r.published(), r.start(), r.end(), r.text()));
        return csv;
    }
}
