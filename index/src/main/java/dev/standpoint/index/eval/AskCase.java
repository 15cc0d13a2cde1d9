package dev.standpoint.index.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.answer.Answer;
import dev.standpoint.index.answer.Citation;
import java.util.List;
import java.util.Locale;

/**
 * One question of a question set, in the format of {@code ANNOTATION.md}: an answer passes when its verdict equals
 * {@code verdict} (where given) and one of its citations contains one of the {@code must_cite_any} substrings.
 */
public record AskCase(String question, String verdict, @JsonProperty("must_cite_any") List<String> mustCiteAny) {

    public AskCase {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("a question-set line needs a question");
        }
        mustCiteAny = mustCiteAny == null ? List.of() : List.copyOf(mustCiteAny);
    }

    public boolean verdictMatches(Answer a) {
        return verdict == null || verdict.isBlank() || a.verdict().label().label().equals(verdict.toLowerCase(Locale.ROOT));
    }

    public boolean citesRequired(Answer a) {
        if (mustCiteAny.isEmpty()) {
            return true;
        }
        for (Citation c : a.citations()) {
            String text = TextNormaliser.forMatching(c.text());
            for (String needle : mustCiteAny) {
                if (text.contains(TextNormaliser.forMatching(needle))) {
                    return true;
                }
            }
        }
        return false;
    }

    public boolean passes(Answer a) {
        return verdictMatches(a) && citesRequired(a);
    }
}
