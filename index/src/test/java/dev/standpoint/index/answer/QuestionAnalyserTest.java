package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.index.TestDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whose view a question asks for: a named group, a person who spoke, a state whose statement it names, or no one in
 * particular.
 */
class QuestionAnalyserTest {

    private final QuestionAnalyser analyser = new QuestionAnalyser(TestDocuments.analyser().linker());

    @Test
    void aQualifiedGroupIsAskedFor_andItsStateIsItsActor() {
        QuestionAnalysis qa = analyser.analyse("How do U.S. experts assess Abe's attempts to improve relations with Russia?");
        assertThat(qa.holderTerms()).containsExactly("U.S. experts");
        assertThat(qa.holderIds()).contains("USA");
        assertThat(qa.entities()).contains("RUS").doesNotContain("USA");
    }

    @Test
    void plainExpertsOrSeniorOfficialsAskForEveryonesView() {
        for (String q : new String[] {"How do experts assess the Quad's climate finance?",
                "What do most analysts think of NATO's eastern flank?", "How do senior officials view the talks?"}) {
            QuestionAnalysis qa = analyser.analyse(q);
            assertThat(qa.holderTerms()).as(q).isEmpty();
            assertThat(qa.holderIds()).as(q).isEmpty();
        }
    }

    @Test
    void aGenericGroupSaysWhoseViewIsAsked_notWhatItIsAbout() {
        QuestionAnalysis qa = analyser.analyse("How did senior officials assess the harbour agreement with Chile?");
        assertThat(qa.holderTerms()).isEmpty();
        assertThat(qa.topicText()).contains("harbour").doesNotContain("senior").doesNotContain("officials");
        assertThat(qa.searchText()).contains("senior");
    }

    @Test
    void aGroupNamedByItsInstitutionIsAskedFor() {
        QuestionAnalysis qa = analyser.analyse(
                "How did senior Biden administration officials characterize the record of U.S. diplomacy with Pyongyang?");
        assertThat(qa.holderTerms()).anyMatch(t -> t.contains("administration officials"));
    }

    @Test
    void aTitledSpeakerTheKnowledgeBaseDoesNotKnowIsAskedFor_andLeavesTheSubject() {
        QuestionAnalysis qa = analyser.analyse(
                "In Norway's 2031 statement, how did Prime Minister Ingrid Solberg-Dahl characterize Chile's fishing quotas?");
        assertThat(qa.holderTerms()).contains("Solberg-Dahl");
        assertThat(qa.topicText()).contains("fishing").doesNotContain("Prime").doesNotContain("Ingrid");
        assertThat(qa.searchText()).doesNotContain("Minister");

        QuestionAnalysis named = analyser.analyse("In the statement by President Amara Diallo, how was the harbour treaty described?");
        assertThat(named.holderTerms()).contains("Diallo");
        QuestionAnalysis topic = analyser.analyse("How do experts assess the policies of President Amara Diallo?");
        assertThat(topic.holderTerms()).isEmpty();
        assertThat(topic.topicText()).contains("Diallo");
    }

    @Test
    void whatSomeoneWithdrewFromIsTheSubject_notAHolder() {
        QuestionAnalysis qa = analyser.analyse("In the background call, how did the senior official judge the previous "
                + "administration's withdrawal from the Iran nuclear deal and its consequences?");
        assertThat(qa.holderIds()).doesNotContain("org:jcpoa");
        assertThat(qa.holderTerms()).noneMatch(t -> t.contains("Joint Comprehensive") || t.equals("administration"));
        assertThat(qa.topicEntities()).contains("org:jcpoa");
        assertThat(qa.searchText()).contains("Iran nuclear deal");

        QuestionAnalysis spoken = analyser.analyse("What did the statement by Kishida say about the alliance?");
        assertThat(spoken.holderTerms()).contains("Kishida");
    }

    @Test
    void aFrontedPhraseSetsTheScene_itFindsDocumentsButIsNotTheSubject() {
        QuestionAnalysis qa = analyser.analyse("At the Oslo press conference after meeting Erdogan, what did the "
                + "minister say about Norwegian investment in Turkey?");
        assertThat(qa.searchText()).contains("Oslo").contains("investment");
        assertThat(qa.topicText()).contains("investment").doesNotContain("Oslo").doesNotContain("meeting");
        assertThat(qa.topicEntities()).contains("TUR");

        QuestionAnalysis plain = analyser.analyse("How do experts assess Norwegian investment in Turkey, and why?");
        assertThat(plain.topicText()).isEqualTo(plain.searchText());
    }

    /**
     * The heads of what is judged, one question per line, the expected heads separated by spaces (none for a clause).
     * A name that modifies the head is not the subject of a relative clause; an -ing word that ends the phrase is the
     * head, and one that names an activity ("funding") is no participle; "frame" and "present" ask for a view as
     * "characterize" does.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            In Chile's 2019 statement, how did Chile characterize the United States' withdrawal from the climate accord? | withdrawal
            How did the minister assess NATO's unity and Putin's attempt to divide the Alliance over Ukraine? | unity attempt
            How did Peru describe the trade agreement signed by Chile and Bolivia? | agreement
            What did the minister say about the prospects for business investment in Turkey? | investment
            How did the envoy characterize the tone and quality of those talks? | talks
            How did Peru assess the overall state of the fisheries accord? | accord
            How did the envoy assess the strategic significance for Peru of the plan to build a port? | plan
            How did the envoy assess stability across the Andes? | stability
            How did Peru evaluate the newly signed treaty banning nuclear tests in the atmosphere? | treaty
            How did Peru characterize its expanding ties with Chile? | ties
            How did Peru characterize Chile's growing influence? | influence
            How did the envoy characterize the speech President Diallo gave that day? | speech
            How did Peru view the Chile agreement? | agreement
            How did the envoy characterize Kenya's tariffs on imported goods? | tariffs
            How did the adviser assess whether the militia could be trusted? | 
            Which states signed the accord? | 
            How did the ministry frame the overall Franco-German relationship? | relationship
            How did Kenya present the newly signed Anglo-Kenyan arrangement for the port? | arrangement
            How did Chile view the newly adopted Charter for the Oceans? | charter
            How did the envoy assess the state of regional backing for the truce? | backing
            How did Peru view the present talks? | talks
            How did the envoy describe the harbour talks being held in Lima? | talks
            How did the mayor assess the stopgap harbour funding bill Parliament had passed? | bill
            How did the mayor rate the effects of the new port fees on fishermen? | fees
            """)
    void theHeadsOfWhatIsJudgedAreTheNounsThePhraseTurnsOn(String question, String heads) {
        List<String> expected = heads == null ? List.of() : List.of(heads.strip().split("\\s+"));
        assertThat(QuestionAnalyser.heads(question.strip())).as(question).containsExactlyElementsOf(expected);
    }

    @Test
    void aFacetOfWhatIsJudgedIsNeitherSearchedForNorTheSubject() {
        QuestionAnalysis qa = analyser.analyse(
                "In Peru's 2031 statement, how did Peru assess the track record and significance of the fisheries accord?");
        assertThat(qa.topicText()).contains("fisheries accord").doesNotContain("record").doesNotContain("significance");
        assertThat(qa.searchText()).doesNotContain("track");
        QuestionAnalysis named = analyser.analyse("How did the emir describe relations with the State of Qatar?");
        assertThat(named.topicText()).contains("State");
    }

    @Test
    void aDayWithoutAYearTakesTheYearOfTheFullDateBesideIt() {
        QuestionAnalysis qa = analyser.analyse("At the briefing held March 1, 2031 (posted March 2), how did the "
                + "minister judge the amount of aid reaching the valley?");
        assertThat(qa.dates()).containsExactlyInAnyOrder("2031-03-01", "2031-03-02");
        assertThat(qa.topicText()).contains("aid").doesNotContain("amount").doesNotContain("posted March");
    }

    /** A speaker named with a title is asked for; neither the title nor the given name is part of the subject. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            At the May 2, 2031 briefing, how did National Security Advisor Amara Diallo characterize Peru's reaction to the offer? | Diallo | reaction | Security Advisor
            At the May 2, 2031 briefing, how did Dr. Amara Diallo assess the danger from the new strain?                           | Diallo | danger   | Amara Dr
            How did First Lady Ines Sato assess the reading programme?                                                             | Sato   | reading  | Lady Ines
            At the May 2, 2031 briefing, how did harbour safety coordinator Ines Sato judge the dredging rules?                  | Sato   | dredging | coordinator Ines harbour
            How did Amara Diallo rate the new ferry timetable?                                                                     | Diallo | ferry    | Amara rate
            How did Deputy Harbour Master Ines Sato assess the dredging rules?                                                     | Sato   | dredging | Deputy Harbour Master Ines
            At her May 2, 2031 gaggle, how did Fisheries Minister Ines Sato assess the dredging rules?                              | Sato   | dredging | Fisheries Minister Ines
            How did Peruvian President Ines Sato, in her 2031 address, assess the dredging rules?                                  | Sato   | dredging | Peruvian President Ines
            """)
    void aTitledSpeakerIsAskedFor_andLeavesTheSubject(String question, String holder, String inTopic, String notInTopic) {
        QuestionAnalysis qa = analyser.analyse(question.strip());
        assertThat(qa.holderTerms()).contains(holder.strip());
        assertThat(qa.topicText()).contains(inTopic.strip());
        for (String word : notInTopic.strip().split(" ")) {
            assertThat(qa.topicText()).doesNotContain(word);
        }
    }

    @Test
    void aSpeakerNamedByOfficeAloneIsNeitherSearchedForNorTheSubject() {
        QuestionAnalysis qa = analyser.analyse("In the 2031 harbour message, how did the President characterize the "
                + "present-day alliance between Peru and Chile?");
        assertThat(qa.topicText()).contains("alliance").doesNotContain("President").doesNotContain("present");
        assertThat(qa.searchText()).doesNotContain("President");
        QuestionAnalysis delegation = analyser.analyse("How did the delegation assess the fishing accord?");
        assertThat(delegation.topicText()).isEqualTo("fishing accord");
    }

    @Test
    void aStatesStatementNamesTheStateWhoseDocumentsAnswer_pluralNamesIncluded() {
        QuestionAnalysis iran = analyser.analyse(
                "In Iran's 2018 UN General Debate statement, how did Iran characterize the sanctions?");
        assertThat(iran.statementOf()).containsExactly("IRN");
        assertThat(iran.holderIds()).contains("IRN");

        QuestionAnalysis islands = analyser.analyse(
                "In the Marshall Islands' 2016 UN General Debate statement, how did it assess sea-level rise?");
        assertThat(islands.statementOf()).containsExactly("MHL");

        QuestionAnalysis about = analyser.analyse("How do experts assess Iran's nuclear programme?");
        assertThat(about.statementOf()).isEmpty();
        QuestionAnalysis notPossessive = analyser.analyse("What did Kenya' statement say?");
        assertThat(notPossessive.statementOf()).isEmpty();

        // a statement made for a state, or named by "its" before the state that judges
        QuestionAnalysis forState = analyser.analyse(
                "In the foreign minister's address for Kenya at the 2031 General Debate, how did it view the port?");
        assertThat(forState.statementOf()).containsExactly("KEN");
        QuestionAnalysis its = analyser.analyse(
                "In its 2031 General Debate speech, how did Kenya assess the talks between Peru and Chile?");
        assertThat(its.statementOf()).containsExactly("KEN");
        // a state that judges at the General Assembly, or whose delegation does, speaks there for itself
        QuestionAnalysis judges = analyser.analyse(
                "At the 2031 UN General Debate, how did Kenya rate the progress made since the 2025 port summit?");
        assertThat(judges.statementOf()).containsExactly("KEN");
        assertThat(judges.documentYear()).isEqualTo("2031");
        assertThat(judges.years()).containsExactlyInAnyOrder("2031", "2025");
        QuestionAnalysis delegation = analyser.analyse(
                "How did Chile's delegation at the 1948 UN General Assembly view the fishing accord with Peru?");
        assertThat(delegation.statementOf()).containsExactly("CHL");
        assertThat(delegation.documentYear()).isEqualTo("1948");
        assertThat(delegation.searchText()).contains("fishing accord").doesNotContain("delegation");
        QuestionAnalysis elsewhere = analyser.analyse("How did Kenya assess the talks between Peru and Chile?");
        assertThat(elsewhere.statementOf()).isEmpty();
        assertThat(elsewhere.documentYear()).isEmpty();
    }

    @Test
    void aGroupInsideWhatIsJudgedIsPartOfTheSubject() {
        QuestionAnalysis qa = analyser.analyse("At the May 2, 2031 briefing, how did harbour coordinator Ines Sato judge "
                + "the dredging rules the Lima administration inherited from the Callao administration?");
        assertThat(qa.holderTerms()).containsExactly("Sato");
        assertThat(qa.topicText()).contains("Lima administration").contains("Callao administration");
    }

    @Test
    void theWordsThatIntroduceWhatIsReadAreNotSearchedFor() {
        QuestionAnalysis qa = analyser.analyse(
                "How did the minister read the March 2031 harbour traffic figures released on April 9, 2031?");
        assertThat(qa.searchText()).isEqualTo("harbour traffic figures");
    }
}
