package dev.standpoint.server;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.IndexStats;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.SentenceQuery;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.Comparison;
import dev.standpoint.index.answer.GroupBy;
import dev.standpoint.index.forecast.BrierScore;
import dev.standpoint.index.forecast.Forecast;
import dev.standpoint.index.forecast.ForecastLedger;
import dev.standpoint.index.forecast.Outcome;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The REST/JSON routes. Reads go straight to the store (Lucene's searchers are safe to share); an upload takes the
 * one ingest lock, and afterwards the searcher is refreshed and every cache cleared, so the next read sees the new
 * documents.
 */
final class Api {

    /** What {@code /api/health} says. */
    record Health(String status, String version, long documents, boolean writable, boolean tokenRequired,
                  Instant started) {
    }

    private final Backend backend;
    private final ServerConfig config;
    private final Profiles profiles;
    private final Uploads uploads;
    private final AnswerCache answers;
    private final ReentrantLock ingestLock = new ReentrantLock();
    private final java.util.concurrent.Semaphore computing =
            new java.util.concurrent.Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()), true);
    private final AtomicLong generation = new AtomicLong();
    private final Instant started = Instant.now();
    private volatile Snapshot snapshot;

    /** Listings computed from facets over the whole index, kept until the index changes. */
    private record Snapshot(long generation, IndexStats stats, List<Profiles.EntityRow> entities,
                            List<Profiles.DyadRow> dyads) {
    }

    Api(Backend backend, ServerConfig config) {
        this.backend = backend;
        this.config = config;
        this.profiles = new Profiles(backend.store(), backend.kb());
        this.uploads = new Uploads(backend.ingestor());
        this.answers = new AnswerCache(config.answerCacheSize());
    }

    void register(StandpointServer.Registrar r) {
        r.get("/openapi.json", this::openApi);
        r.get("/api/health", this::health);
        r.get("/api/stats", ctx -> ctx.json(snapshot().stats()));
        r.get("/api/ask", this::ask);
        r.get("/api/search", this::search);
        r.get("/api/documents", this::documents);
        r.get("/api/documents/{id}", this::document);
        r.get("/api/entities", this::entities);
        r.get("/api/entities/{id}", this::entity);
        r.get("/api/dyads", this::dyads);
        r.get("/api/dyads/{first}/{second}", this::dyad);
        r.get("/api/compare", this::compare);
        r.get("/api/forecasts", this::forecasts);
        r.get("/api/forecasts/score", this::score);
        r.get("/api/forecasts/{id}", this::forecast);
        r.post("/api/forecasts/{id}/resolve", this::resolve);
        r.post("/api/ingest", this::ingest);
    }

    private void openApi(Context ctx) {
        try (InputStream in = Api.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new NotFoundResponse("the OpenAPI document is missing from this build");
            }
            ctx.contentType("application/json").result(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void health(Context ctx) {
        ctx.json(new Health("ok", backend.version(), backend.store().manifest().documents(), true,
                config.token() != null, started));
    }

    private void ask(Context ctx) {
        String question = Params.text(ctx, "q", config.maxQueryChars(), true);
        SearchFilter filter = filter(ctx);
        // The generation in the key keeps an answer computed before an ingest from being served after it.
        String key = generation.get() + "\u0000" + question + "\u0000" + filter;
        Answer answer = answers.get(key, () -> limited(() -> backend.answers().answer(question, filter)));
        ctx.json(answer);
    }

    private SearchFilter filter(Context ctx) {
        Set<String> authors = Params.values(ctx, "author", 200);
        Set<String> holders = Params.values(ctx, "holder", 200);
        Set<String> entities = Params.values(ctx, "entity", 100);
        Set<String> polarities = Params.values(ctx, "polarity", 20);
        for (String p : polarities) {
            if (!Set.of("positive", "negative", "mixed", "neutral").contains(p.toLowerCase(Locale.ROOT))) {
                throw new BadRequestResponse("polarity must be positive, negative, mixed or neutral; got '"
                        + Params.clip(p) + "'");
            }
        }
        return new SearchFilter(Set.of(), authors, holders, entities, polarities, Params.year(ctx, "from"),
                Params.year(ctx, "to"));
    }

    private void search(Context ctx) {
        String text = Params.text(ctx, "q", config.maxQueryChars(), false);
        Paging paging = Paging.from(ctx, config.maxPageSize());
        boolean assessments = Params.flag(ctx, "assessments");
        boolean claims = Params.flag(ctx, "claims");
        List<SentenceHit> hits = backend.store().search(new SentenceQuery(text, dev.standpoint.index.Boosts.NONE,
                assessments, claims, filter(ctx), paging.window()));
        ctx.json(window(hits, paging));
    }

    /** A page cut from a search that fetched one hit beyond it, to know whether more follow. */
    private static <T> Page<T> window(List<T> hits, Paging p) {
        int from = Math.min(p.offset(), hits.size());
        int to = Math.min(hits.size(), from + p.limit());
        return new Page<>(p.offset(), p.limit(), null, hits.size() > to, hits.subList(from, to));
    }

    private void documents(Context ctx) {
        Paging paging = Paging.from(ctx, config.maxPageSize());
        List<DocumentSummary> docs = backend.store().documents(paging.offset(), paging.limit() + 1);
        long total = snapshot().stats().documents();
        boolean more = docs.size() > paging.limit();
        ctx.json(new Page<>(paging.offset(), paging.limit(), total, more,
                more ? docs.subList(0, paging.limit()) : docs));
    }

    private void document(Context ctx) {
        String id = Params.id(ctx, "id");
        AnalysedDocument doc = backend.store().document(id)
                .orElseThrow(() -> new NotFoundResponse("no document with id " + id));
        ctx.json(doc);
    }

    private void entities(Context ctx) {
        Paging paging = Paging.from(ctx, config.maxPageSize());
        String type = ctx.queryParam("type");
        String text = Params.text(ctx, "q", 100, false).toLowerCase(Locale.ROOT);
        List<Profiles.EntityRow> rows = snapshot().entities().stream()
                .filter(r -> type == null || type.isBlank() || r.type().equalsIgnoreCase(type))
                .filter(r -> text.isEmpty() || r.name().toLowerCase(Locale.ROOT).contains(text)
                        || r.id().toLowerCase(Locale.ROOT).contains(text))
                .toList();
        ctx.json(Page.of(rows, paging));
    }

    private void entity(Context ctx) {
        String id = Params.id(ctx, "id");
        if (backend.kb().get(id).isEmpty() && snapshot().entities().stream().noneMatch(r -> r.id().equals(id))) {
            throw new NotFoundResponse("no entity with id " + id);
        }
        ctx.json(profiles.profile(List.of(id), null, Paging.from(ctx, config.maxPageSize())));
    }

    private void dyads(Context ctx) {
        Paging paging = Paging.from(ctx, config.maxPageSize());
        String entity = ctx.queryParam("entity");
        List<Profiles.DyadRow> rows = snapshot().dyads().stream()
                .filter(r -> entity == null || entity.isBlank() || r.first().id().equals(entity)
                        || r.second().id().equals(entity))
                .toList();
        ctx.json(Page.of(rows, paging));
    }

    private void dyad(Context ctx) {
        String a = Params.id(ctx, "first");
        String b = Params.id(ctx, "second");
        if (a.equals(b)) {
            throw new BadRequestResponse("a dyad needs two different entities; got " + a + " twice");
        }
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        ctx.json(profiles.profile(List.of(a, b), key, Paging.from(ctx, config.maxPageSize())));
    }

    private void compare(Context ctx) {
        String question = Params.text(ctx, "q", config.maxQueryChars(), true);
        String byParam = ctx.queryParam("by");
        GroupBy by = GroupBy.parse(byParam == null || byParam.isBlank() ? "holder" : byParam);
        int groups = Params.integer(ctx, "groups", 8, 1, 50);
        SearchFilter filter = filter(ctx);
        Comparison c = limited(() -> backend.comparisons().compare(question, by, filter));
        ctx.json(c.groups().size() <= groups ? c : new Comparison(c.question(), c.analysis(), c.by(), c.overall(),
                c.groups().subList(0, groups), c.citations()));
    }

    private void forecasts(Context ctx) {
        Paging paging = Paging.from(ctx, config.maxPageSize());
        String st = ctx.queryParam("status");
        ForecastLedger.Status status;
        try {
            status = ForecastLedger.Status.valueOf(st == null || st.isBlank() ? "ALL" : st.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestResponse("status must be all, open or resolved; got '" + Params.clip(st) + "'");
        }
        SearchFilter filter = filter(ctx);
        List<Forecast> list = backend.forecasts().list(filter, status, paging.offset(), paging.limit() + 1);
        Long total = status == ForecastLedger.Status.ALL ? backend.forecasts().count(filter) : null;
        boolean more = list.size() > paging.limit();
        ctx.json(new Page<>(paging.offset(), paging.limit(), total, more, more ? list.subList(0, paging.limit()) : list));
    }

    private void forecast(Context ctx) {
        String id = Params.id(ctx, "id");
        ctx.json(backend.forecasts().find(id).orElseThrow(() -> new NotFoundResponse("no forecast with id " + id)));
    }

    /** The body of a resolve request. */
    record ResolveRequest(String outcome, String note) {
    }

    private void resolve(Context ctx) {
        String id = Params.id(ctx, "id");
        ResolveRequest body;
        try {
            body = ctx.bodyAsClass(ResolveRequest.class);
        } catch (RuntimeException e) {
            throw new BadRequestResponse("send JSON like {\"outcome\": \"true\", \"note\": \"why\"}");
        }
        if (body == null || body.outcome() == null) {
            throw new BadRequestResponse("the outcome is required: true, false or void");
        }
        String note = body.note() == null ? "" : body.note().strip();
        if (note.length() > 2_000) {
            throw new BadRequestResponse("the note is " + note.length() + " characters; the limit is 2,000");
        }
        Outcome outcome = Outcome.parse(body.outcome());
        if (backend.forecasts().find(id).isEmpty()) {
            throw new NotFoundResponse("no forecast with id " + id);
        }
        synchronized (backend.forecasts()) {
            ctx.json(backend.forecasts().resolve(id, outcome, note));
        }
    }

    /** A score with {@code brier} null rather than NaN when nothing is resolved (JSON has no NaN). */
    record ScoreView(int n, Double brier, List<BrierScore.Bin> calibration) {
        static ScoreView of(BrierScore.Score s) {
            return new ScoreView(s.n(), Double.isNaN(s.brier()) ? null : s.brier(), s.calibration());
        }
    }

    /** Brier scores overall and per holder (most resolved first), and how many resolutions were void. */
    record Scores(ScoreView overall, List<HolderScore> holders, int voided) {
    }

    /** One holder's score. */
    record HolderScore(String holder, ScoreView score) {
    }

    private void score(Context ctx) {
        ForecastLedger.Scores s = backend.forecasts().score();
        List<HolderScore> holders = s.byHolder().entrySet().stream()
                .map(e -> new HolderScore(e.getKey(), ScoreView.of(e.getValue())))
                .sorted(java.util.Comparator.comparingInt((HolderScore h) -> -h.score().n()).thenComparing(HolderScore::holder))
                .toList();
        ctx.json(new Scores(ScoreView.of(s.overall()), holders, s.voided()));
    }

    private void ingest(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxUploadBytes()) {
            throw new ContentTooLargeResponse(tooLarge(length));
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new BadRequestResponse("send the files as multipart/form-data in the field 'files'");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (RuntimeException e) {
            throw new ContentTooLargeResponse("the upload could not be read: it is larger than "
                    + config.maxUploadBytes() / (1024 * 1024) + " MB or malformed");
        }
        if (files.isEmpty()) {
            throw new BadRequestResponse("no files: send one or more in the multipart field 'files'");
        }
        if (files.size() > 500) {
            throw new BadRequestResponse("at most 500 files per upload; got " + files.size());
        }
        Uploads.Result result;
        ingestLock.lock();
        try {
            result = uploads.ingest(files);
            backend.store().refresh();
            generation.incrementAndGet();
            answers.clear();
        } finally {
            ingestLock.unlock();
        }
        ctx.json(result);
    }

    /**
     * Runs an answer or comparison with at most one per core at a time: fifty at once on two cores would each take
     * fifty times longer and thrash the heap; queued, they finish sooner on average.
     */
    private <T> T limited(java.util.function.Supplier<T> work) {
        try {
            computing.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new io.javalin.http.ServiceUnavailableResponse("the server is shutting down");
        }
        try {
            return work.get();
        } finally {
            computing.release();
        }
    }

    private String tooLarge(long length) {
        return String.format(Locale.ROOT, "the upload is %.1f MB; the limit is %d MB", length / 1048576.0,
                config.maxUploadBytes() / (1024 * 1024));
    }

    private Snapshot snapshot() {
        long g = generation.get();
        Snapshot s = snapshot;
        if (s != null && s.generation() == g) {
            return s;
        }
        synchronized (this) {
            if (snapshot != null && snapshot.generation() == g) {
                return snapshot;
            }
            IndexStats stats = backend.store().stats();
            var entities = profiles.entities(backend.store().facet("entity", SearchFilter.NONE, 100_000));
            var dyads = profiles.dyads(backend.store().facet("dyad", SearchFilter.NONE, 100_000));
            snapshot = new Snapshot(g, stats, entities, dyads);
            return snapshot;
        }
    }
}
