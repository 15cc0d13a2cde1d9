package dev.standpoint.cli;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.Document;
import dev.standpoint.core.read.ReadException;
import dev.standpoint.index.embed.MiniLmEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code standpoint bench --analyser-only N}: sentences per second of the analysis alone (sentences, entities,
 * assessments; no index, no retrieval vectors) on the first N documents of a corpus, by rules alone and with the
 * trained polarity head, on one thread and on all.
 */
final class AnalyserBench {

    private AnalyserBench() {
    }

    static void run(Workspace ws, Path corpus, int n, int threads) throws Exception {
        DocumentParser parser = ws.parser(null);
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).filter(parser::supports).sorted().limit(n).toList()) {
                try {
                    docs.add(parser.parse(f, f.toString()).document());
                } catch (ReadException e) {
                    // not measured
                }
            }
        }
        Analyser rules = new Analyser(KnowledgeBaseLoader.shipped());
        Analyser withHead = new Analyser(KnowledgeBaseLoader.shipped(), MiniLmEncoder.shared());
        docs.subList(0, Math.min(20, docs.size())).forEach(d -> {
            rules.analyse(d);
            withHead.analyse(d);
        });
        System.out.printf(Locale.ROOT, "Analysis alone on %d documents of %s (Java %s)%n", docs.size(), corpus,
                System.getProperty("java.version"));
        for (Analyser a : List.of(rules, withHead)) {
            for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
                long[] sentences = new long[1];
                double seconds = time(a, docs, t, sentences);
                System.out.printf(Locale.ROOT, "  %-28s %d thread%s: %,d sentences in %.1f s · %,.0f sentences/s%n",
                        a == rules ? "rules" : "rules + polarity head", t, t == 1 ? " " : "s", sentences[0], seconds,
                        sentences[0] / seconds);
            }
        }
    }

    private static double time(Analyser a, List<Document> docs, int threads, long[] sentences) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong count = new AtomicLong();
        try {
            long start = System.nanoTime();
            List<Future<?>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int offset = t;
                parts.add(pool.submit(() -> {
                    for (int i = offset; i < docs.size(); i += threads) {
                        count.addAndGet(a.analyse(docs.get(i)).sentences().size());
                    }
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
            sentences[0] = count.get();
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
