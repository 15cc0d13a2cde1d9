/**
 * The knowledge base of states, organisations, people, places and groups, and the linker that finds them and the dyads between them in text.
 */
package dev.standpoint.core.kb;
