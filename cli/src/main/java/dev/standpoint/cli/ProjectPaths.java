package dev.standpoint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where the project's bundled examples and the optional shared data are, relative to the launcher. */
final class ProjectPaths {

    private ProjectPaths() {
    }

    /** The project root: {@code -Dstandpoint.root} (set by the launcher), else the working directory. */
    static Path root() {
        String r = System.getProperty("standpoint.root");
        return Path.of(r == null || r.isBlank() ? "." : r).toAbsolutePath().normalize();
    }

    static Path examples() {
        return root().resolve("examples");
    }

    /** The shared evaluation data beside the project ({@code ../shared}), when present. */
    static Optional<Path> shared() {
        String s = System.getProperty("standpoint.shared");
        Path p = s != null && !s.isBlank() ? Path.of(s) : root().resolve("../shared");
        p = p.toAbsolutePath().normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
}
