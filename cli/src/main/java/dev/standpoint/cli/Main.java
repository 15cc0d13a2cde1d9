package dev.standpoint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code standpoint} command. Exit codes: 0 success; 1 a failure (a file that could not be ingested, a document
 * not found, an internal error); 2 a usage error.
 */
@Command(name = "standpoint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "How do the experts assess this? Ingest expert commentary, then ask.",
        subcommands = {IngestCommand.class, ReindexCommand.class, AskCommand.class, CompareCommand.class, SearchCommand.class,
                ShowCommand.class, ForecastsCommand.class, ExportCommand.class,
                EntitiesCommand.class, StatsCommand.class, DemoCommand.class, BenchCommand.class, EvalCommand.class, TrainCommand.class,
                ServeCommand.class, LoadTestCommand.class, SolrCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    /** The slf4j-simple level of ZooKeeper's client loggers. */
    static final String ZOOKEEPER_LOG = "org.slf4j.simpleLogger.log.org.apache.zookeeper";

    static {
        // ZooKeeper's client reports a refused or lost connection from its own event thread as an ERROR with a
        // stack trace, even after the store has said it in one line (StoreException naming the address). The CLI
        // owns the console, so that chatter is off unless asked for (STANDPOINT_DEBUG, or the property itself).
        if (System.getProperty(ZOOKEEPER_LOG) == null && System.getenv("STANDPOINT_DEBUG") == null) {
            System.setProperty(ZOOKEEPER_LOG, "off");
        }
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code; used by tests. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Errors());
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
