package dev.standpoint.cli;

import java.io.PrintStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options the external-benchmark {@code eval} sub-commands share, mixed into each. */
final class ExternalEvalOptions {

    private ExternalEvalOptions() {
    }

    /** JSON or text output, and where listed errors go. */
    static final class Output {

        @Option(names = "--json", description = "Print scores as JSON.")
        boolean json;

        /** Standard error when standard output carries JSON, so that it stays parseable. */
        PrintStream errorStream() {
            return json ? System.err : System.out;
        }
    }

    /** How much of a list of items to score: the CI subsets take every K-th item, or the first N. */
    static final class Sample {

        @Option(names = "--every", paramLabel = "K", defaultValue = "1",
                description = "Score every K-th item (sentence or claim) only, from the first (the CI subsets).")
        int every;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "0",
                description = "Score at most N items (sentences or claims; 0: all).")
        int limit;

        @Mixin
        Output output;
    }
}
