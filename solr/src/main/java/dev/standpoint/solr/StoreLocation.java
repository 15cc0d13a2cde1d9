package dev.standpoint.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a SolrCloud store is: the ZooKeeper ensemble that coordinates the cluster, an optional ZooKeeper chroot, and
 * the collection. Written {@code solr://ZK_HOST[:PORT][,ZK_HOST[:PORT]…][/CHROOT…]/COLLECTION}; the last path segment
 * is the collection, anything before it the chroot ({@code solr://zk1:2181,zk2:2181/solr/standpoint}).
 *
 * @param zkHosts    {@code host:port} of each ZooKeeper server (port 2181 when not given)
 * @param chroot     the ZooKeeper chroot ({@code /solr}), or empty
 * @param collection the Solr collection
 */
public record StoreLocation(List<String> zkHosts, Optional<String> chroot, String collection) {

    public static final String SCHEME = "solr://";
    public static final String FORM = "solr://ZK_HOST[:PORT][,ZK_HOST[:PORT]…][/CHROOT]/COLLECTION";

    private static final Pattern HOST = Pattern.compile("(\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9._-]+)(:\\d{1,5})?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    public StoreLocation {
        zkHosts = List.copyOf(zkHosts);
        if (zkHosts.isEmpty()) {
            throw new IllegalArgumentException("a SolrCloud store needs at least one ZooKeeper host");
        }
        if (collection == null || !NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("'" + collection + "' is not a Solr collection name (letters, digits, "
                    + ". _ -, not starting with a punctuation mark)");
        }
    }

    /** Whether {@code text} names a SolrCloud store rather than a directory. */
    public static boolean isSolr(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /** Parses {@code solr://…}; the message of a bad location says what was expected and what was given. */
    public static StoreLocation parse(String text) {
        if (!isSolr(text)) {
            throw bad(text, "it does not start with " + SCHEME);
        }
        String rest = text.strip().substring(SCHEME.length());
        int slash = rest.indexOf('/');
        if (slash < 0) {
            throw bad(text, "the collection is missing");
        }
        String hosts = rest.substring(0, slash);
        String path = rest.substring(slash + 1);
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.isEmpty()) {
            throw bad(text, "the collection is missing");
        }
        List<String> zk = new ArrayList<>();
        for (String h : hosts.split(",", -1)) {
            String host = h.strip();
            if (!HOST.matcher(host).matches()) {
                throw bad(text, host.isEmpty() ? "a ZooKeeper host is empty" : "'" + host + "' is not HOST or HOST:PORT");
            }
            int port = host.lastIndexOf(':') > host.lastIndexOf(']') ? Integer.parseInt(host.substring(host.lastIndexOf(':') + 1)) : -1;
            if (port == 0 || port > 65535) {
                throw bad(text, "port " + port + " of '" + host + "' is out of range");
            }
            zk.add(port < 0 ? host + ":2181" : host);
        }
        int last = path.lastIndexOf('/');
        String collection = path.substring(last + 1);
        Optional<String> chroot = last < 0 ? Optional.empty() : Optional.of("/" + path.substring(0, last));
        try {
            return new StoreLocation(zk, chroot, collection);
        } catch (IllegalArgumentException e) {
            throw bad(text, e.getMessage());
        }
    }

    private static IllegalArgumentException bad(String text, String why) {
        return new IllegalArgumentException("the store must be " + FORM + "; '" + text + "' is not: " + why);
    }

    /** The ZooKeeper connection string, chroot included: {@code zk1:2181,zk2:2181/solr}. */
    public String zkAddress() {
        return String.join(",", zkHosts) + chroot.orElse("");
    }

    @Override
    public String toString() {
        return SCHEME + zkAddress() + "/" + collection;
    }
}
