package dev.standpoint.solr;

import dev.standpoint.index.StoreException;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.SolrZkClient;
import org.apache.solr.common.params.SolrParams;

/**
 * A connection to one SolrCloud cluster through its ZooKeeper ensemble, and the one place that retries: a request
 * that fails for a reason that passes (a node restarting, a shard electing a new leader, a connection refused) is
 * sent again with growing pauses for up to {@link #RETRY_FOR_MILLIS}; other failures, and the last one, become a
 * {@link StoreException} that names the cluster and says what failed.
 *
 * <p>The client is SolrJ 9's {@link CloudLegacySolrClient} over Apache HttpClient: it reads the cluster's layout from
 * ZooKeeper and sends each update to its shard's leader, and it brings no Jetty (SolrJ 9's other cloud client is
 * built on Jetty 10's HTTP client, which cannot share a class path with the server's Jetty 12).
 */
final class SolrCluster implements AutoCloseable {

    /** How long to wait for ZooKeeper when connecting (milliseconds): {@code standpoint.solr.zkConnectTimeoutMs}, else 10 s. */
    static int zkConnectTimeoutMillis() {
        return Integer.getInteger("standpoint.solr.zkConnectTimeoutMs", 10_000);
    }

    /** How long a request is retried before it fails; {@code standpoint.solr.retryForMs}. */
    static final long RETRY_FOR_MILLIS = Long.getLong("standpoint.solr.retryForMs", 90_000);

    private final StoreLocation location;
    private final CloudSolrClient client;

    private SolrCluster(StoreLocation location, CloudSolrClient client) {
        this.location = location;
        this.client = client;
    }

    /** Connects to the cluster's ZooKeeper; a cluster that cannot be reached is one clear {@link StoreException}. */
    static SolrCluster connect(StoreLocation location) {
        int timeout = zkConnectTimeoutMillis();
        CloudSolrClient client = new CloudLegacySolrClient.Builder(location.zkHosts(), location.chroot())
                .withZkConnectTimeout(timeout, TimeUnit.MILLISECONDS)
                .withZkClientTimeout(Math.max(timeout, 15_000), TimeUnit.MILLISECONDS)
                .withParallelUpdates(true)
                .build();
        try {
            client.connect();
            return new SolrCluster(location, client);
        } catch (RuntimeException e) {
            close(client);
            throw new StoreException("cannot reach SolrCloud: no ZooKeeper answered at " + location.zkAddress()
                    + " within " + timeout / 1000.0 + " s (is the address right and ZooKeeper up?)", e);
        }
    }

    StoreLocation location() {
        return location;
    }

    CloudSolrClient client() {
        return client;
    }

    String collection() {
        return location.collection();
    }

    boolean hasCollection(String name) {
        return client.getClusterState().hasCollection(name);
    }

    SolrZkClient zk() {
        return zkStateReader().getZkClient();
    }

    org.apache.solr.common.cloud.ZkStateReader zkStateReader() {
        return ZkClientClusterStateProvider.from(client).getZkStateReader();
    }

    /** A query against the collection, sent by POST (a vector does not fit in a URL), retried. */
    QueryResponse query(String what, SolrParams params) {
        QueryRequest request = new QueryRequest(params, SolrRequest.METHOD.POST);
        return call(what, () -> request.process(client, location.collection()));
    }

    /** A call that may be retried. */
    interface Call<T> {
        T run() throws SolrServerException, IOException;
    }

    /** Runs {@code call}, retrying failures that pass; {@code what} says what failed in the message. */
    <T> T call(String what, Call<T> call) {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(RETRY_FOR_MILLIS);
        long pause = 200;
        while (true) {
            try {
                return call.run();
            } catch (SolrServerException | IOException | SolrException e) {
                if (!transient_(e) || System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(pause) > deadline) {
                    throw new StoreException("SolrCloud " + location + ": " + what + " failed: " + reason(e), e);
                }
                sleep(pause);
                pause = Math.min(pause * 2, 5_000);
            }
        }
    }

    /** Failures that a retry can outlive: I/O, no live replica or leader for a while, a server error. */
    private static boolean transient_(Exception e) {
        if (e instanceof SolrException se) {
            int code = se.code();
            return code >= 500 || code == 409 || code == 0 || code == -1 || se.getCause() instanceof IOException;
        }
        return true;
    }

    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !m.contains(root.getMessage())) {
            m += " (" + root.getMessage() + ")";
        }
        return m.lines().findFirst().orElse(m);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry a SolrCloud request", e);
        }
    }

    private static void close(CloudSolrClient c) {
        try {
            c.close();
        } catch (IOException | RuntimeException ignored) {
            // closing after a failure: the failure is what the caller hears about
        }
    }

    @Override
    public void close() {
        close(client);
    }
}
