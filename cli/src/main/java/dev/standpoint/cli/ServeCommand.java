package dev.standpoint.cli;

import dev.standpoint.core.read.InputLimits;
import dev.standpoint.index.Store;
import dev.standpoint.server.ServerConfig;
import dev.standpoint.server.StandpointServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code standpoint serve}: the web UI and the REST API over the data directory's index, in one process. */
@Command(name = "serve", description = {"Serve the web UI and the REST/JSON API (OpenAPI at /openapi.json) over the",
        "index, on http://127.0.0.1:7070/ by default. The server owns the index while it runs: ingest through the",
        "UI or POST /api/ingest. Binding to another address needs a write token (--token or $STANDPOINT_TOKEN)."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    HomeOption home;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070", description = "Port (default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Bearer token for writes (ingest, resolve); default $STANDPOINT_TOKEN. Required off loopback.")
    String token;

    @Option(names = "--max-upload-mb", paramLabel = "MB",
            description = "Largest upload and largest file (default: $STANDPOINT_MAX_FILE_MB, else 50).")
    Long maxUploadMb;

    @Option(names = "--answer-cache", paramLabel = "N", defaultValue = "1000",
            description = "Answers kept for repeated questions until the index changes; 0 turns it off (default ${DEFAULT-VALUE}).")
    int answerCache;

    @Override
    public Integer call() throws InterruptedException {
        String t = token != null ? token : System.getenv(ServerConfig.TOKEN_ENV);
        long maxBytes = Workspace.limits(maxUploadMb).maxBytes();
        ServerConfig config = ServerConfig.defaults().withHost(host, t).withPort(port).withMaxUploadBytes(
                Math.min(maxBytes, InputLimits.MAX_SUPPORTED_BYTES)).withAnswerCache(answerCache);
        Workspace ws = home.workspace();
        Store store = ws.openForWriting(new EmbeddingOptions());
        StandpointServer server;
        try {
            server = new StandpointServer(ws.backend(store, maxUploadMb), config).start();
        } catch (StandpointServer.BindException e) {
            store.close();
            throw new Errors.UserError(e.getMessage());
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            stopped.countDown();
        }, "standpoint-shutdown"));
        String shown = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        System.out.printf("Standpoint is serving http://%s:%d/ — data %s, %,d documents%s. Ctrl-C stops it.%n", shown,
                server.port(), ws.home().root(), store.manifest().documents(),
                config.token() != null ? "; writes need the token" : "");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
