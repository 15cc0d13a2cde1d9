package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.Polarity;
import dev.standpoint.index.SearchFilter;
import dev.standpoint.index.SentenceHit;
import dev.standpoint.index.StandpointHome;
import dev.standpoint.index.TestDocuments;
import dev.standpoint.index.ingest.IngestListener;
import dev.standpoint.index.ingest.Ingestor;
import dev.standpoint.index.ingest.SourceArchive;
import dev.standpoint.index.lucene.LuceneStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which claims the retriever finds, on two short general-debate statements written for this test (files named as the
 * UN corpus names them, so that each document has its state): a question naming one state's statement keeps to that
 * state's documents, the sentences beside the best match, which go on about it without repeating its words,
 * are found with it, a judgement set against the one before it ("At the same time, …") counts as much as that
 * one, the two making a mixed verdict, a claim beside a sentence that reports the subject without judging it is found
 * with it, a sentence counts by the words it attaches to what is asked about, and a day and a kind of document
 * named together pick that day's document of that kind.
 */
class ClaimRetrieverTest {

    private static final String NORWAY = """
            Our schools need better funding, and we will provide it. Our hospitals are excellent, we think. \
            The fisheries accord signed in Bergen last spring is still essential to the coastal communities of the \
            north, and we believe catches will recover over time. That treaty, negotiated patiently with our \
            neighbours, is one of the finest achievements of recent years. It proved once again that patient talks \
            can yield results.
            """;
    private static final String SWEDEN = """
            The fisheries accord is a fisheries accord that we regret: the fisheries accord harms our fisheries and \
            the accord was badly negotiated. We think the fisheries accord must be revised.
            """;

    private static final String DENMARK = """
            The harbour agreement with our neighbours has caused real hardship for our coastal towns. At the same \
            time, we believe it has brought welcome stability to the fishing grounds. Our schools need better funding.
            """;
    /** The same two judgements, the second not set against the first. */
    private static final String FINLAND = """
            The harbour agreement with our neighbours has caused real hardship for our coastal towns. We believe it \
            has brought welcome stability to the fishing grounds. Our schools need better funding.
            """;

    /** Favourable as a sentence, unfavourable in the words it attaches to the ban. */
    private static final String ICELAND = """
            We are very pleased that our partners have stood firm against the unlawful whaling ban. Our schools need \
            better funding.
            """;

    /** A report of the subject that judges nothing, then a judgement of it that does not name it. */
    private static final String ESTONIA = """
            The ferry link to Helsinki carried over a million passengers last year. That is a remarkable achievement \
            for a small country. Our schools need better funding. Our roads are being repaired. Our forests cover \
            half of the land. We hope the ferry link to Helsinki will one day carry freight as well. The ferry link \
            to the islands is slow and outdated. The ferry link to Riga is far too expensive.
            """;

    /** Two documents of one day: the readout of a meeting and the press conference after it. */
    private static final String READOUT = """
            ---
            date: '2031-05-02'
            title: Readout of the Prime Minister's Meeting with the Fishing Federation
            ---
            The Prime Minister raised serious concerns about the new fuel duty. She said the fuel duty was unfair to \
            small crews and harmful to the northern ports.
            """;
    private static final String PRESS_CONFERENCE = """
            ---
            date: '2031-05-02'
            title: Remarks by the Prime Minister in a Press Conference
            ---
            The fuel duty is a welcome and fair measure. The fuel duty will fund excellent new piers for everyone.
            """;

    @TempDir
    static Path tmp;

    private static LuceneStore store;
    private static QuestionAnalyser questions;
    private static ClaimRetriever retriever;

    @BeforeAll
    static void buildIndex() {
        Path in = tmp.resolve("in");
        TestDocuments.write(in.resolve("NOR_75_2020.txt"), NORWAY);
        TestDocuments.write(in.resolve("SWE_75_2020.txt"), SWEDEN);
        TestDocuments.write(in.resolve("DNK_75_2020.txt"), DENMARK);
        TestDocuments.write(in.resolve("FIN_75_2020.txt"), FINLAND);
        TestDocuments.write(in.resolve("ISL_75_2020.txt"), ICELAND);
        TestDocuments.write(in.resolve("EST_75_2020.txt"), ESTONIA);
        TestDocuments.write(in.resolve("readout-fishing-federation.md"), READOUT);
        TestDocuments.write(in.resolve("press-conference-fuel-duty.md"), PRESS_CONFERENCE);
        StandpointHome home = new StandpointHome(tmp.resolve("home"));
        try (LuceneStore writer = LuceneStore.open(home, "test", "test")) {
            new Ingestor(TestDocuments.parser(), TestDocuments.analyser(), writer, new SourceArchive(home.sources()), 1)
                    .ingest(List.of(in), IngestListener.SILENT);
        }
        store = LuceneStore.openReadOnly(home);
        questions = new QuestionAnalyser(TestDocuments.analyser().linker());
        retriever = new ClaimRetriever(store, AnswerSettings.DEFAULT);
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static List<SentenceHit> claims(String question) {
        return retriever.find(questions.analyse(question), SearchFilter.NONE).hits();
    }

    @Test
    void aStatesStatementIsAnsweredFromThatStatesDocumentsOnly() {
        List<SentenceHit> norway = claims(
                "In Norway's 2020 UN General Debate statement, how did Norway assess the fisheries accord?");
        assertThat(norway).isNotEmpty().allMatch(h -> h.document().title().startsWith("NOR"));

        List<SentenceHit> anyone = claims("How do experts assess the fisheries accord?");
        assertThat(anyone).anyMatch(h -> h.document().title().startsWith("SWE"));
    }

    @Test
    void aDayAndAKindOfDocumentAreAnsweredFromThatDaysDocumentOfThatKind() {
        List<SentenceHit> readout = claims("According to the readout of the May 2, 2031 meeting with the fishing "
                + "federation, how did the Prime Minister view the fuel duty?");
        assertThat(readout).isNotEmpty().allMatch(h -> h.document().title().startsWith("Readout"));

        List<SentenceHit> thatDay = claims("On May 2, 2031, how did the Prime Minister view the fuel duty?");
        assertThat(thatDay).anyMatch(h -> h.document().title().startsWith("Remarks"));
    }

    @Test
    void theSentencesBesideTheBestMatchAreFoundWithIt_aboveThoseFurtherOff() {
        List<SentenceHit> found = claims(
                "In Norway's 2020 UN General Debate statement, how did Norway assess the fisheries accord signed in "
                        + "Bergen?");
        List<String> texts = found.stream().map(h -> h.sentence().text()).toList();
        assertThat(texts.get(0)).startsWith("The fisheries accord signed in Bergen");
        int treaty = indexOf(texts, "That treaty, negotiated patiently");
        assertThat(treaty).isPositive();
        int schools = indexOf(texts, "Our schools");
        assertThat(schools < 0 || treaty < schools).as("the neighbour of the best match ranks above a sentence "
                + "that only shares its document: %s", texts).isTrue();
    }

    @Test
    void aClaimBesideASentenceOnTheSubjectThatJudgesNothing_isFoundWithTheClaimsThatNameTheSubject() {
        List<String> texts = claims("How is the ferry link to Helsinki assessed?").stream()
                .map(h -> h.sentence().text()).toList();
        assertThat(texts).anyMatch(t -> t.startsWith("We hope the ferry link to Helsinki"))
                .anyMatch(t -> t.startsWith("That is a remarkable achievement"));
    }

    @Test
    void aJudgementSetAgainstTheOneBeforeItCountsAsMuch_andTheTwoMakeAMixedVerdict() {
        String question = "In %s's 2020 UN General Debate statement, how did %s assess the harbour agreement?";
        QuestionAnalysis denmark = questions.analyse(question.formatted("Denmark", "Denmark"));
        ClaimRetriever.Claims contrasted = retriever.find(denmark, SearchFilter.NONE);
        SentenceHit hardship = hit(contrasted, "The harbour agreement");
        SentenceHit stability = hit(contrasted, "At the same time");
        assertThat(contrasted.relevance(stability)).isEqualTo(contrasted.relevance(hardship));
        Weighing weighing = new Weighing(AnswerSettings.DEFAULT);
        Verdict mixed = weighing.verdict(contrasted.hits(), contrasted, denmark);
        assertThat(mixed.label()).isEqualTo(Polarity.MIXED);
        assertThat(mixed.paired()).isEqualTo(2);

        QuestionAnalysis finland = questions.analyse(question.formatted("Finland", "Finland"));
        ClaimRetriever.Claims plain = retriever.find(finland, SearchFilter.NONE);
        assertThat(plain.relevance(hit(plain, "We believe it"))).isLessThan(plain.relevance(hit(plain,
                "The harbour agreement")));
        Verdict negative = weighing.verdict(plain.hits(), plain, finland);
        assertThat(negative.label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(negative.paired()).isZero();
    }

    @Test
    void aSentenceCountsByTheWordsItAttachesToWhatIsAsked() {
        Weighing weighing = new Weighing(AnswerSettings.DEFAULT);
        QuestionAnalysis ban = questions.analyse(
                "In Iceland's 2020 UN General Debate statement, how did Iceland characterize the whaling ban?");
        ClaimRetriever.Claims found = retriever.find(ban, SearchFilter.NONE);
        assertThat(hit(found, "We are very pleased").sentence().assessment().polarity()).isEqualTo(Polarity.POSITIVE);
        Verdict verdict = weighing.verdict(found.hits(), found, ban);
        assertThat(verdict.label()).isEqualTo(Polarity.NEGATIVE);
        assertThat(verdict.targeted()).isEqualTo(1);

        QuestionAnalysis partners = questions.analyse(
                "In Iceland's 2020 UN General Debate statement, how did Iceland assess its partners' firmness?");
        ClaimRetriever.Claims same = retriever.find(partners, SearchFilter.NONE);
        Verdict asSentence = weighing.verdict(same.hits(), same, partners);
        assertThat(asSentence.targeted()).isZero();
        assertThat(asSentence.label()).isEqualTo(Polarity.POSITIVE);
    }

    private static SentenceHit hit(ClaimRetriever.Claims claims, String start) {
        return claims.hits().stream().filter(h -> h.sentence().text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim starting '" + start + "' in " + claims.hits()));
    }

    private static int indexOf(List<String> texts, String start) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
