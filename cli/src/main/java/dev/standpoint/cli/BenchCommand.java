package dev.standpoint.cli;

import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.answer.AnswerBuilder;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code standpoint bench [FOLDER]}: ingests a corpus into a fresh index and measures ingest throughput, peak heap
 * and index size, then {@code ask} latency (p50/p99, warm) over generated questions.
 */
@Command(name = "bench", description = {"Benchmark ingest and ask on a corpus (default: the White House corpus in",
        "../shared when present). Prints documents/s, MB/s, sentences/s, peak heap, index size, ask p50/p99."})
final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FOLDER", arity = "0..1", description = "Corpus folder.")
    Path corpus;

    @Option(names = "--home", paramLabel = "DIR", description = "Index directory (default: a fresh temporary one).")
    Path home;

    @Option(names = "--store", paramLabel = "LOCATION", description = {"Benchmark a SolrCloud collection instead of a fresh",
            "embedded index: solr://ZK_HOST[,ZK_HOST…][/CHROOT]/COLLECTION (it must be empty; the data directory",
            "for the source copies is --home or a temporary one)."})
    String store;

    @Option(names = "--questions", paramLabel = "N", defaultValue = "200", description = "Questions to time (default 200).")
    int questions;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1000", description = "Warm-up asks (default 1000).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3", description = "Timed rounds over the questions.")
    int rounds;

    @Option(names = "--threads", paramLabel = "N", description = "Ingest threads (default: number of cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    EmbeddingOptions embeddings = new EmbeddingOptions();

    @Option(names = "--seed", defaultValue = "42", description = "Seed for question generation.")
    long seed;

    @Option(names = "--encoder-only", paramLabel = "N", description = {"Measure the sentence encoder alone: embed N",
            "sentences of the corpus (all, then claims only) with one thread and with --threads, and stop."})
    Integer encoderOnly;

    @Option(names = "--analyser-only", paramLabel = "N", description = {"Measure the analysis alone: analyse the first N",
            "documents of the corpus by rules and with the trained head, on one thread and on --threads, and stop."})
    Integer analyserOnly;

    @Override
    public Integer call() throws Exception {
        Path folder = corpus != null ? corpus : ProjectPaths.shared()
                .map(s -> s.resolve("datasets/whitehouse-briefings-ir/docs")).filter(Files::isDirectory)
                .orElseThrow(() -> new Errors.UserError("give a corpus folder (../shared/datasets/"
                        + "whitehouse-briefings-ir/docs is not present)", 2));
        if (encoderOnly != null) {
            EncoderBench.run(new Workspace(new StandpointHome(Files.createTempDirectory("standpoint-bench"))), folder,
                    encoderOnly, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            return 0;
        }
        if (analyserOnly != null) {
            AnalyserBench.run(new Workspace(new StandpointHome(Files.createTempDirectory("standpoint-bench"))), folder,
                    analyserOnly, threads == null ? Runtime.getRuntime().availableProcessors() : threads);
            return 0;
        }
        Path dir = home != null ? home : Files.createTempDirectory("standpoint-bench");
        StandpointHome h = new StandpointHome(dir).create();
        StoreChoice choice = store == null ? StoreChoice.EMBEDDED : StoreChoice.of(store);
        Workspace ws = new Workspace(h, choice);
        if (choice.isSolr()) {
            try (Store s = ws.openForReading()) {
                long held = s.stats().documents();
                if (held > 0) {
                    throw new Errors.UserError("the benchmark needs an empty collection; " + s.describe() + " holds "
                            + held + " documents", 2);
                }
            }
        }
        HeapSampler heap = HeapSampler.start();
        IngestReport report;
        try (Store store = ws.openForWriting(embeddings)) {
            ProgressLine progress = ProgressLine.forConsole();
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            report = ws.ingestor(store, n, null, embeddings).ingest(List.of(folder), progress);
            progress.finish();
        }
        long peakHeap = heap.stop();
        System.out.printf(Locale.ROOT, "Corpus %s%n", folder);
        System.out.printf(Locale.ROOT, "ingest: %,d documents (%,d failed), %.1f MB, %,d sentences (%,d embedded, %s) "
                        + "in %.1f s%n", report.added(), report.failed().size(), report.bytes() / 1e6, report.sentences(),
                report.vectors(), embeddings.enabled() ? embeddings.scope.name().toLowerCase(Locale.ROOT) : "none",
                report.seconds());
        System.out.printf(Locale.ROOT, "  %.1f documents/s · %.2f MB/s · %.0f sentences/s · peak heap %.0f MB · "
                        + "index %s (%d threads, Java %s)%n",
                report.added() / report.seconds(), report.bytes() / 1e6 / report.seconds(),
                report.sentences() / report.seconds(), peakHeap / 1e6,
                choice.isSolr() ? "in " + store : String.format(Locale.ROOT, "%.1f MB", size(h.index()) / 1e6),
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, System.getProperty("java.version"));
        try (Store store = ws.openForReading()) {
            List<String> qs = questions(store, ws.knowledgeBase(), questions, seed);
            AnswerBuilder answers = ws.answers(store);
            for (int i = 0; i < warmup; i++) {
                answers.answer(qs.get(i % qs.size()), SearchFilter.NONE);
            }
            long[] nanos = new long[qs.size() * rounds];
            int k = 0;
            for (int r = 0; r < rounds; r++) {
                for (String q : qs) {
                    long t = System.nanoTime();
                    answers.answer(q, SearchFilter.NONE);
                    nanos[k++] = System.nanoTime() - t;
                }
            }
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "ask: %d questions × %d rounds after %d warm-up asks: p50 %.1f ms · p99 %.1f ms "
                    + "· max %.1f ms%n", qs.size(), rounds, warmup, pct(nanos, 0.50) / 1e6, pct(nanos, 0.99) / 1e6,
                    nanos[nanos.length - 1] / 1e6);
        }
        if (home == null) {
            ReindexCommand.delete(dir);
        }
        return 0;
    }

    private static double pct(long[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    /** Questions an analyst might ask about the entities and relationships the corpus mentions most. */
    static List<String> questions(Store store, KnowledgeBase kb, int n, long seed) {
        List<String> entities = new ArrayList<>(store.facet("entity", SearchFilter.NONE, 60).keySet());
        List<String> dyads = new ArrayList<>(store.facet("dyad", SearchFilter.NONE, 40).keySet());
        if (entities.isEmpty()) {
            throw new Errors.UserError("the benchmark corpus gave no entity mentions to ask about");
        }
        String[] entityTemplates = {"How do officials assess %s?", "What do experts expect from %s?",
                "How do experts view the policy of %s?", "Is %s a reliable partner?", "What are the risks posed by %s?"};
        String[] dyadTemplates = {"How do officials assess relations between %s and %s?",
                "What is the outlook for %s-%s cooperation?", "Will tensions between %s and %s grow?"};
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            if (!dyads.isEmpty() && random.nextInt(3) == 0) {
                String[] p = dyads.get(random.nextInt(dyads.size())).split("\\|");
                out.add(String.format(Locale.ROOT, dyadTemplates[random.nextInt(dyadTemplates.length)], kb.nameOf(p[0]),
                        kb.nameOf(p[1])));
            } else {
                String e = kb.nameOf(entities.get(random.nextInt(entities.size())));
                out.add(String.format(Locale.ROOT, entityTemplates[random.nextInt(entityTemplates.length)], e));
            }
        }
        return out;
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Samples used heap every 20 ms; the peak is what a user needs to size {@code -Xmx}. */
    static final class HeapSampler {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private HeapSampler() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
        }

        static HeapSampler start() {
            HeapSampler s = new HeapSampler();
            s.thread.start();
            return s;
        }

        long stop() {
            running = false;
            thread.interrupt();
            return peak.get();
        }
    }
}
