package dev.standpoint.cli;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.index.IndexStats;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.Store;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint stats}: what the index holds. */
@Command(name = "stats", description = "What the index holds: counts, the manifest, and the top values of each facet.")
final class StatsCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = home.workspace();
        try (Store store = ws.openForReading()) {
            IndexStats s = store.stats();
            System.out.println(json ? Json.pretty(s) : print(s, ws.knowledgeBase(), ws.home().root().toString()));
        }
        return 0;
    }

    static String print(IndexStats s, KnowledgeBase kb, String home) {
        StringBuilder b = new StringBuilder();
        b.append("Index ").append(home).append('\n');
        b.append(String.format(Locale.ROOT, "%,d documents · %,d sentences · %,d assessments · %,d forecasts%n",
                s.documents(), s.sentences(), s.assessments(), s.forecasts()));
        if (!s.manifest().standpointVersion().isEmpty()) {
            b.append("written by Standpoint ").append(s.manifest().standpointVersion()).append(" · ")
                    .append(s.manifest().analyser()).append(" · encoder ")
                    .append(s.manifest().hasVectors() ? s.manifest().encoder() : "none (BM25 only)")
                    .append(" · committed ").append(s.manifest().committed()).append('\n');
        }
        for (Map.Entry<String, Map<String, Long>> facet : s.facets().entrySet()) {
            if (facet.getValue().isEmpty()) {
                continue;
            }
            b.append('\n').append(facet.getKey()).append('\n');
            facet.getValue().forEach((k, v) -> b.append(String.format(Locale.ROOT, "  %,8d  %s%n", v,
                    facet.getKey().equals("entity") ? kb.nameOf(k) : facet.getKey().equals("dyad") ? dyad(k, kb) : k)));
        }
        return b.toString();
    }

    static String dyad(String key, KnowledgeBase kb) {
        String[] p = key.split("\\|");
        return p.length == 2 ? kb.nameOf(p[0]) + "–" + kb.nameOf(p[1]) : key;
    }
}
