package dev.standpoint.index.answer;

import java.util.List;
import java.util.Set;

/**
 * What a question asks about.
 *
 * @param question     the question as asked
 * @param searchText   the words about the subject: the question without its framing ("how do … assess"), without
 *                     whose views it asks for, without dates and without the kind of document it names
 * @param documentText the words that name a document or an event ("background press call", "joint statement",
 *                     "UN General Assembly address"), matched against titles
 * @param entities     entity ids of what the question is about
 * @param dyads        dyad keys of the relationships it names
 * @param holderTerms  names of whose views it asks for ("U.S. experts", "Psaki")
 * @param holderIds    entity ids of those holders and their states ({@code USA} for "U.S. experts" or "Biden")
 * @param dates        ISO dates it names ({@code 2021-03-23})
 * @param months       months it names ({@code 2022-06})
 * @param years        years it names ({@code 2019})
 * @param topicText    the search words of what is asked about, without a fronted phrase that sets the scene ("At
 *                     his June 16 press conference in Geneva after meeting Putin, …"): they pick sentences within
 *                     the documents found
 * @param topicEntities entity ids named outside that phrase
 * @param statementOf  states whose statement, speech or address the question names ("Iran's 2018 UN General Debate
 *                     statement" → {@code IRN}, "how did India judge … at the 1956 UN General Assembly" →
 *                     {@code IND}): the documents of those states answer it
 * @param topicHeads   the head nouns of what is asked to be judged
 * @param documentYear the year of the document or event the question names ("At the 2015 UN General Debate, how did
 *                     South Africa rate the progress since the 2005 World Summit?" → {@code 2015}), or empty
 */
public record QuestionAnalysis(String question, String searchText, String documentText, Set<String> entities,
                               Set<String> dyads, List<String> holderTerms, Set<String> holderIds, Set<String> dates,
                               Set<String> months, Set<String> years, String topicText, Set<String> topicEntities,
                               Set<String> statementOf, List<String> topicHeads, String documentYear) {

    public QuestionAnalysis {
        entities = Set.copyOf(entities);
        dyads = Set.copyOf(dyads);
        holderTerms = List.copyOf(holderTerms);
        holderIds = Set.copyOf(holderIds);
        dates = Set.copyOf(dates);
        months = Set.copyOf(months);
        years = Set.copyOf(years);
        topicEntities = Set.copyOf(topicEntities);
        statementOf = Set.copyOf(statementOf);
        topicHeads = List.copyOf(topicHeads);
        documentYear = documentYear == null ? "" : documentYear;
    }
}
