package dev.standpoint.cli;

import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.lucene.LuceneStore;
import dev.standpoint.solr.EmbeddedCopy;
import dev.standpoint.solr.SolrAdmin;
import dev.standpoint.solr.SolrStore;
import dev.standpoint.solr.StoreLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code standpoint solr …}: set up a SolrCloud collection for Standpoint and move an embedded index into it. */
@Command(name = "solr", description = "Set up a SolrCloud collection and copy an embedded index into it.",
        subcommands = {SolrCommand.Create.class, SolrCommand.Copy.class, SolrCommand.Configset.class, SolrCommand.Local.class})
final class SolrCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static StoreLocation location(String store) {
        StoreChoice c = StoreChoice.of(store);
        return c.solr().orElseThrow(() -> new IllegalArgumentException("give the collection with --store "
                + StoreLocation.FORM + " (or $" + StoreChoice.ENV + ")"));
    }

    @Command(name = "create", description = {"Upload Standpoint's configset to ZooKeeper and create the collection",
            "(Collections API), then wait until every replica is active. An existing collection is left as it is."})
    static final class Create implements Callable<Integer> {

        @Option(names = "--store", paramLabel = "LOCATION", description = "solr://ZK_HOST[,ZK_HOST…][/CHROOT]/COLLECTION "
                + "(default: $STANDPOINT_STORE).")
        String store;

        @Option(names = "--shards", defaultValue = "2", description = "Shards (default ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", defaultValue = "2", description = "Replicas of each shard (default ${DEFAULT-VALUE}).")
        int replicas;

        @Override
        public Integer call() {
            SolrAdmin.Created c = SolrAdmin.create(location(store), shards, replicas);
            System.out.println(c.existed() ? "Collection " + c.location() + " exists already; left as it is."
                    : String.format(Locale.ROOT, "Created %s: %d shard%s × %d replica%s, configset %s.", c.location(),
                    shards, shards == 1 ? "" : "s", replicas, replicas == 1 ? "" : "s", SolrAdmin.CONFIGSET));
            return 0;
        }
    }

    @Command(name = "copy", description = {"Copy the embedded index of a data directory into a SolrCloud collection as it",
            "is: analysed documents and sentence vectors, no parsing, analysis or embedding again. Documents the",
            "collection holds already are replaced; sources and judgements stay in the data directory."})
    static final class Copy implements Callable<Integer> {

        @Option(names = "--home", paramLabel = "DIR", description = "Data directory (default: $STANDPOINT_HOME, else ./standpoint-data).")
        Path home;

        @Option(names = "--store", paramLabel = "LOCATION", description = "The collection (default: $STANDPOINT_STORE).")
        String store;

        @Override
        public Integer call() {
            StandpointHome h = home == null ? StandpointHome.fromEnvironment() : new StandpointHome(home);
            try (LuceneStore from = LuceneStore.openReadOnly(h);
                 SolrStore to = SolrStore.open(location(store), from.manifest().standpointVersion(),
                         from.manifest().analyser(), from.encoder())) {
                ProgressLine progress = ProgressLine.forConsole();
                EmbeddedCopy.Copied c = EmbeddedCopy.copy(from, to, p -> progress.progress(
                        new dev.standpoint.index.ingest.IngestProgress((int) p.copied(), (int) p.total(), 0, p.seconds())));
                progress.finish();
                System.out.printf(Locale.ROOT, "Copied %,d documents (%,d sentence vectors) from %s to %s in %.1f s%n",
                        c.documents(), c.vectors(), from.describe(), to.describe(), c.seconds());
            }
            return 0;
        }
    }

    @Command(name = "configset", description = {"Write Standpoint's configset (schema.xml, solrconfig.xml, stop words)",
            "into a folder, for Solr's own tools: bin/solr zk upconfig -n standpoint-1 -d FOLDER -z ZK_HOST"})
    static final class Configset implements Callable<Integer> {

        @Parameters(paramLabel = "FOLDER", description = "Where to write the files.")
        Path folder;

        @Override
        public Integer call() {
            SolrAdmin.writeConfigset(folder);
            System.out.println("Wrote " + String.join(", ", SolrAdmin.FILES) + " to " + folder.toAbsolutePath()
                    + " (configset name " + SolrAdmin.CONFIGSET + ")");
            return 0;
        }
    }

    @Command(name = "local", description = {"Start a throwaway SolrCloud on this machine: an embedded ZooKeeper and N Solr",
            "nodes in one separate JVM, built by Solr 9.10's own test cluster (solr-test-framework's",
            "MiniSolrCloudCluster). Real SolrCloud code for trying --store and for `bench --store`, not for keeping",
            "data: its folder starts empty and, unless --dir is given, is deleted when it stops. Runs until Ctrl-C."})
    static final class Local implements Callable<Integer> {

        @Option(names = "--nodes", defaultValue = "2", description = "Solr nodes (default ${DEFAULT-VALUE}).")
        int nodes;

        @Option(names = "--zk-port", defaultValue = "9983", description = "ZooKeeper's port (default ${DEFAULT-VALUE}).")
        int zkPort;

        @Option(names = "--dir", paramLabel = "DIR", description = "An empty or new folder for the cluster's data "
                + "(default: a temporary one, deleted on exit).")
        Path dir;

        @Option(names = "--collection", paramLabel = "NAME", description = "Also create this collection.")
        String collection;

        @Option(names = "--shards", defaultValue = "2", description = "Its shards (default ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", defaultValue = "2", description = "Replicas of each shard (default ${DEFAULT-VALUE}).")
        int replicas;

        @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "2g", description = "The cluster JVM's -Xmx "
                + "(default ${DEFAULT-VALUE}).")
        String heap;

        @Override
        public Integer call() throws Exception {
            Path target = ProjectPaths.root().resolve("solr-local/target");
            Path jar = target.resolve("standpoint-solr-local.jar");
            if (!java.nio.file.Files.isRegularFile(jar) || !java.nio.file.Files.isDirectory(target.resolve("lib"))) {
                throw new Errors.UserError(jar + " is missing: build the project (mvn -B package, or ./standpoint "
                        + "rebuilds it) from " + ProjectPaths.root());
            }
            List<String> command = new java.util.ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=off", "-cp",
                    jar + java.io.File.pathSeparator + target.resolve("lib") + java.io.File.separator + "*",
                    "dev.standpoint.solr.local.LocalSolrCloud", "--nodes", Integer.toString(nodes),
                    "--zk-port", Integer.toString(zkPort), "--shards", Integer.toString(shards),
                    "--replicas", Integer.toString(replicas)));
            if (dir != null) {
                command.addAll(List.of("--dir", dir.toAbsolutePath().toString()));
            }
            if (collection != null) {
                command.addAll(List.of("--collection", collection));
            }
            Process p = new ProcessBuilder(command).inheritIO().start();
            Thread stop = new Thread(p::destroy, "standpoint-solr-local-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            int exit = p.waitFor();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // Ctrl-C reached both processes; the hook has nothing left to stop
            }
            return exit;
        }
    }
}
