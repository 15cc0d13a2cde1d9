package dev.standpoint.index.answer;

import java.util.List;
import java.util.Set;

/**
 * What a question asks about.
 *
 * @param question    the question as asked
 * @param searchText  the question without its framing words ("how do … assess"), for BM25
 * @param entities    entity ids of what the question is about
 * @param dyads       dyad keys of the relationships it names
 * @param holderTerms names of whose views it asks for ("U.S. experts", "Psaki")
 * @param holderIds   entity ids named in those holder phrases ({@code USA} for "U.S. experts")
 * @param dates       ISO dates it names ({@code 2021-03-23})
 * @param months      months it names ({@code 2022-06})
 */
public record QuestionAnalysis(String question, String searchText, Set<String> entities, Set<String> dyads,
                               List<String> holderTerms, Set<String> holderIds, Set<String> dates,
                               Set<String> months) {

    public QuestionAnalysis {
        entities = Set.copyOf(entities);
        dyads = Set.copyOf(dyads);
        holderTerms = List.copyOf(holderTerms);
        holderIds = Set.copyOf(holderIds);
        dates = Set.copyOf(dates);
        months = Set.copyOf(months);
    }
}
