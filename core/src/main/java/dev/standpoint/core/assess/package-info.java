/**
 * Assessment extraction: lexicons and cue lists, conditions, holders, and the rule-based extractor behind {@link dev.standpoint.core.assess.AssessmentExtractor}.
 */
package dev.standpoint.core.assess;
