package dev.standpoint.server;

import dev.standpoint.index.json.Json;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.javalin.util.JavalinBindException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One process serving the REST/JSON API under {@code /api}, its OpenAPI description at {@code /openapi.json} and the
 * web UI's static files at {@code /}, over one {@link Backend}. Errors leave as {@link ApiError} JSON.
 */
public final class StandpointServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StandpointServer.class);

    /** A route as registered, so that a test can check the OpenAPI document describes every one. */
    public record Route(String method, String path) {
    }

    /** The port is taken, or the address cannot be bound; the message says which. */
    public static final class BindException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BindException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ServerConfig config;
    private final Api api;
    private final List<Route> routes = new ArrayList<>();
    private Javalin app;

    public StandpointServer(Backend backend, ServerConfig config) {
        this.config = config;
        this.api = new Api(backend, config);
    }

    /** Starts listening; returns this server, whose {@link #port()} is then the bound port. */
    public StandpointServer start() {
        if (config.port() != 0) {
            probe();
        }
        Guard guard = new Guard(config);
        app = Javalin.create(cfg -> configure(cfg, guard));
        try {
            app.start(config.host(), config.port());
        } catch (JavalinBindException e) {
            app = null;
            throw new BindException("cannot listen on " + config.host() + ":" + config.port() + ": the port is in use "
                    + "or the address is not this machine's; stop the other process or choose another --port", e);
        }
        return this;
    }

    /** Fails with a clear message, before Jetty logs its own, when the port is taken. */
    private void probe() {
        try (java.net.ServerSocket s = new java.net.ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new java.net.InetSocketAddress(config.host(), config.port()));
        } catch (java.io.IOException e) {
            throw new BindException("cannot listen on " + config.host() + ":" + config.port() + ": " + (e instanceof
                    java.net.BindException ? "the port is in use; stop the other process or choose another --port"
                    : e.getMessage()), e);
        }
    }

    private void configure(JavalinConfig cfg, Guard guard) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.jsonMapper(new JavalinJackson(Json.mapper(), false));
        cfg.http.maxRequestSize = config.maxUploadBytes();
        cfg.http.prefer405over404 = true;
        cfg.jetty.multipartConfig.maxTotalRequestSize(config.maxUploadBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxFileSize(config.maxUploadBytes(), SizeUnit.BYTES);
        cfg.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            // For working on the UI: -Dstandpoint.web.dir=server/src/main/resources/web serves edits without a rebuild.
            String dev = System.getProperty("standpoint.web.dir");
            sf.directory = dev == null || dev.isBlank() ? "/web" : dev;
            sf.location = dev == null || dev.isBlank() ? Location.CLASSPATH : Location.EXTERNAL;
            // API requests never look for a file: spares a classpath lookup on every call.
            sf.skipFileFunction = req -> req.getRequestURI().startsWith("/api/");
            sf.headers = Map.of("Cache-Control", "no-cache", "Content-Security-Policy", Guard.CSP,
                    "X-Content-Type-Options", "nosniff", "X-Frame-Options", "DENY", "Referrer-Policy", "no-referrer");
        });
        cfg.routes.before(guard::check);
        api.register(new Registrar(cfg));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        cfg.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error; the server log has the details");
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                error(ctx, 404, "no such page or route: " + ctx.method() + " " + Params.clip(ctx.path()));
            }
        });
        cfg.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " is not allowed on "
                + Params.clip(ctx.path())));
    }

    static void error(Context ctx, int status, String message) {
        String m = message == null || message.isBlank() ? "request failed" : message;
        ctx.status(status).json(new ApiError(status, m));
    }

    /** Registers a route with Javalin and remembers it. */
    final class Registrar {
        private final JavalinConfig cfg;

        Registrar(JavalinConfig cfg) {
            this.cfg = cfg;
        }

        void get(String path, Handler h) {
            cfg.routes.get(path, h);
            routes.add(new Route("get", path));
        }

        void post(String path, Handler h) {
            cfg.routes.post(path, h);
            routes.add(new Route("post", path));
        }
    }

    public int port() {
        if (app == null) {
            throw new IllegalStateException("the server is not running");
        }
        return app.port();
    }

    public ServerConfig config() {
        return config;
    }

    /** The routes registered, method in lower case as OpenAPI writes it. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** Stops listening; the caller closes the backend's store. */
    @Override
    public void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }
}
