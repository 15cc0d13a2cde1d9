package dev.standpoint.cli;

import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.read.ReadException;
import dev.standpoint.index.embed.DocumentEmbedder;
import dev.standpoint.core.embed.Encoder;
import dev.standpoint.index.embed.MiniLmEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/** {@code standpoint bench --encoder-only N}: sentences per second of the MiniLM encoder alone on corpus sentences. */
final class EncoderBench {

    private EncoderBench() {
    }

    static void run(Workspace ws, Path corpus, int n, int threads) throws Exception {
        List<String> all = new ArrayList<>();
        List<String> claims = new ArrayList<>();
        DocumentParser parser = ws.parser(null);
        for (Path f : files(corpus)) {
            if (all.size() >= n && claims.size() >= n) {
                break;
            }
            try {
                for (AnalysedSentence s : ws.analyser().analyse(parser.parse(f, f.toString()).document()).sentences()) {
                    if (s.sentence().role().isAnalysed() && !s.text().isBlank()) {
                        all.add(s.displayText());
                        if (DocumentEmbedder.isClaim(s)) {
                            claims.add(s.displayText());
                        }
                    }
                }
            } catch (ReadException e) {
                // a file the corpus cannot offer is simply not measured
            }
        }
        Encoder encoder = MiniLmEncoder.shared();
        encoder.embed(all.subList(0, Math.min(200, all.size())));
        System.out.printf(Locale.ROOT, "Encoder %s (Java %s)%n", encoder.name(), System.getProperty("java.version"));
        List<String> short_ = all.stream().filter(t -> t.length() <= 100).limit(300).toList();
        long[] nanos = new long[short_.size()];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            encoder.embed(short_.get(i));
            nanos[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "  one sentence of ≤ 100 characters at a time, as a question is embedded: p50 %.1f ms"
                + " · p99 %.1f ms (%d sentences)%n", nanos[nanos.length / 2] / 1e6,
                nanos[Math.min(nanos.length - 1, (int) (nanos.length * 0.99))] / 1e6, nanos.length);
        for (String kind : List.of("all sentences", "claims")) {
            List<String> texts = (kind.equals("claims") ? claims : all).subList(0, Math.min(n, kind.equals("claims")
                    ? claims.size() : all.size()));
            double chars = texts.stream().mapToInt(String::length).average().orElse(0);
            for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
                double seconds = time(encoder, texts, t);
                System.out.printf(Locale.ROOT, "  %-13s %,6d sentences (mean %.0f chars), %d thread%s: %.1f s · %.0f "
                        + "sentences/s%n", kind, texts.size(), chars, t, t == 1 ? " " : "s", seconds, texts.size() / seconds);
            }
        }
    }

    /** Each thread embeds its share in batches of 64, as the ingest workers do. */
    private static double time(Encoder encoder, List<String> texts, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> parts = new ArrayList<>();
            int per = (texts.size() + threads - 1) / threads;
            for (int i = 0; i < threads; i++) {
                List<String> part = texts.subList(Math.min(texts.size(), i * per), Math.min(texts.size(), (i + 1) * per));
                parts.add(pool.submit(() -> {
                    for (int j = 0; j < part.size(); j += 64) {
                        encoder.embed(part.subList(j, Math.min(part.size(), j + 64)));
                    }
                }));
            }
            for (Future<?> f : parts) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Path> files(Path corpus) {
        try (Stream<Path> s = Files.walk(corpus)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
