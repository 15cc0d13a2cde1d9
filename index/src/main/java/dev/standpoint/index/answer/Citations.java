package dev.standpoint.index.answer;

import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.index.SentenceHit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Numbers cited sentences in order of first use, each with its relevance and its weight in the verdict. */
final class Citations {

    private final Map<String, Citation> byId = new LinkedHashMap<>();
    private final ToDoubleFunction<SentenceHit> relevance;
    private final ToDoubleFunction<SentenceHit> weight;

    Citations(ToDoubleFunction<SentenceHit> relevance, ToDoubleFunction<SentenceHit> weight) {
        this.relevance = relevance;
        this.weight = weight;
    }

    int cite(SentenceHit h) {
        Citation c = byId.get(h.id());
        if (c == null) {
            AnalysedSentence s = h.sentence();
            c = new Citation(byId.size() + 1, h.document().id(), h.document().title(), h.document().byline(),
                    Weighing.holderName(h), h.document().published(), s.sentence().index(), s.sentence().span().start(),
                    s.sentence().span().end(), s.displayText(), h.context(), relevance.applyAsDouble(h),
                    weight.applyAsDouble(h), s.isAssessment() ? s.assessment().polarity() : null,
                    s.assessment() != null && s.assessment().forecast());
            byId.put(h.id(), c);
        }
        return c.number();
    }

    List<Citation> list() {
        return new ArrayList<>(byId.values());
    }
}
