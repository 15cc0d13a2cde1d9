package dev.standpoint.cli;

import dev.standpoint.index.StandpointHome;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --home} and {@code --store} options shared by the commands that use a data directory and a store. */
final class HomeOption {

    @Option(names = "--home", paramLabel = "DIR",
            description = "Data directory (default: $STANDPOINT_HOME, else ./standpoint-data).")
    Path home;

    @Option(names = "--store", paramLabel = "LOCATION", description = {
            "Keep the index in a SolrCloud collection, solr://ZK_HOST[:PORT][,ZK_HOST…][/CHROOT]/COLLECTION,",
            "instead of the data directory (default: $STANDPOINT_STORE, else the data directory's index)."})
    String store;

    StandpointHome resolve() {
        return home == null ? StandpointHome.fromEnvironment() : new StandpointHome(home);
    }

    /** The workspace over the data directory and the store these options name. */
    Workspace workspace() {
        return new Workspace(resolve(), StoreChoice.of(store));
    }
}
