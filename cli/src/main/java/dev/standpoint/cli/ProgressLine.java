package dev.standpoint.cli;

import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestProgress;
import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows ingest progress on one line of a terminal (rewritten in place, at most ten times a second) and prints each
 * failed file as its own line. Without a terminal it prints only the failures.
 */
final class ProgressLine implements IngestListener {

    private final PrintStream err;
    private final boolean terminal;
    private long lastDraw;
    private boolean drawn;

    ProgressLine(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    static ProgressLine forConsole() {
        return new ProgressLine(System.err, System.console() != null);
    }

    @Override
    public void progress(IngestProgress p) {
        long now = System.nanoTime();
        if (!terminal || now - lastDraw < 100_000_000L && p.done() < p.total()) {
            return;
        }
        lastDraw = now;
        err.print(String.format(Locale.ROOT, "\r  %,d/%,d documents · %.1f docs/s · %d failed   ", p.done(), p.total(),
                p.documentsPerSecond(), p.failed()));
        err.flush();
        drawn = true;
    }

    @Override
    public void failed(String line) {
        clear();
        err.println("error: " + line);
    }

    @Override
    public void warning(String line) {
        clear();
        err.println("warning: " + line);
    }

    void finish() {
        clear();
    }

    private void clear() {
        if (drawn) {
            err.print("\r" + " ".repeat(72) + "\r");
            drawn = false;
        }
    }
}
