package dev.standpoint.server;

import dev.standpoint.index.ingest.FileOutcome;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.IngestReport;
import dev.standpoint.index.ingest.Ingestor;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Ingests uploaded files: each is written to a fresh temporary folder under a cleaned copy of its own name (so the
 * reader is chosen by its extension and the document is cited by the name the user gave it), then the ingestor
 * reads them all. The temporary files are deleted afterwards, whatever happened.
 */
final class Uploads {

    /** What became of an upload. */
    record Result(List<FileOutcome> files, int added, int unchanged, int duplicates, int failed, double seconds) {
    }

    private final Ingestor ingestor;

    Uploads(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    Result ingest(List<UploadedFile> uploads) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("standpoint-upload");
            List<Ingestor.NamedFile> named = new ArrayList<>();
            for (int i = 0; i < uploads.size(); i++) {
                UploadedFile u = uploads.get(i);
                String name = safeName(u.filename(), i);
                Path file = Files.createDirectory(dir.resolve(Integer.toString(i))).resolve(name);
                try (InputStream in = u.content()) {
                    Files.copy(in, file);
                }
                named.add(new Ingestor.NamedFile(file, name));
            }
            List<FileOutcome> heard = new ArrayList<>();
            IngestReport report = ingestor.ingestNamed(named, new IngestListener() {
                @Override
                public void file(FileOutcome outcome) {
                    heard.add(outcome);
                }
            });
            return new Result(inUploadOrder(named, heard), report.added(), report.unchanged(), report.duplicates(),
                    report.failed().size(), report.seconds());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the upload in a temporary folder", e);
        } finally {
            delete(dir);
        }
    }

    private static List<FileOutcome> inUploadOrder(List<Ingestor.NamedFile> named, List<FileOutcome> heard) {
        Map<String, Deque<Integer>> positions = new HashMap<>();
        for (int i = 0; i < named.size(); i++) {
            positions.computeIfAbsent(named.get(i).source(), k -> new ArrayDeque<>()).add(i);
        }
        Map<FileOutcome, Integer> order = new java.util.IdentityHashMap<>();
        for (FileOutcome o : heard) {
            Deque<Integer> q = positions.get(o.source());
            order.put(o, q == null || q.isEmpty() ? Integer.MAX_VALUE : q.poll());
        }
        List<FileOutcome> out = new ArrayList<>(heard);
        out.sort(Comparator.comparing(order::get));
        return out;
    }

    /**
     * The last path segment of a client's file name, without control characters, at most 120 characters, never
     * empty and never a dot name: the client chooses no folder.
     */
    static String safeName(String given, int index) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 120) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 120 - ext.length()) + ext;
        }
        return name.isBlank() ? "upload-" + (index + 1) + ".txt" : name;
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A temporary file left behind is harmless; the next start of the OS cleans /tmp.
        }
    }
}
