package dev.standpoint.index.ingest;

import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The copies of ingested source files kept in the data directory, so that the index can be rebuilt from them. Each
 * document's file is stored under its content id with a small JSON record of where it came from. Files are written
 * to a temporary name and moved into place, so a crash leaves no half-written copy.
 */
public final class SourceArchive {

    /** Where a stored copy came from. */
    public record Entry(String id, String source, String fileHash, String extension, Instant ingested) {
    }

    private final Path root;

    public SourceArchive(Path root) {
        this.root = root;
    }

    /** Stores a copy of {@code bytes} as the source of document {@code id}; returns the stored file. */
    public Path store(String id, String source, String fileHash, String extension, byte[] bytes) {
        try {
            Path dir = root.resolve(id.substring(0, 2));
            Files.createDirectories(dir);
            Path file = dir.resolve(id + "." + extension.toLowerCase(Locale.ROOT));
            write(file, bytes);
            Entry entry = new Entry(id, source, fileHash, extension.toLowerCase(Locale.ROOT), Instant.now());
            write(dir.resolve(id + ".json"), Json.write(entry).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep a copy of " + source + " in " + root + ": " + e.getMessage(), e);
        }
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Every stored entry, in id order. */
    public List<Entry> entries() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root, 2)) {
            List<Entry> out = new ArrayList<>();
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                out.add(Json.read(Files.readString(p), Entry.class));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the stored sources in " + root + ": " + e.getMessage(), e);
        }
    }

    /** The stored file of an entry. */
    public Path file(Entry e) {
        return root.resolve(e.id().substring(0, 2)).resolve(e.id() + "." + e.extension());
    }
}
