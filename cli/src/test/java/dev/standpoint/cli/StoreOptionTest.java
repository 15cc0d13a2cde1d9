package dev.standpoint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --store}: a SolrCloud location that cannot be reached or is not one gives one line naming what is wrong
 * (the ZooKeeper address, the expected form), with exit 1 for an unreachable store and 2 for a malformed one.
 */
class StoreOptionTest {

    @TempDir
    java.nio.file.Path home;

    @BeforeEach
    void shortTimeout() {
        System.setProperty("standpoint.solr.zkConnectTimeoutMs", "1500");
    }

    @AfterEach
    void restore() {
        System.clearProperty("standpoint.solr.zkConnectTimeoutMs");
    }

    @Test
    void anUnreachableClusterIsOneLineNamingTheZooKeeperAddress() {
        for (String[] args : new String[][] {
                {"ask", "--home", home.toString(), "--store", "solr://127.0.0.1:9/standpoint", "Is Japan a reliable partner?"},
                {"ingest", "--home", home.toString(), "--store", "solr://127.0.0.1:9,127.0.0.1:10/solr/standpoint",
                        "--no-embeddings", home.toString()}}) {
            Console.Result r = Console.run(args);
            assertThat(r.exit()).as(r.toString()).isEqualTo(1);
            assertThat(r.err().strip().lines().count()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).as(r.toString()).contains("cannot reach SolrCloud").contains("127.0.0.1:9")
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void aMalformedLocationIsAUsageError() {
        Console.Result r = Console.run("stats", "--home", home.toString(), "--store", "http://127.0.0.1:8983/solr");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("solr://ZK_HOST").contains("http://127.0.0.1:8983/solr");
        r = Console.run("stats", "--home", home.toString(), "--store", "solr://zk1:2181");
        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).contains("the collection is missing");
    }
}
