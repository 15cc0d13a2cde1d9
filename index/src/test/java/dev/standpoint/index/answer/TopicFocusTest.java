package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.TestDocuments;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topical focus on a fictional press conference written for this test: every answer sentence names Russia, and only
 * a few speak of investment; those, and the sentence right after one of them, are what the question is about.
 */
class TopicFocusTest {

    private static final String TEXT = """
            Press Conference on the Spring Talks

            By Halvard Okonkwo-Lind

            What did you tell Russia about trade and investment?

            Russia's history is long and proud, and I respect it. \
            Russia has made serious mistakes in its dealings with its neighbours. \
            Russia's leaders were frank with me, and I was frank with Russia's leaders. \
            I think Russia's diplomats worked hard on the communiqué, and that was welcome. \
            The prospects for foreign investment in Russia are bleak while Russia jails foreign managers. \
            Frankly, those companies are not ready to go back.
            """;

    @TempDir
    Path tmp;

    private List<SentenceHit> hits() {
        return claims("talks.txt", TEXT);
    }

    private static QuestionAnalysis question(String q) {
        return new QuestionAnalyser(new EntityLinker(KnowledgeBaseLoader.shipped())).analyse(q);
    }

    @Test
    void theSentencesOnTheQuestionsSubject_andTheirNeighbour_leadTheOnesThatOnlyShareItsNames() {
        List<SentenceHit> hits = hits();
        double[] topic = TopicFocus.scores(question("What did he say about foreign investment in Russia?"), hits);
        int investment = index(hits, "foreign investment in Russia");
        int next = index(hits, "not ready to go back");
        int history = index(hits, "history is long and proud");
        assertThat(topic[investment]).isEqualTo(1.0);
        assertThat(topic[next]).as("the next sentence of the same answer shares its subject")
                .isGreaterThan(topic[history]).isLessThan(1.0);
        assertThat(topic[history]).as("a sentence that only names Russia, as every sentence here does").isLessThan(0.2);
    }

    @Test
    void whenNoWordOfTheQuestionSetsClaimsApart_everyClaimScoresAlike() {
        List<SentenceHit> hits = hits();
        double[] topic = TopicFocus.scores(question("How does he see the salmon quota?"), hits);
        assertThat(topic).containsOnly(1.0);
    }

    @Test
    void aSentenceOnTheSubjectThatIsNoClaim_liftsTheClaimAfterIt() {
        AnalysedDocument d = TestDocuments.analyse(TestDocuments.write(tmp.resolve("fund.txt"), """
                The Reef Fund Three Years On

                By Halvard Okonkwo-Lind

                Most of the money announced for the reef fund came from existing programmes. That is a serious \
                weakness. The port authority, by contrast, has done excellent work on dredging. Its new pier is \
                a welcome addition to the harbour. The harbour master deserves real credit for that.
                """));
        DocumentSummary summary = DocumentSummary.of(d);
        List<SentenceHit> claims = d.sentences().stream().filter(s -> s.isAssessment())
                .map(s -> new SentenceHit(summary, s, null, 1f)).toList();
        List<SentenceHit> everything = d.sentences().stream().filter(s -> s.assessment() != null)
                .map(s -> new SentenceHit(summary, s, null, 1f)).toList();
        QuestionAnalysis qa = question("How does he assess the money for the reef fund?");
        int weakness = index(claims, "serious weakness");
        int pier = index(claims, "welcome addition");
        assertThat(TopicFocus.scores(qa, claims)).as("no claim names the fund").containsOnly(1.0);
        double[] withContext = TopicFocus.scores(qa, claims, everything);
        assertThat(withContext[weakness]).isEqualTo(1.0);
        assertThat(withContext[pier]).as("three sentences away").isZero();
    }

    @Test
    void aDerivedWordMatchesTheQuestionsStem() {
        List<SentenceHit> claims = claims("derived.txt", """
                Notes From the Trade Fair

                By Halvard Okonkwo-Lind

                The visiting businessmen were deeply disappointed by the new customs rules. The fair opened on a \
                Monday. It closed on a Friday. Most stands were in the north hall. The catering, sadly, was terrible.
                """);
        double[] topic = TopicFocus.scores(question("How do they assess business with the region?"), claims);
        assertThat(topic[index(claims, "businessmen")]).as("'businessmen' begins with the stem of 'business'")
                .isEqualTo(1.0);
        assertThat(topic[index(claims, "catering")]).isZero();
    }

    @Test
    void aWordThatNamesTheSameThing_matchesTheQuestionsWord() {
        List<SentenceHit> claims = claims("harbour-talks.txt", """
                Call on the Harbour Meeting

                By Halvard Okonkwo-Lind

                The conversations with the port authority were candid and constructive. The new ferry timetable \
                is popular. The fish market is excellent. The weather in the capital was dreadful. Prior \
                governments neglected the harbour badly.
                """);
        double[] talks = TopicFocus.scores(question("How did he characterize the tone of those talks?"), claims);
        assertThat(talks[index(claims, "conversations")]).isEqualTo(1.0);
        assertThat(talks[index(claims, "weather")]).isZero();
        double[] earlier = TopicFocus.scores(question("How did he judge earlier governments?"), claims);
        assertThat(earlier[index(claims, "Prior governments")]).isEqualTo(1.0);
    }

    @Test
    void aSentenceThatRefersBackToTheSubjectByItsHead_matchesAsItsAntecedentDoes() {
        List<SentenceHit> claims = claims("compact.txt", """
                Statement on the Reef Compact

                By Halvard Okonkwo-Lind

                We welcome the contribution that the Lagoon Reef Compact has made to the fisheries. The harbour \
                was dredged last spring, which we welcome too. Our ports are busy and prosperous. The new fish \
                market is excellent. Sadly, the compact has not been honoured by every signatory.
                """);
        double[] topic = TopicFocus.scores(question("How did he assess the Lagoon Reef Compact?"), claims);
        assertThat(topic[index(claims, "has not been honoured")]).as("four sentences on, 'the compact' is the same")
                .isEqualTo(1.0);
        assertThat(topic[index(claims, "ports are busy")]).as("between them, about something else")
                .isLessThan(0.5);
    }

    @Test
    void aReferenceBackTakesTheNearestThingOfThatName_notTheBestMatch() {
        List<SentenceHit> claims = claims("compacts.txt", """
                Statement on Two Compacts

                By Halvard Okonkwo-Lind

                We welcome the contribution that the Lagoon Reef Compact has made to the fisheries. We also signed \
                a grain compact with our neighbours last spring, which we welcome too. Sadly, the compact has not \
                been honoured by every signatory.
                """);
        double[] topic = TopicFocus.scores(question("How did he assess the Lagoon Reef Compact?"), claims);
        assertThat(topic[index(claims, "has not been honoured")]).as("'the compact' is the grain compact")
                .isLessThan(1.0);
    }

    /** The assessments of a document written for the test, each found with score 1. */
    private List<SentenceHit> claims(String file, String text) {
        AnalysedDocument d = TestDocuments.analyse(TestDocuments.write(tmp.resolve(file), text));
        DocumentSummary summary = DocumentSummary.of(d);
        return d.sentences().stream().filter(s -> s.isAssessment())
                .map(s -> new SentenceHit(summary, s, null, 1f)).toList();
    }

    private static int index(List<SentenceHit> hits, String text) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).sentence().text().contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no assessment contains: " + text + " in " + hits.stream().map(h -> h.sentence().text()).toList());
    }
}
