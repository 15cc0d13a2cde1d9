/**
 * Standpoint's core, which knows nothing of search engines, HTTP or command lines: {@link dev.standpoint.core.DocumentParser} (file → {@link dev.standpoint.core.model.Document}) and {@link dev.standpoint.core.Analyser} (Document → {@link dev.standpoint.core.model.AnalysedDocument}).
 */
package dev.standpoint.core;
