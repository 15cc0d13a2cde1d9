package dev.standpoint.index.eval;

import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads gold files: JSON lines of {@link GoldSentence}. */
public final class GoldFile {

    private GoldFile() {
    }

    public static List<GoldSentence> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gold file " + file + ": " + e.getMessage(), e);
        }
        List<GoldSentence> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                out.add(Json.mapper().readValue(line, GoldSentence.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a gold line ("
                        + e.getMessage().lines().findFirst().orElse("") + ")");
            }
        }
        return out;
    }
}
