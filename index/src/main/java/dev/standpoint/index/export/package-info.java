/**
 * Exports for qualitative-analysis software in the REFI-QDA exchange standard (1.5): a codebook ({@code .qdc}) of
 * Standpoint's labels — polarity, intensity, certainty, forecast with its likelihood band, condition, and one code per
 * holder — and a project ({@code .qdpx}: a zip of {@code project.qde} and the documents as plain-text sources) in which
 * every assessment and forecast sentence is a selection coded with its labels — the exchange formats NVivo, ATLAS.ti
 * and MAXQDA import.
 *
 * <p>Every GUID is a name-based UUID of what it identifies (a code's path, a document's id, a sentence's span), so
 * two exports of the same index agree and can be merged. Selection positions count Unicode code points, as the
 * standard requires, not Java {@code char}s.
 */
package dev.standpoint.index.export;
