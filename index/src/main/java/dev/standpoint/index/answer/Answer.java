package dev.standpoint.index.answer;

import java.util.List;

/**
 * The answer to a question: every claim in it is a quotation of a cited sentence; the rest are counts and labels.
 *
 * @param question   the question as asked
 * @param analysis   what the question was read as
 * @param verdict    how the relevant assessments divide
 * @param keyPoints  groups of similar assessments, largest first
 * @param conditions the conditions the assessments depend on
 * @param forecasts  the forecasts among the relevant sentences
 * @param citations  the cited sentences, numbered from 1
 */
public record Answer(String question, QuestionAnalysis analysis, Verdict verdict, List<KeyPoint> keyPoints,
                     List<ConditionItem> conditions, List<ForecastItem> forecasts, List<Citation> citations) {

    public Answer {
        keyPoints = List.copyOf(keyPoints);
        conditions = List.copyOf(conditions);
        forecasts = List.copyOf(forecasts);
        citations = List.copyOf(citations);
    }

    public Citation citation(int number) {
        return citations.get(number - 1);
    }
}
