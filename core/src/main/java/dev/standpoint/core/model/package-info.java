/**
 * The records that flow between Standpoint's stages: {@link dev.standpoint.core.model.Document} (structure),
 * {@link dev.standpoint.core.model.AnalysedDocument} (sentences, mentions, dyads, assessments) and the values they are
 * made of. All are immutable and validate their arguments; every derived thing points back into the source text
 * with a {@link dev.standpoint.core.model.Span}.
 */
package dev.standpoint.core.model;
