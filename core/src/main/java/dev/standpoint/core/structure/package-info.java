/**
 * Structure detection: title, byline, date, question/answer pairs, transcript speaker turns and boilerplate, from the blocks a reader extracted.
 */
package dev.standpoint.core.structure;
