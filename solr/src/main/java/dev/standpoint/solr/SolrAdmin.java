package dev.standpoint.solr;

import dev.standpoint.index.StoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;

/**
 * Sets up a collection for Standpoint on a SolrCloud cluster: uploads the configset that ships with this module
 * ({@code standpoint/solr/conf}: {@code schema.xml}, {@code solrconfig.xml}, {@code stopwords_en.txt}) to ZooKeeper
 * and creates the collection with the Collections API, then waits until every replica is active.
 */
public final class SolrAdmin {

    /** The configset's name in ZooKeeper, versioned with the schema so that a changed schema is a new configset. */
    public static final String CONFIGSET = "standpoint-1";
    /** The configset's files, in this module's resources under {@link #RESOURCES}. */
    public static final List<String> FILES = List.of("schema.xml", "solrconfig.xml", "stopwords_en.txt");
    public static final String RESOURCES = "/standpoint/solr/conf/";

    private SolrAdmin() {
    }

    /** What was done. */
    public record Created(StoreLocation location, int shards, int replicas, boolean existed) {
    }

    /**
     * Uploads the configset (replacing an older upload of the same name) and creates the collection with {@code shards}
     * shards of {@code replicas} replicas each; a collection that exists already is left as it is.
     */
    public static Created create(StoreLocation location, int shards, int replicas) {
        if (shards < 1 || replicas < 1) {
            throw new IllegalArgumentException("shards and replicas must be at least 1; got " + shards + " and " + replicas);
        }
        try (SolrCluster cluster = SolrCluster.connect(location)) {
            if (cluster.hasCollection(location.collection())) {
                return new Created(location, shards, replicas, true);
            }
            upload(cluster);
            CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(location.collection(),
                    CONFIGSET, shards, replicas);
            cluster.call("creating collection " + location.collection(), () -> create.process(cluster.client()));
            waitForActive(cluster, location.collection(), shards, replicas, 120);
            return new Created(location, shards, replicas, false);
        }
    }

    /** Deletes the collection (its configset stays in ZooKeeper). */
    public static void delete(StoreLocation location) {
        try (SolrCluster cluster = SolrCluster.connect(location)) {
            if (cluster.hasCollection(location.collection())) {
                CollectionAdminRequest.Delete delete = CollectionAdminRequest.deleteCollection(location.collection());
                cluster.call("deleting collection " + location.collection(), () -> delete.process(cluster.client()));
            }
        }
    }

    /** Writes the configset's files into {@code dir}, for an upload with Solr's own tools. */
    public static void writeConfigset(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String f : FILES) {
                try (InputStream in = SolrAdmin.class.getResourceAsStream(RESOURCES + f)) {
                    if (in == null) {
                        throw new IllegalStateException("the configset file " + f + " is missing from the build");
                    }
                    Files.copy(in, dir.resolve(f), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configset to " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void upload(SolrCluster cluster) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("standpoint-configset");
            writeConfigset(dir);
            Path conf = dir;
            cluster.call("uploading the configset", () -> {
                cluster.zk().upConfig(conf, CONFIGSET);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the configset: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** Waits until the collection has {@code shards} shards with {@code replicas} active replicas each. */
    static void waitForActive(SolrCluster cluster, String collection, int shards, int replicas, int seconds) {
        try {
            cluster.zkStateReader().waitForState(collection, seconds, TimeUnit.SECONDS,
                    (live, c) -> active(c, live, shards, replicas));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for collection " + collection, e);
        } catch (TimeoutException e) {
            throw new StoreException("collection " + collection + " did not become active within " + seconds + " s", e);
        }
    }

    static boolean active(DocCollection c, java.util.Set<String> live, int shards, int replicas) {
        if (c == null || c.getActiveSlices().size() != shards) {
            return false;
        }
        for (Slice s : c.getActiveSlices()) {
            long up = s.getReplicas().stream().filter(r -> r.getState() == Replica.State.ACTIVE
                    && live.contains(r.getNodeName())).count();
            if (up < replicas) {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
