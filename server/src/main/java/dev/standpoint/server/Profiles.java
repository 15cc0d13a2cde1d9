package dev.standpoint.server;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.model.Entity;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.Store;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Who assesses an entity or a relationship, how, and how that changed over the years: facet counts over the
 * assessment sentences that mention it, and the assessments themselves, newest first.
 */
final class Profiles {

    /** How many assessments a profile reads to split each holder's view by polarity and to page through. */
    static final int SAMPLE = 2_000;
    static final int HOLDERS = 12;
    private static final List<String> POLARITIES = List.of("positive", "negative", "mixed");

    /** An entity as the UI names it. */
    record EntityRef(String id, String name, String type, String country) {
    }

    /** One row of the entity listing. */
    record EntityRow(String id, String name, String type, long sentences) {
    }

    /** One row of the dyad listing. */
    record DyadRow(String key, EntityRef first, EntityRef second, long sentences) {
    }

    /** A holder's assessments of the subject, split by polarity (over the assessments read). */
    record HolderRow(String name, long assessments, Map<String, Long> polarity) {
    }

    /** Assessments of the subject in documents of one year, by polarity. */
    record YearRow(int year, Map<String, Long> polarity) {
    }

    /**
     * Everything an entity or dyad page shows.
     *
     * @param subject     the entity, or the two entities of a dyad
     * @param sentences   sentences that mention it
     * @param assessments assessment sentences that mention it
     * @param polarity    those assessments by polarity
     * @param holders     who holds them, most first
     * @param timeline    by year of the document, oldest first
     * @param items       the assessments, newest document first
     */
    record Profile(List<EntityRef> subject, long sentences, long assessments, Map<String, Long> polarity,
                   List<HolderRow> holders, List<YearRow> timeline, Page<SentenceHit> items) {
    }

    private final Store store;
    private final KnowledgeBase kb;

    Profiles(Store store, KnowledgeBase kb) {
        this.store = store;
        this.kb = kb;
    }

    EntityRef ref(String id) {
        Entity e = kb.get(id).orElse(null);
        return e == null ? new EntityRef(id, id, "UNKNOWN", null)
                : new EntityRef(id, e.name(), e.type().name(), e.country());
    }

    List<EntityRow> entities(Map<String, Long> counts) {
        List<EntityRow> rows = new ArrayList<>(counts.size());
        counts.forEach((id, n) -> {
            EntityRef r = ref(id);
            rows.add(new EntityRow(id, r.name(), r.type(), n));
        });
        return rows;
    }

    List<DyadRow> dyads(Map<String, Long> counts) {
        List<DyadRow> rows = new ArrayList<>(counts.size());
        counts.forEach((key, n) -> {
            String[] p = key.split("\\|");
            if (p.length == 2) {
                rows.add(new DyadRow(key, ref(p[0]), ref(p[1]), n));
            }
        });
        return rows;
    }

    /** The profile of the sentences that mention all of {@code ids}; {@code dyadKey} ranks that pair's sentences first. */
    Profile profile(List<String> ids, String dyadKey, Paging paging) {
        SearchFilter mentions = new SearchFilter(Set.of(), Set.of(), Set.of(), Set.copyOf(ids), Set.of(), null, null);
        // Every matching sentence mentions each of ids, so each id's count in the entity facet is the match count.
        long sentences = store.facet("entity", mentions, ids.size() + 4).getOrDefault(ids.get(0), 0L);
        Map<String, Long> polarity = store.facet("polarity", mentions, 10);
        long assessments = polarity.values().stream().mapToLong(Long::longValue).sum();
        List<SentenceHit> hits = store.search(new SentenceQuery("",
                dev.standpoint.index.Boosts.dyads(dyadKey == null ? Set.of() : Set.of(dyadKey)), true, false, mentions,
                SAMPLE));
        List<SentenceHit> newestFirst = new ArrayList<>(hits);
        newestFirst.sort(Comparator.comparing((SentenceHit h) -> h.document().published(),
                        Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                .thenComparing(h -> h.document().id()).thenComparingInt(h -> h.sentence().sentence().index()));
        Page<SentenceHit> page = Page.of(newestFirst, paging);
        page = new Page<>(page.offset(), page.limit(), assessments, page.hasMore(), page.items());
        return new Profile(ids.stream().map(this::ref).toList(), sentences, assessments, polarity,
                holders(mentions, hits), timeline(mentions), page);
    }

    private List<HolderRow> holders(SearchFilter mentions, List<SentenceHit> hits) {
        Map<String, Map<String, Long>> split = new LinkedHashMap<>();
        for (SentenceHit h : hits) {
            var a = h.sentence().assessment();
            split.computeIfAbsent(a.holder().name(), k -> new TreeMap<>()).merge(a.polarity().label(), 1L, Long::sum);
        }
        List<HolderRow> rows = new ArrayList<>();
        store.facet("holder", mentions, HOLDERS).forEach((name, n) ->
                rows.add(new HolderRow(name, n, split.getOrDefault(name, Map.of()))));
        return rows;
    }

    private List<YearRow> timeline(SearchFilter mentions) {
        Map<Integer, Map<String, Long>> years = new TreeMap<>();
        for (String p : POLARITIES) {
            SearchFilter f = new SearchFilter(Set.of(), Set.of(), Set.of(), mentions.entities(), Set.of(p), null, null);
            store.facet("year", f, 10_000).forEach((year, n) -> {
                try {
                    years.computeIfAbsent(Integer.parseInt(year), k -> new LinkedHashMap<>()).put(p, n);
                } catch (NumberFormatException ignored) {
                    // a year facet is always digits; anything else is not a year to chart
                }
            });
        }
        List<YearRow> rows = new ArrayList<>();
        years.forEach((y, m) -> rows.add(new YearRow(y, m)));
        return rows;
    }
}
