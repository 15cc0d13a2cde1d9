/**
 * The forecast ledger: every forecast in the index with a stable id, the analyst's resolutions in an append-only log
 * beside the index (so they survive a rebuild), Brier scores and calibration, and a check of the scoring against
 * ForecastBench's resolved market questions.
 */
package dev.standpoint.index.forecast;
