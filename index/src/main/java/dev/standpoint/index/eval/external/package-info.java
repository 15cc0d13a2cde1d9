/**
 * External benchmarks: readers for public evaluation data sets (WikiWeasel, BioScope, IBM claim stance, MPQA 3.0,
 * CoNLL-2003) and the scoring that maps Standpoint's analysis onto each data set's task. The data is read at run
 * time from where the user keeps it ({@code ../shared/datasets}); none of it is part of the project.
 *
 * <p>{@link dev.standpoint.index.eval.external.SegmentedAnalysis} runs the analyser on text whose sentence
 * boundaries the gold data gives; {@link dev.standpoint.index.eval.external.Scores} holds the scores every benchmark
 * shares; one class per data set reads it and scores it.
 */
package dev.standpoint.index.eval.external;
