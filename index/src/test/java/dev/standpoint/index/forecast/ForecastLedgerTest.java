package dev.standpoint.index.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.standpoint.core.model.Likelihood;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.TestViews;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forecast ledger over a real index of two outlooks whose forecasts carry explicit likelihood wording. */
class ForecastLedgerTest {

    private static final Instant NOW = Instant.parse("2025-05-01T12:00:00Z");
    private static final String INGRID = "Ingrid Salo-Mwangi";
    private static final String TOMASZ = "Tomasz Okoye-Lindqvist";

    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static StandpointHome home;
    private static LuceneStore store;
    private ForecastLedger ledger;

    @BeforeAll
    static void buildIndex() {
        home = new StandpointHome(shared.resolve("home"));
        assertThat(TestViews.ingest(home, TestViews.writeForecastFixtures(shared.resolve("in"))).added()).isEqualTo(2);
        store = LuceneStore.openReadOnly(home);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @BeforeEach
    void freshJudgements() {
        ledger = new ForecastLedger(store, new JudgementLog(tmp.resolve("judgements")), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private List<Forecast> all() {
        return ledger.list(SearchFilter.NONE, ForecastLedger.Status.ALL, 0, 100);
    }

    private Forecast forecast(String text) {
        return all().stream().filter(f -> f.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no forecast '" + text + "' in " + texts(all())));
    }

    private static List<String> texts(List<Forecast> list) {
        return list.stream().map(Forecast::text).toList();
    }

    private static SearchFilter filter(Set<String> holders, Set<String> entities, Integer from, Integer to) {
        return new SearchFilter(Set.of(), Set.of(), holders, entities, Set.of(), from, to);
    }

    @Test
    void everyForecastIsListedNewestFirstWithItsBandsProbability() {
        List<Forecast> all = all();
        assertThat(texts(all)).containsExactly(TestViews.FINLAND, TestViews.ESTONIA, TestViews.LATVIA,
                TestViews.LITHUANIA, TestViews.JAPAN, TestViews.CHINA);
        assertThat(ledger.count(SearchFilter.NONE)).isEqualTo(6);
        Map<String, Likelihood> bands = all.stream().collect(Collectors.toMap(Forecast::text, Forecast::likelihood));
        assertThat(bands).containsEntry(TestViews.FINLAND, Likelihood.ALMOST_CERTAIN)
                .containsEntry(TestViews.ESTONIA, Likelihood.VERY_LIKELY)
                .containsEntry(TestViews.LATVIA, Likelihood.ROUGHLY_EVEN)
                .containsEntry(TestViews.LITHUANIA, Likelihood.LIKELY)
                .containsEntry(TestViews.JAPAN, Likelihood.VERY_LIKELY)
                .containsEntry(TestViews.CHINA, Likelihood.ALMOST_CERTAIN);
        for (Forecast f : all) {
            assertThat(f.probability()).isEqualTo(f.likelihood().probability());
            assertThat(f.id()).matches(f.documentId() + "-[0-9a-f]{10}");
            assertThat(f.id()).isEqualTo(ForecastLedger.idOf(f.documentId(), f.text()));
            assertThat(f.resolved()).isFalse();
            String text = store.document(f.documentId()).orElseThrow().document().text();
            assertThat(TextNormaliser.collapseWhitespace(text.substring(f.start(), f.end()))).isEqualTo(f.text());
        }
        assertThat(all).extracting(Forecast::id).doesNotHaveDuplicates();
        assertThat(forecast(TestViews.FINLAND).made()).hasToString("2024-03-04");
        assertThat(forecast(TestViews.FINLAND).holder()).isEqualTo(INGRID);
        assertThat(forecast(TestViews.LITHUANIA).conditions()).containsExactly("as long as the funding holds");
        assertThat(forecast(TestViews.FINLAND).conditions()).isEmpty();
    }

    @Test
    void filtersByHolderEntityAndYears() {
        assertThat(texts(ledger.list(filter(Set.of(INGRID), Set.of(), null, null), ForecastLedger.Status.ALL, 0, 100)))
                .containsExactly(TestViews.FINLAND, TestViews.ESTONIA, TestViews.LATVIA, TestViews.LITHUANIA);
        assertThat(ledger.list(filter(Set.of(TOMASZ.toLowerCase()), Set.of(), null, null), ForecastLedger.Status.ALL,
                0, 100)).extracting(Forecast::holder).containsOnly(TOMASZ).hasSize(2);
        assertThat(texts(ledger.list(filter(Set.of(), Set.of("FIN"), null, null), ForecastLedger.Status.ALL, 0, 100)))
                .containsExactly(TestViews.FINLAND);
        assertThat(texts(ledger.list(filter(Set.of(), Set.of("CHN"), null, null), ForecastLedger.Status.ALL, 0, 100)))
                .containsExactly(TestViews.CHINA);
        assertThat(texts(ledger.list(filter(Set.of(), Set.of(), 2023, null), ForecastLedger.Status.ALL, 0, 100)))
                .containsExactly(TestViews.FINLAND, TestViews.ESTONIA, TestViews.LATVIA, TestViews.LITHUANIA);
        assertThat(texts(ledger.list(filter(Set.of(), Set.of(), null, 2022), ForecastLedger.Status.ALL, 0, 100)))
                .containsExactly(TestViews.JAPAN, TestViews.CHINA);
        assertThat(ledger.list(filter(Set.of(), Set.of(), 2030, null), ForecastLedger.Status.ALL, 0, 100)).isEmpty();
        assertThat(ledger.count(filter(Set.of(INGRID), Set.of(), null, null))).isEqualTo(4);
    }

    @Test
    void statusSeparatesOpenFromResolvedForecasts() {
        ledger.resolve(forecast(TestViews.ESTONIA).id(), Outcome.TRUE, "");
        ledger.resolve(forecast(TestViews.CHINA).id(), Outcome.VOID, "the patrols question lapsed");
        assertThat(texts(ledger.list(SearchFilter.NONE, ForecastLedger.Status.RESOLVED, 0, 100)))
                .containsExactly(TestViews.ESTONIA, TestViews.CHINA);
        assertThat(texts(ledger.list(SearchFilter.NONE, ForecastLedger.Status.OPEN, 0, 100)))
                .containsExactly(TestViews.FINLAND, TestViews.LATVIA, TestViews.LITHUANIA, TestViews.JAPAN);
        assertThat(ledger.list(SearchFilter.NONE, ForecastLedger.Status.ALL, 0, 100)).hasSize(6);
        assertThat(texts(ledger.list(filter(Set.of(INGRID), Set.of(), null, null), ForecastLedger.Status.RESOLVED, 0,
                100))).containsExactly(TestViews.ESTONIA);
    }

    @Test
    void pagesJoinUpToTheWholeList() {
        List<Forecast> paged = new ArrayList<>();
        for (int offset = 0; offset < 8; offset += 4) {
            paged.addAll(ledger.list(SearchFilter.NONE, ForecastLedger.Status.ALL, offset, 4));
        }
        assertThat(paged).isEqualTo(all());
        assertThat(ledger.list(SearchFilter.NONE, ForecastLedger.Status.ALL, 1, 2)).containsExactlyElementsOf(
                all().subList(1, 3));
        assertThat(ledger.list(SearchFilter.NONE, ForecastLedger.Status.ALL, 6, 10)).isEmpty();
        // Paging applies after the status filter.
        ledger.resolve(forecast(TestViews.FINLAND).id(), Outcome.TRUE, "");
        assertThat(texts(ledger.list(SearchFilter.NONE, ForecastLedger.Status.OPEN, 0, 1)))
                .containsExactly(TestViews.ESTONIA);
        assertThat(texts(ledger.list(SearchFilter.NONE, ForecastLedger.Status.OPEN, 4, 10)))
                .containsExactly(TestViews.CHINA);
    }

    @Test
    void findReturnsTheListedForecastAndNothingForUnknownIds() {
        for (Forecast f : all()) {
            assertThat(ledger.find(f.id())).contains(f);
        }
        String known = forecast(TestViews.JAPAN).documentId();
        for (String id : List.of("", "-", "nonsense", "0123456789abcdef-0123456789", known + "-0000000000", known,
                known + "-")) {
            assertThat(ledger.find(id)).as(id).isEmpty();
        }
    }

    @Test
    void resolvingRecordsTheJudgementDurably() {
        Forecast f = forecast(TestViews.JAPAN);
        Resolution r = ledger.resolve(f.id(), Outcome.FALSE, "spending stayed flat");
        assertThat(r).isEqualTo(new Resolution(f.id(), Outcome.FALSE, "spending stayed flat", NOW));
        assertThat(ledger.find(f.id()).orElseThrow().resolution()).isEqualTo(r);
        // A new ledger over the same log, as the next command would open, sees it.
        ForecastLedger again = new ForecastLedger(store, new JudgementLog(tmp.resolve("judgements")), Clock.systemUTC());
        assertThat(again.find(f.id()).orElseThrow().resolution()).isEqualTo(r);

        Resolution later = ledger.resolve(f.id(), Outcome.TRUE, "revised figures");
        assertThat(ledger.find(f.id()).orElseThrow().resolution()).isEqualTo(later);
    }

    @Test
    void resolvingAnUnknownIdFailsAndRecordsNothing() {
        JudgementLog log = new JudgementLog(tmp.resolve("judgements"));
        assertThatThrownBy(() -> ledger.resolve("0123456789abcdef-0123456789", Outcome.TRUE, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0123456789abcdef-0123456789");
        assertThatThrownBy(() -> ledger.resolve("nonsense", Outcome.FALSE, ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nonsense");
        assertThat(log.latest()).isEmpty();
        assertThat(log.file()).doesNotExist();
    }

    @Test
    void scoresAreBrierScoresOverTheLatestJudgementsWithVoidOnesApart() {
        ledger.resolve(forecast(TestViews.FINLAND).id(), Outcome.TRUE, "");    // 0.97  → (0.03)²  = 0.0009
        ledger.resolve(forecast(TestViews.ESTONIA).id(), Outcome.FALSE, "");   // 0.875 → (0.875)² = 0.765625
        ledger.resolve(forecast(TestViews.LATVIA).id(), Outcome.TRUE, "");     // 0.5   → (0.5)²   = 0.25
        ledger.resolve(forecast(TestViews.LITHUANIA).id(), Outcome.VOID, "");  // excluded
        ledger.resolve(forecast(TestViews.JAPAN).id(), Outcome.TRUE, "");      // 0.875 → (0.125)² = 0.015625
        ledger.resolve(forecast(TestViews.CHINA).id(), Outcome.FALSE, "");     // superseded below
        ledger.resolve(forecast(TestViews.CHINA).id(), Outcome.TRUE, "");      // 0.97  → (0.03)²  = 0.0009

        ForecastLedger.Scores s = ledger.score();
        assertThat(s.voided()).isEqualTo(1);
        assertThat(s.overall().n()).isEqualTo(5);
        assertThat(s.overall().brier()).isCloseTo((0.0009 + 0.765625 + 0.25 + 0.015625 + 0.0009) / 5, within(1e-12));
        assertThat(s.byHolder()).containsOnlyKeys(INGRID, TOMASZ);
        assertThat(s.byHolder().get(INGRID).n()).isEqualTo(3);
        assertThat(s.byHolder().get(INGRID).brier()).isCloseTo((0.0009 + 0.765625 + 0.25) / 3, within(1e-12));
        assertThat(s.byHolder().get(TOMASZ).brier()).isCloseTo((0.015625 + 0.0009) / 2, within(1e-12));

        // Calibration in the ICD 203 bands: 0.5 in [45 %, 55 %), 0.875 in [80 %, 95 %), 0.97 in [95 %, 100 %].
        assertThat(s.overall().calibration()).containsExactly(
                new BrierScore.Bin(0.45, 0.55, 1, 0.5, 1.0),
                new BrierScore.Bin(0.80, 0.95, 2, 0.875, 0.5),
                new BrierScore.Bin(0.95, 1.0, 2, 0.97, 1.0));
        assertThat(ForecastLedger.bands()).containsExactly(0, 0.05, 0.20, 0.45, 0.55, 0.80, 0.95, 1.0);
    }

    @Test
    void withNothingResolvedThereIsNoScore() {
        ForecastLedger.Scores s = ledger.score();
        assertThat(s.overall().n()).isZero();
        assertThat(s.overall().brier()).isNaN();
        assertThat(s.byHolder()).isEmpty();
        assertThat(s.voided()).isZero();

        ledger.resolve(forecast(TestViews.LATVIA).id(), Outcome.VOID, "");
        assertThat(ledger.score().overall().n()).isZero();
        assertThat(ledger.score().voided()).isEqualTo(1);
    }

    @Test
    void idsAndResolutionsSurviveARebuildIntoAFreshIndex() {
        List<Forecast> before = all();
        Forecast latvia = forecast(TestViews.LATVIA);
        Resolution r = ledger.resolve(latvia.id(), Outcome.FALSE, "the crossings stayed shut");

        StandpointHome rebuilt = new StandpointHome(tmp.resolve("rebuilt"));
        try (LuceneStore writer = LuceneStore.open(rebuilt, "test", "test")) {
            IngestReport report = new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), writer,
                    new SourceArchive(rebuilt.sources()), 2).rebuild(new SourceArchive(home.sources()),
                    IngestListener.SILENT);
            assertThat(report.added()).isEqualTo(2);
        }
        assertThat(Files.exists(rebuilt.index())).isTrue();
        try (LuceneStore fresh = LuceneStore.openReadOnly(rebuilt)) {
            ForecastLedger after = new ForecastLedger(fresh, new JudgementLog(tmp.resolve("judgements")),
                    Clock.systemUTC());
            Forecast found = after.find(latvia.id()).orElseThrow();
            assertThat(found.text()).isEqualTo(TestViews.LATVIA);
            assertThat(found.resolution()).isEqualTo(r);
            assertThat(after.list(SearchFilter.NONE, ForecastLedger.Status.ALL, 0, 100))
                    .extracting(Forecast::id).containsExactlyElementsOf(before.stream().map(Forecast::id).toList());
            assertThat(after.score().overall().n()).isEqualTo(1);
        }
    }

    @Test
    void idsDependOnTheTextNotOnItsSpacingOrCase() {
        String id = ForecastLedger.idOf("0123456789abcdef", TestViews.JAPAN);
        assertThat(ForecastLedger.idOf("0123456789abcdef", TestViews.JAPAN.replace(" ", "\n  ").toUpperCase(java.util.Locale.ROOT)))
                .isEqualTo(id);
        assertThat(ForecastLedger.idOf("0123456789abcdef", TestViews.CHINA)).isNotEqualTo(id);
        assertThat(ForecastLedger.idOf("fedcba9876543210", TestViews.JAPAN)).isNotEqualTo(id);
    }
}
