package dev.standpoint.solr;

import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;

/**
 * An in-process SolrCloud (Solr 9's test framework: an embedded ZooKeeper and Jetty 10 nodes) for tests and the
 * benchmark, with Standpoint collections created by {@link SolrAdmin}, the way a user creates them.
 */
final class MiniCluster implements AutoCloseable {

    private final MiniSolrCloudCluster cluster;

    private MiniCluster(MiniSolrCloudCluster cluster) {
        this.cluster = cluster;
    }

    static MiniCluster start(int nodes, Path dir) throws Exception {
        System.setProperty("solr.log.dir", dir.resolve("logs").toString());
        System.setProperty("solr.autoCommit.maxTime", "60000");
        return new MiniCluster(new MiniSolrCloudCluster.Builder(nodes, dir).withTraceIdGenerationDisabled().build());
    }

    /** Creates a collection and returns its location ({@code solr://127.0.0.1:PORT/solr/NAME}). */
    StoreLocation create(String collection, int shards, int replicas) {
        StoreLocation location = location(collection);
        SolrAdmin.create(location, shards, replicas);
        return location;
    }

    StoreLocation location(String collection) {
        return StoreLocation.parse(StoreLocation.SCHEME + cluster.getZkServer().getZkAddress() + "/" + collection);
    }

    MiniSolrCloudCluster solr() {
        return cluster;
    }

    JettySolrRunner node(int i) {
        return cluster.getJettySolrRunner(i);
    }

    /** Stops node {@code i} (its Jetty and cores; the others and ZooKeeper keep running) and waits until it is down. */
    JettySolrRunner stop(int i) throws Exception {
        JettySolrRunner node = cluster.stopJettySolrRunner(i);
        cluster.waitForJettyToStop(node);
        return node;
    }

    /** Starts a stopped node again on its old port and waits until it is live. */
    void restart(JettySolrRunner node) throws Exception {
        cluster.startJettySolrRunner(node);
        cluster.waitForNode(node, 60);
    }

    @Override
    public void close() throws Exception {
        cluster.shutdown();
    }
}
