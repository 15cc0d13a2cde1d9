package dev.standpoint.solr.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.standpoint.solr.SolrAdmin;
import dev.standpoint.solr.SolrStore;
import dev.standpoint.solr.StoreLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The local cluster starts, takes a Standpoint collection the way a real one does, and refuses bad arguments. */
class LocalSolrCloudTest {

    @Test
    void aOneNodeClusterTakesAStandpointCollection() throws Exception {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))), "local");
        Path data = dir.resolve("data");
        try (LocalSolrCloud local = LocalSolrCloud.start(1, 0, data)) {
            assertThat(local.zkAddress()).startsWith("127.0.0.1:").endsWith("/solr");
            assertThat(local.nodes()).hasSize(1);
            StoreLocation location = local.location("trial");
            assertThat(SolrAdmin.create(location, 1, 1).existed()).isFalse();
            try (SolrStore store = SolrStore.openReadOnly(location)) {
                assertThat(store.stats().documents()).isZero();
                assertThat(store.describe()).isEqualTo(location.toString());
            }
            assertThatThrownBy(() -> LocalSolrCloud.start(1, 0, data)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(data.toString()).hasMessageContaining("not empty");
        }
        assertThat(data).as("a folder the user gave is kept").isDirectory();
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> LocalSolrCloud.Options.parse(new String[] {"--nodes", "two"}))
                .hasMessage("--nodes takes a whole number; got 'two'");
        assertThatThrownBy(() -> LocalSolrCloud.Options.parse(new String[] {"--nodes", "1", "--replicas", "2"}))
                .hasMessageContaining("--replicas 2 needs at least as many --nodes");
        assertThatThrownBy(() -> LocalSolrCloud.Options.parse(new String[] {"--verbose"}))
                .hasMessage("option --verbose needs a value");
        assertThat(LocalSolrCloud.Options.parse(new String[0]))
                .isEqualTo(new LocalSolrCloud.Options(2, LocalSolrCloud.DEFAULT_ZK_PORT, null, null, 2, 2));
    }
}
