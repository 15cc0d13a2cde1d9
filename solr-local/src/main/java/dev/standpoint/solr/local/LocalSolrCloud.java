package dev.standpoint.solr.local;

import dev.standpoint.solr.SolrAdmin;
import dev.standpoint.solr.StoreLocation;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.cloud.ZkTestServer;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * A SolrCloud in this one process: an embedded ZooKeeper and {@code nodes} Solr nodes (Jetty 10), built by Solr
 * 9.10's own test cluster ({@code MiniSolrCloudCluster} from {@code solr-test-framework}). Real SolrCloud code —
 * collections, shards, replicas, leader election, distributed search — but one JVM, one machine and a folder that is
 * thrown away: for trying {@code --store solr://…} and measuring it, not for keeping data.
 */
public final class LocalSolrCloud implements AutoCloseable {

    /** ZooKeeper's port unless told otherwise (Solr's own embedded ZooKeeper uses the same). */
    public static final int DEFAULT_ZK_PORT = 9983;

    private final MiniSolrCloudCluster cluster;
    private final Path dir;
    private final boolean deleteOnClose;

    private LocalSolrCloud(MiniSolrCloudCluster cluster, Path dir, boolean deleteOnClose) {
        this.cluster = cluster;
        this.dir = dir;
        this.deleteOnClose = deleteOnClose;
    }

    /**
     * Starts ZooKeeper on {@code zkPort} (0: any free port) and {@code nodes} Solr nodes with their data in {@code dir}
     * ({@code null}: a temporary folder, deleted on {@link #close()}).
     *
     * @throws IllegalArgumentException when the port is taken or {@code dir} is not an empty folder
     */
    public static LocalSolrCloud start(int nodes, int zkPort, Path dir) throws Exception {
        if (nodes < 1) {
            throw new IllegalArgumentException("--nodes must be at least 1; got " + nodes);
        }
        boolean temporary = dir == null;
        Path base = temporary ? Files.createTempDirectory("standpoint-solr-local") : requireEmpty(dir);
        if (zkPort > 0) {
            requireFree(zkPort);
        }
        System.setProperty("solr.log.dir", base.resolve("logs").toString());
        ZkTestServer zk = new ZkTestServer(base.resolve("zookeeper/server1/data"), zkPort);
        zk.run(true);
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster(nodes, base, MiniSolrCloudCluster.DEFAULT_CLOUD_SOLR_XML,
                JettyConfig.builder().build(), zk, true);
        return new LocalSolrCloud(cluster, base, temporary);
    }

    private static Path requireEmpty(Path dir) throws IOException {
        if (Files.exists(dir)) {
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException(dir + ": not a folder");
            }
            try (Stream<Path> files = Files.list(dir)) {
                if (files.findAny().isPresent()) {
                    throw new IllegalArgumentException(dir + ": not empty (the local cluster starts from nothing; "
                            + "give an empty or new folder)");
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static void requireFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new IllegalArgumentException("127.0.0.1:" + port + " is taken (another local cluster or ZooKeeper?); "
                    + "choose another with --zk-port");
        }
    }

    /** The ZooKeeper address with the cluster's chroot: {@code 127.0.0.1:9983/solr}. */
    public String zkAddress() {
        return cluster.getZkServer().getZkAddress();
    }

    /** Where a collection of this cluster is, as {@code --store} takes it. */
    public StoreLocation location(String collection) {
        return StoreLocation.parse(StoreLocation.SCHEME + zkAddress() + "/" + collection);
    }

    /** The nodes' base URLs. */
    public List<String> nodes() {
        List<String> out = new ArrayList<>();
        for (JettySolrRunner j : cluster.getJettySolrRunners()) {
            out.add(j.getBaseUrl().toString());
        }
        return out;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void close() throws Exception {
        try {
            cluster.shutdown();
        } finally {
            if (deleteOnClose) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** {@code standpoint solr local}: the arguments are described in {@link Options}. */
    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("standpoint solr local: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalSolrCloud local;
        try {
            local = start(o.nodes(), o.zkPort(), o.dir());
        } catch (IllegalArgumentException e) {
            System.err.println("standpoint solr local: " + e.getMessage());
            System.exit(2);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                local.close();
            } catch (Exception e) {
                System.err.println("standpoint solr local: stopping: " + e.getMessage());
            }
        }, "standpoint-solr-local-stop"));
        System.out.println("Local SolrCloud — Solr 9.10's in-process test cluster (solr-test-framework): real SolrCloud "
                + "code in one JVM, for trying and benchmarking, not for production.");
        System.out.printf(Locale.ROOT, "  ZooKeeper  %s%n", local.zkAddress());
        for (String n : local.nodes()) {
            System.out.printf(Locale.ROOT, "  node       %s%n", n);
        }
        System.out.printf(Locale.ROOT, "  data       %s%s%n", local.dir(), o.dir() == null ? " (deleted on exit)" : "");
        if (o.collection() != null) {
            SolrAdmin.Created c = SolrAdmin.create(local.location(o.collection()), o.shards(), o.replicas());
            System.out.printf(Locale.ROOT, "  collection %s: %d shard%s × %d replica%s%n", o.collection(), c.shards(),
                    c.shards() == 1 ? "" : "s", c.replicas(), c.replicas() == 1 ? "" : "s");
            System.out.printf(Locale.ROOT, "Use it with: --store %s%n", local.location(o.collection()));
        } else {
            System.out.printf(Locale.ROOT, "Create a collection with: standpoint solr create --store %s%n",
                    local.location("NAME"));
        }
        System.out.println("Ctrl-C stops the cluster.");
        System.out.flush();
        Thread.currentThread().join();
    }

    /** The command line: {@code --nodes N --zk-port P --dir DIR --collection NAME --shards S --replicas R}. */
    record Options(int nodes, int zkPort, Path dir, String collection, int shards, int replicas) {

        static Options parse(String[] args) {
            int nodes = 2;
            int zkPort = DEFAULT_ZK_PORT;
            Path dir = null;
            String collection = null;
            int shards = 2;
            int replicas = 2;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--nodes" -> nodes = number(a, v);
                    case "--zk-port" -> zkPort = number(a, v);
                    case "--dir" -> dir = Path.of(v);
                    case "--collection" -> collection = v;
                    case "--shards" -> shards = number(a, v);
                    case "--replicas" -> replicas = number(a, v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (zkPort < 0 || zkPort > 65535) {
                throw new IllegalArgumentException("--zk-port must be 0–65535; got " + zkPort);
            }
            if (replicas > nodes) {
                throw new IllegalArgumentException("--replicas " + replicas + " needs at least as many --nodes; got "
                        + nodes);
            }
            return new Options(nodes, zkPort, dir, collection, shards, replicas);
        }

        private static int number(String option, String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " takes a whole number; got '" + value + "'");
            }
        }
    }
}
