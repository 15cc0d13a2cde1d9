package dev.standpoint.cli;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint entities}: the entities the indexed sentences mention, most mentioned first. */
@Command(name = "entities", description = {"List the entities the indexed sentences mention, with how many sentences",
        "mention each; --dyads lists the relationships instead."})
final class EntitiesCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--type", paramLabel = "TYPE", description = "Only STATE, PERSON, ORG, PLACE or GROUP.")
    EntityType type;

    @Option(names = "--dyads", description = "List dyads (pairs of actors) instead.")
    boolean dyads;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many (default 50).")
    int limit;

    @Option(names = "--json", description = "Print as JSON.")
    boolean json;

    /** One row of the listing. */
    record Row(String id, String name, String type, long sentences) {
    }

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new IllegalArgumentException("--limit must be at least 1; got " + limit);
        }
        Workspace ws = home.workspace();
        KnowledgeBase kb = ws.knowledgeBase();
        List<Row> rows = new ArrayList<>();
        try (Store store = ws.openForReading()) {
            Map<String, Long> counts = store.facet(dyads ? "dyad" : "entity", SearchFilter.NONE, dyads ? limit : 100_000);
            for (Map.Entry<String, Long> e : counts.entrySet()) {
                Entity entity = kb.get(e.getKey()).orElse(null);
                if (!dyads && type != null && (entity == null || entity.type() != type)) {
                    continue;
                }
                String name = dyads ? StatsCommand.dyad(e.getKey(), kb) : kb.nameOf(e.getKey());
                rows.add(new Row(e.getKey(), name, dyads ? "DYAD" : entity == null ? "?" : entity.type().name(), e.getValue()));
                if (rows.size() >= limit) {
                    break;
                }
            }
        }
        if (json) {
            System.out.println(Json.pretty(rows));
        } else {
            rows.forEach(r -> System.out.printf(Locale.ROOT, "%,8d  %-7s %-28s %s%n", r.sentences(), r.type(), r.name(), r.id()));
            if (rows.isEmpty()) {
                System.out.println("No entities in the index" + (type == null ? "" : " of type " + type) + ".");
            }
        }
        return 0;
    }
}
