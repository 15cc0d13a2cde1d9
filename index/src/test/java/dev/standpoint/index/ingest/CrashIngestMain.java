package dev.standpoint.index.ingest;

import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a separate JVM by {@link CrashSafetyTest}: ingests a folder with one thread, slowing down (a pause after
 * each file) once {@code slowAfter} files are done, so that the test can kill it in the middle of the ingest after
 * a commit.
 *
 * <p>Arguments: data directory, input folder, slowAfter, pause in milliseconds.
 */
public final class CrashIngestMain {

    private CrashIngestMain() {
    }

    public static void main(String[] args) {
        StandpointHome home = new StandpointHome(Path.of(args[0]));
        Path input = Path.of(args[1]);
        int slowAfter = Integer.parseInt(args[2]);
        long pauseMillis = Long.parseLong(args[3]);
        IngestListener slow = new IngestListener() {
            @Override
            public void progress(IngestProgress p) {
                if (p.done() > slowAfter) {
                    pause(pauseMillis);
                }
            }
        };
        try (LuceneStore store = LuceneStore.open(home, "crash-test", "test")) {
            IngestReport r = new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), store,
                    new SourceArchive(home.sources()), 1).ingest(List.of(input), slow);
            System.out.println("finished: " + r.added() + " added");
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
