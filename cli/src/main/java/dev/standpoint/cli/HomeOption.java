package dev.standpoint.cli;

import dev.standpoint.index.StandpointHome;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home} option shared by the commands that use a data directory. */
final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Data directory (default: $STANDPOINT_HOME, else ./standpoint-data).")
    Path home;

    StandpointHome resolve() {
        return home == null ? StandpointHome.fromEnvironment() : new StandpointHome(home);
    }
}
