package dev.standpoint.index.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Expands the paths a user gives into the files to ingest: files as given, folders walked recursively. */
final class InputFiles {

    /**
     * @param files    the files to ingest, in a stable order
     * @param problems one line for each path that cannot be used
     * @param skipped  files in folders that no reader supports
     */
    record Expansion(List<Path> files, List<String> problems, int skipped) {
    }

    private InputFiles() {
    }

    static Expansion expand(List<Path> inputs, Predicate<Path> supported) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] skipped = {0};
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.add(input + ": no such file or folder");
            } else if (Files.isDirectory(input)) {
                walk(input, supported, files, problems, skipped);
            } else {
                files.add(input);
            }
        }
        return new Expansion(files, problems, skipped[0]);
    }

    private static void walk(Path dir, Predicate<Path> supported, List<Path> files, List<String> problems,
                             int[] skipped) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && d.getFileName().toString().startsWith(".")
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String name = f.getFileName().toString();
                    if (name.startsWith(".") || !attrs.isRegularFile()) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (supported.test(f)) {
                        found.add(f);
                    } else {
                        skipped[0]++;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    problems.add(f + ": cannot read (" + e.getClass().getSimpleName().replace("Exception", "")
                            .replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT) + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(dir + ": cannot walk the folder (" + e.getMessage() + ")");
        }
        found.sort(null);
        files.addAll(found);
    }
}
