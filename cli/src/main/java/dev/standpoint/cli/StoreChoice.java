package dev.standpoint.cli;

import dev.standpoint.solr.StoreLocation;
import java.util.Optional;

/**
 * Which store a command uses: the embedded index in the data directory, or a SolrCloud collection named by
 * {@code --store} or {@code $STANDPOINT_STORE}. Nothing above the store changes with the choice.
 *
 * @param solr the collection, or empty for the embedded index
 */
record StoreChoice(Optional<StoreLocation> solr) {

    static final String ENV = "STANDPOINT_STORE";
    static final StoreChoice EMBEDDED = new StoreChoice(Optional.empty());

    /** {@code option}, else {@code $STANDPOINT_STORE}, else the embedded index. */
    static StoreChoice of(String option) {
        String text = option != null ? option : System.getenv(ENV);
        if (text == null || text.isBlank()) {
            return EMBEDDED;
        }
        if (!StoreLocation.isSolr(text)) {
            throw new IllegalArgumentException((option != null ? "--store" : ENV) + " must be " + StoreLocation.FORM
                    + " (leave it out for the index in the data directory); got '" + text + "'");
        }
        return new StoreChoice(Optional.of(StoreLocation.parse(text)));
    }

    boolean isSolr() {
        return solr.isPresent();
    }
}
