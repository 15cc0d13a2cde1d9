package dev.standpoint.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The data directory: {@code STANDPOINT_HOME}, by default {@code ./standpoint-data}. It holds the index, the source
 * files the index was built from (so that it can be rebuilt), the user's knowledge-base extensions and the user's
 * judgements (forecast resolutions), which survive a rebuild.
 */
public record StandpointHome(Path root) {

    public static final String ENV = "STANDPOINT_HOME";

    public StandpointHome {
        if (root == null) {
            throw new IllegalArgumentException("the data directory is required");
        }
        root = root.toAbsolutePath().normalize();
    }

    /** {@code $STANDPOINT_HOME}, or {@code ./standpoint-data}. */
    public static StandpointHome fromEnvironment() {
        String env = System.getenv(ENV);
        return new StandpointHome(Path.of(env == null || env.isBlank() ? "standpoint-data" : env));
    }

    public Path index() {
        return root.resolve("index");
    }

    public Path sources() {
        return root.resolve("sources");
    }

    public Path knowledgeBase() {
        return root.resolve("kb");
    }

    public Path judgements() {
        return root.resolve("judgements");
    }

    public Path manifest() {
        return root.resolve("manifest.json");
    }

    /** Creates the directories that do not exist yet. */
    public StandpointHome create() {
        try {
            Files.createDirectories(index());
            Files.createDirectories(sources());
            Files.createDirectories(judgements());
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + root + ": " + e.getMessage(), e);
        }
    }
}
