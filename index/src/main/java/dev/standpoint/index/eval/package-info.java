/**
 * Evaluation against gold data in the format of ANNOTATION.md: assessment scores and question sets for ask.
 */
package dev.standpoint.index.eval;
