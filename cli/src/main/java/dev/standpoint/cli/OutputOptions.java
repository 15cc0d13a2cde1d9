package dev.standpoint.cli;

import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * {@code --format text|json|jsonl|csv} and {@code --output FILE}, shared by the commands whose results analysts
 * take into other tools. JSON is the whole result; JSON Lines and CSV are one row per cited sentence or forecast.
 */
final class OutputOptions {

    enum Format { TEXT, JSON, JSONL, CSV }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json, jsonl or csv.")
    String format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path output;

    Format format() {
        if (json) {
            return Format.JSON;
        }
        try {
            return Format.valueOf(format.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be text, json, jsonl or csv; got '" + format + "'");
        }
    }

    /** Writes the result in the chosen format. */
    void write(Object whole, Supplier<String> text, Supplier<List<?>> rows, Supplier<Csv> csv) {
        String out = switch (format()) {
            case TEXT -> text.get();
            case JSON -> Json.pretty(whole);
            case JSONL -> jsonLines(rows.get());
            case CSV -> csv.get().toString();
        };
        if (output == null) {
            PrintStream ps = System.out;
            // No rows in JSON Lines is no lines at all, not one empty line (which is not JSON).
            ps.print(out.isEmpty() || out.endsWith("\n") ? out : out + "\n");
            return;
        }
        try {
            Files.writeString(output, out, StandardCharsets.UTF_8);
            System.err.println("wrote " + output);
        } catch (NoSuchFileException e) {
            throw new Errors.UserError("cannot write " + output + ": the folder " + output.toAbsolutePath().getParent()
                    + " does not exist");
        } catch (IOException e) {
            throw new Errors.UserError("cannot write " + output + ": " + e.getMessage());
        }
    }

    private static String jsonLines(List<?> rows) {
        StringBuilder b = new StringBuilder();
        rows.forEach(r -> b.append(Json.write(r)).append('\n'));
        return b.toString();
    }
}
