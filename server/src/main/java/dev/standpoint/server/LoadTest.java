package dev.standpoint.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load test of {@code /api/ask}: a number of clients, each asking one question after another with no pause,
 * for a fixed time after a warm-up that is not counted. It only ever targets a loopback address, and stops by
 * itself.
 */
public final class LoadTest {

    /**
     * @param base      the server, e.g. {@code http://127.0.0.1:7070}; must be a loopback address
     * @param clients   concurrent clients
     * @param duration  how long to measure
     * @param warmup    how long to ask before measuring
     * @param questions what to ask, in turn (each client starts at a different one)
     */
    public record Settings(URI base, int clients, Duration duration, Duration warmup, List<String> questions) {
        public Settings {
            if (clients < 1 || clients > 500) {
                throw new IllegalArgumentException("clients must be between 1 and 500; got " + clients);
            }
            if (duration.isNegative() || duration.isZero() || duration.toMinutes() > 30) {
                throw new IllegalArgumentException("the duration must be between 1 s and 30 min; got " + duration);
            }
            if (warmup.isNegative() || warmup.toMinutes() > 10) {
                throw new IllegalArgumentException("the warm-up must be between 0 and 10 min; got " + warmup);
            }
            if (questions.isEmpty()) {
                throw new IllegalArgumentException("at least one question is needed");
            }
            questions = List.copyOf(questions);
            requireLoopback(base);
        }
    }

    /**
     * What a run measured.
     *
     * @param requests   answered requests in the measured time (errors included)
     * @param errors     requests that failed or did not answer 200
     * @param seconds    measured time
     * @param throughput requests per second
     * @param p50Ms      median latency
     * @param p99Ms      99th percentile latency
     * @param maxMs      slowest request
     * @param samples    the first few error messages
     */
    public record Result(long requests, long errors, double seconds, double throughput, double p50Ms, double p99Ms,
                         double maxMs, List<String> samples) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%,d requests in %.1f s: %.1f requests/s · p50 %.1f ms · p99 %.1f ms · "
                    + "max %.1f ms · %,d errors", requests, seconds, throughput, p50Ms, p99Ms, maxMs, errors);
        }
    }

    private final Settings settings;
    private final HttpClient client;

    public LoadTest(Settings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Refuses any target that is not this machine. */
    static void requireLoopback(URI base) {
        String host = base.getHost();
        try {
            if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load test only targets this machine (127.0.0.1, localhost or "
                        + "[::1]); got " + base);
            }
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + base, e);
        }
    }

    public Result run() throws InterruptedException {
        long warmEnd = System.nanoTime() + settings.warmup().toNanos();
        long end = warmEnd + settings.duration().toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(settings.clients());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            Recorder rec = new Recorder();
            synchronized (latencies) {
                latencies.add(null);
            }
            int id = c;
            Thread t = new Thread(() -> {
                try {
                    clientLoop(id, warmEnd, end, rec, errors, samples);
                } finally {
                    synchronized (latencies) {
                        latencies.set(id, rec.toArray());
                    }
                    done.countDown();
                }
            }, "loadtest-client-" + c);
            t.setDaemon(true);
            threads.add(t);
        }
        threads.forEach(Thread::start);
        done.await();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double seconds = settings.duration().toNanos() / 1e9;
        return new Result(all.length, errors.get(), seconds, all.length / seconds, pct(all, 0.50), pct(all, 0.99),
                all.length == 0 ? 0 : all[all.length - 1] / 1e6, samples.stream().limit(5).toList());
    }

    private void clientLoop(int id, long warmEnd, long end, Recorder rec, AtomicLong errors,
                            ConcurrentLinkedQueue<String> samples) {
        List<String> qs = settings.questions();
        int i = id * 7;
        while (true) {
            long start = System.nanoTime();
            if (start >= end) {
                return;
            }
            String q = qs.get(Math.floorMod(i++, qs.size()));
            String problem = ask(q);
            long took = System.nanoTime() - start;
            if (start >= warmEnd) {
                rec.add(took);
                if (problem != null) {
                    errors.incrementAndGet();
                    if (samples.size() < 5) {
                        samples.add(problem);
                    }
                }
            }
        }
    }

    /** Asks one question; returns {@code null} on success, else what went wrong. */
    private String ask(String question) {
        URI uri = settings.base().resolve("/api/ask?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8));
        try {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            return r.statusCode() == 200 ? null : "HTTP " + r.statusCode() + " for \"" + question + "\"";
        } catch (IOException e) {
            return e.getClass().getSimpleName() + " for \"" + question + "\": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    /**
     * Questions an analyst might ask about what the server's index mentions most: its top entities and dyads in
     * question templates, seeded so runs are comparable.
     */
    public static List<String> generatedQuestions(URI base, int n, long seed) throws IOException, InterruptedException {
        requireLoopback(base);
        HttpClient c = HttpClient.newHttpClient();
        List<String> entities = names(c, base.resolve("/api/entities?limit=60"), false);
        List<String[]> dyads = names(c, base.resolve("/api/dyads?limit=40"), true).stream()
                .map(s -> s.split("\u0000")).toList();
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("the index mentions no entities to ask about; ingest documents first");
        }
        String[] entityTemplates = {"How do officials assess %s?", "What do experts expect from %s?",
                "How do experts view the policy of %s?", "Is %s a reliable partner?", "What are the risks posed by %s?"};
        String[] dyadTemplates = {"How do officials assess relations between %s and %s?",
                "What is the outlook for %s-%s cooperation?", "Will tensions between %s and %s grow?"};
        Random random = new Random(seed);
        List<String> out = new ArrayList<>(n);
        while (out.size() < n) {
            if (!dyads.isEmpty() && random.nextInt(3) == 0) {
                String[] p = dyads.get(random.nextInt(dyads.size()));
                out.add(String.format(Locale.ROOT, dyadTemplates[random.nextInt(dyadTemplates.length)], p[0], p[1]));
            } else {
                String e = entities.get(random.nextInt(entities.size()));
                out.add(String.format(Locale.ROOT, entityTemplates[random.nextInt(entityTemplates.length)], e));
            }
        }
        return out;
    }

    private static List<String> names(HttpClient c, URI uri, boolean pairs) throws IOException, InterruptedException {
        HttpResponse<String> r = c.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException("GET " + uri + " answered " + r.statusCode());
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : Json.mapper().readTree(r.body()).get("items")) {
            out.add(pairs ? item.get("first").get("name").asText() + "\u0000" + item.get("second").get("name").asText()
                    : item.get("name").asText());
        }
        return out;
    }

    /** A growable list of latencies for one client thread. */
    private static final class Recorder {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
