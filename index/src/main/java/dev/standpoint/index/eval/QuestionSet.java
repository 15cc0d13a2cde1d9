package dev.standpoint.index.eval;

import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads question sets: JSON lines of {@link AskCase}. */
public final class QuestionSet {

    private QuestionSet() {
    }

    public static List<AskCase> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the question set " + file + ": " + e.getMessage(), e);
        }
        List<AskCase> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(Json.mapper().readValue(line, AskCase.class));
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a question-set line (" + e.getMessage()
                        .lines().findFirst().orElse("") + ")");
            }
        }
        return out;
    }
}
