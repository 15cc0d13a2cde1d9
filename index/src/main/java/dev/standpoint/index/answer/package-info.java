/**
 * Answers: what a question asks about, the relevant claims, and the verdict, key points, conditions, forecasts and citations built from them.
 */
package dev.standpoint.index.answer;
