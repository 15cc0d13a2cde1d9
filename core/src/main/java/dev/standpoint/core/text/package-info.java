/**
 * Sentences (OpenNLP's English model with corrections for this genre) and the tokens the analysis matches on.
 */
package dev.standpoint.core.text;
