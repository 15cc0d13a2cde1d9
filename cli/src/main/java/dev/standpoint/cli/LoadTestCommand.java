package dev.standpoint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.standpoint.index.json.Json;
import dev.standpoint.index.Store;
import dev.standpoint.server.LoadTest;
import dev.standpoint.server.ServerConfig;
import dev.standpoint.server.StandpointServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code standpoint loadtest}: many clients asking the server at once for a fixed time; throughput, p50, p99 and
 * errors. Targets a running server on this machine (--url) or starts one in this process over --home.
 */
@Command(name = "loadtest", description = {"Load-test the server's /api/ask: N clients asking without pause for a fixed",
        "time after a warm-up; prints requests/s, p50, p99, max and errors. Targets only this machine: a running",
        "server (--url http://127.0.0.1:7070) or one started in this process over the data directory."})
final class LoadTestCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--url", paramLabel = "URL", description = "A running server on this machine (default: start one).")
    URI url;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "Measured time (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "10", description = "Warm-up, not measured (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "Questions: JSON lines with a \"question\" field, or one per line (default: generated from the index's entities).")
    Path questions;

    @Option(names = "--generate", paramLabel = "N", defaultValue = "200", description = "Questions to generate (default ${DEFAULT-VALUE}).")
    int generate;

    @Option(names = "--answer-cache", paramLabel = "N", defaultValue = "1000",
            description = "The in-process server's answer cache; 0 measures every ask uncached (default ${DEFAULT-VALUE}).")
    int answerCache;

    @Override
    public Integer call() throws Exception {
        if (url != null) {
            return run(url);
        }
        Workspace ws = home.workspace();
        try (Store store = ws.openForWriting(new EmbeddingOptions());
             StandpointServer server = new StandpointServer(ws.backend(store, null),
                     ServerConfig.defaults().withPort(0).withAnswerCache(answerCache)).start()) {
            System.out.printf("Started a server over %s (%,d documents) on port %d, answer cache %d%n", ws.home().root(),
                    store.manifest().documents(), server.port(), answerCache);
            return run(URI.create("http://127.0.0.1:" + server.port()));
        }
    }

    private int run(URI base) throws IOException, InterruptedException {
        List<String> qs = questions != null ? read(questions) : LoadTest.generatedQuestions(base, generate, 42);
        LoadTest.Settings s = new LoadTest.Settings(base, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup), qs);
        System.out.printf("Load test: %d clients asking %d distinct questions for %d s after a %d s warm-up, against %s%n",
                clients, qs.size(), seconds, warmup, base);
        LoadTest.Result r = new LoadTest(s).run();
        System.out.println(r);
        r.samples().forEach(e -> System.out.println("  error: " + e));
        return r.errors() == 0 ? 0 : 1;
    }

    static List<String> read(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("{")) {
                JsonNode q = Json.mapper().readTree(l).get("question");
                if (q != null && !q.asText().isBlank()) {
                    out.add(q.asText());
                }
            } else {
                out.add(l);
            }
        }
        if (out.isEmpty()) {
            throw new Errors.UserError("no questions in " + file);
        }
        return out;
    }
}
