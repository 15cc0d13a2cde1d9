package dev.standpoint.index.forecast;

import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The analyst's forecast resolutions, kept apart from the index so that they survive a rebuild: an append-only file
 * of JSON lines, each write forced to disk before it returns. The latest judgement of a forecast wins. A line cut
 * short by a crash is ignored when reading, so a crash loses at most the judgement being written.
 */
public final class JudgementLog {

    private final Path file;

    public JudgementLog(Path directory) {
        this.file = directory.resolve("forecast-resolutions.jsonl");
    }

    public Path file() {
        return file;
    }

    public synchronized void append(Resolution r) {
        try {
            Files.createDirectories(file.getParent());
            byte[] line = (Json.write(r) + "\n").getBytes(StandardCharsets.UTF_8);
            boolean newlineFirst = endsMidLine();
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                if (newlineFirst) {
                    write(ch, new byte[] {'\n'});
                }
                write(ch, line);
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the resolution in " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Whether the file ends inside a line, after a crash mid-write: the next record must then start on a line of
     * its own. Read through a channel of its own, since a channel opened to append cannot read.
     */
    private boolean endsMidLine() throws IOException {
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size == 0) {
                return false;
            }
            ByteBuffer last = ByteBuffer.allocate(1);
            ch.read(last, size - 1);
            return last.get(0) != '\n';
        }
    }

    private static void write(FileChannel ch, byte[] bytes) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(bytes);
        while (b.hasRemaining()) {
            ch.write(b);
        }
    }

    /** The latest resolution of each forecast. */
    public synchronized Map<String, Resolution> latest() {
        Map<String, Resolution> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out;
        }
        String text;
        try {
            // Decoded leniently: a record cut inside a multi-byte character must not make the whole log unreadable.
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resolutions in " + file + ": " + e.getMessage(), e);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Resolution r = Json.read(line, Resolution.class);
                out.put(r.forecastId(), r);
            } catch (IllegalStateException | IllegalArgumentException torn) {
                // a record cut short by a crash: skip it
            }
        }
        return out;
    }
}
