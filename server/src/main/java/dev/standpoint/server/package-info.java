/**
 * The REST/JSON API and the web UI in one process: {@link dev.standpoint.server.StandpointServer} serves
 * {@code /api/*}, {@code /openapi.json} and the static UI over a {@link dev.standpoint.server.Backend} (the store open
 * for writing, the answer and comparison builders, the forecast ledger and the ingestor). Every error leaves as an
 * {@link dev.standpoint.server.ApiError}; {@code Guard} checks hosts, origins and the write token and sets the
 * security headers. {@link dev.standpoint.server.LoadTest} measures {@code /api/ask} on this machine only.
 */
package dev.standpoint.server;
