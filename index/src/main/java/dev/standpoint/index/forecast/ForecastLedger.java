package dev.standpoint.index.forecast;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every forecast the index holds, with the analyst's resolutions and their scores. Forecasts come from the store;
 * resolutions live in a {@link JudgementLog} beside it, keyed by an id that survives a rebuild (the document's
 * content id and a hash of the sentence text, not the sentence's position).
 */
public final class ForecastLedger {

    /** Which forecasts to list. */
    public enum Status { ALL, OPEN, RESOLVED }

    /** Scores overall and per holder. */
    public record Scores(BrierScore.Score overall, Map<String, BrierScore.Score> byHolder, int voided) {
    }

    /** Probability band edges: the ICD 203 bands. */
    private static final double[] BANDS = {0, 0.05, 0.20, 0.45, 0.55, 0.80, 0.95, 1.0};
    private static final int PAGE = 500;

    private final Store store;
    private final JudgementLog log;
    private final Clock clock;

    public ForecastLedger(Store store, JudgementLog log, Clock clock) {
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** A forecast's id: its document's content id and the first 10 hex digits of the SHA-256 of its text. */
    public static String idOf(String documentId, String sentenceText) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(TextNormaliser.forMatching(sentenceText)
                    .toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return documentId + "-" + HexFormat.of().formatHex(h, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Forecasts matching {@code filter} and {@code status}, newest first. */
    public List<Forecast> list(SearchFilter filter, Status status, int offset, int limit) {
        Map<String, Resolution> resolutions = log.latest();
        List<Forecast> out = new ArrayList<>();
        int skipped = 0;
        int from = 0;
        while (out.size() < limit) {
            List<SentenceHit> page = store.sentences(filter.withForecastsOnly(), from, PAGE);
            for (SentenceHit h : page) {
                Forecast f = forecast(h.document(), h.sentence(), resolutions);
                if (status == Status.OPEN && f.resolved() || status == Status.RESOLVED && !f.resolved()) {
                    continue;
                }
                if (skipped++ < offset) {
                    continue;
                }
                if (out.size() < limit) {
                    out.add(f);
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            from += PAGE;
        }
        return out;
    }

    public long count(SearchFilter filter) {
        return store.count(filter.withForecastsOnly());
    }

    public Optional<Forecast> find(String id) {
        int dash = id.lastIndexOf('-');
        if (dash <= 0) {
            return Optional.empty();
        }
        Optional<AnalysedDocument> doc = store.document(id.substring(0, dash));
        if (doc.isEmpty()) {
            return Optional.empty();
        }
        DocumentSummary summary = summaryOf(doc.get());
        Map<String, Resolution> resolutions = log.latest();
        for (AnalysedSentence s : doc.get().sentences()) {
            if (s.assessment() != null && s.assessment().forecast() && idOf(summary.id(), s.text()).equals(id)) {
                return Optional.of(forecast(summary, s, resolutions));
            }
        }
        return Optional.empty();
    }

    /**
     * Records a judgement durably.
     *
     * @throws IllegalArgumentException when no forecast has this id
     */
    public Resolution resolve(String id, Outcome outcome, String note) {
        if (find(id).isEmpty()) {
            throw new IllegalArgumentException("no forecast with id '" + id + "' (list them with `forecasts list`)");
        }
        Resolution r = new Resolution(id, outcome, note, clock.instant());
        log.append(r);
        return r;
    }

    /** Brier scores and calibration over resolved forecasts, overall and per holder; void ones are counted apart. */
    public Scores score() {
        List<BrierScore.Pair> all = new ArrayList<>();
        Map<String, List<BrierScore.Pair>> byHolder = new LinkedHashMap<>();
        int voided = 0;
        for (Resolution r : log.latest().values()) {
            if (r.outcome() == Outcome.VOID) {
                voided++;
                continue;
            }
            Optional<Forecast> f = find(r.forecastId());
            if (f.isEmpty()) {
                continue;
            }
            BrierScore.Pair p = new BrierScore.Pair(f.get().probability(), r.outcome() == Outcome.TRUE ? 1 : 0);
            all.add(p);
            byHolder.computeIfAbsent(f.get().holder(), k -> new ArrayList<>()).add(p);
        }
        Map<String, BrierScore.Score> holders = new LinkedHashMap<>();
        byHolder.forEach((h, ps) -> holders.put(h, BrierScore.of(ps, BANDS)));
        return new Scores(BrierScore.of(all, BANDS), holders, voided);
    }

    /** The ICD 203 band edges used for calibration. */
    public static double[] bands() {
        return BANDS.clone();
    }

    private static Forecast forecast(DocumentSummary d, AnalysedSentence s, Map<String, Resolution> resolutions) {
        Assessment a = s.assessment();
        String id = idOf(d.id(), s.text());
        String text = s.text();
        List<String> conditions = a.conditions().stream().map(c -> TextNormaliser.collapseWhitespace(
                text.substring(c.span().start() - s.sentence().span().start(),
                        c.span().end() - s.sentence().span().start()))).toList();
        return new Forecast(id, d.id(), d.title(), s.sentence().index(), s.sentence().span().start(),
                s.sentence().span().end(), s.displayText(), a.holder().name(), d.published(), a.likelihood(),
                a.probability(),
                conditions, a.targets(), resolutions.get(id));
    }

    private static DocumentSummary summaryOf(AnalysedDocument a) {
        var d = a.document();
        return new DocumentSummary(d.id(), d.title(), d.authors(), d.published(), d.source(), d.format(),
                a.sentences().size(), a.assessments().size(), null, null, null);
    }
}
