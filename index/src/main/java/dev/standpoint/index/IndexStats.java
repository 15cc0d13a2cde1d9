package dev.standpoint.index;

import java.util.Map;

/**
 * What the index holds.
 *
 * @param documents   stored documents
 * @param sentences   stored sentences
 * @param assessments sentences that are assessments
 * @param forecasts   sentences that are forecasts
 * @param facets      counts per facet dimension ({@code polarity}, {@code year}, {@code holder}, ...) and value
 * @param manifest    the manifest of the last commit
 */
public record IndexStats(long documents, long sentences, long assessments, long forecasts,
                         Map<String, Map<String, Long>> facets, Manifest manifest) {
}
