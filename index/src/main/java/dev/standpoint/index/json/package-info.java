/**
 * The one JSON mapping of Standpoint's records.
 */
package dev.standpoint.index.json;
