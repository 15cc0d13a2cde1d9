package dev.standpoint.index.answer;

import java.util.List;

/**
 * How groups of holders, authors, countries, years or sources divide on a question, side by side.
 *
 * @param question  the question as asked
 * @param analysis  what it was read as
 * @param by        how the views were grouped
 * @param overall   the verdict over all groups
 * @param groups    the groups, most assessments first
 * @param citations the cited sentences, numbered from 1
 */
public record Comparison(String question, QuestionAnalysis analysis, GroupBy by, Verdict overall, List<Group> groups,
                         List<Citation> citations) {

    public Comparison {
        groups = List.copyOf(groups);
        citations = List.copyOf(citations);
    }

    /**
     * One group.
     *
     * @param key       the group's value ("Biden", "2021", "RUS")
     * @param label     how to show it ("Russia" for RUS)
     * @param verdict   how its assessments divide
     * @param citations its assessments' citation numbers, heaviest first
     */
    public record Group(String key, String label, Verdict verdict, List<Integer> citations) {
        public Group {
            citations = List.copyOf(citations);
        }
    }
}
