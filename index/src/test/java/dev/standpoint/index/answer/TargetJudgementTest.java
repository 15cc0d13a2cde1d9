package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.index.TestDocuments;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The judgement a sentence passes on the noun a question asks about, read from the words attached to it; the
 * sentences were written for this test.
 */
class TargetJudgementTest {

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the sentence is favourable, the words on the embargo are not
        "We are glad that our partners refused to accept the reckless and unlawful embargo.|embargo|negative",
        // a word of force beside a judging word judges nothing; alone it stands
        "The minister welcomed the cuts to Kenya's unfair, very strong tariffs on our goods.|tariffs|negative",
        "Sadly the talks failed, though the strong alliance held.|alliance|positive",
        // the plural of the head counts
        "We regret that they ignored the excellent proposals we made.|proposal|positive",
        // judging words that disagree judge it both ways
        "The promising but flawed agreement was signed in haste.|agreement|mixed",
        // a judgement elsewhere in the sentence is not one on the head
        "The embargo was a terrible mistake.|embargo|",
        // another noun between the judgement and the head, unless the question names it with the head
        "The unfair trade tariffs were lifted, to our relief.|tariffs|",
        "The unfair trade tariffs were lifted, to our relief.|trade tariffs|negative",
        // a verb of stance judges its object across a determiner or a year, whatever else the sentence says of it
        "We welcome the agreement.|agreement|positive",
        "We support the 2016 ruling of the tribunal, which firmly rejected the reckless claims.|ruling|positive",
        "We condemn the detention of the reporter in the strongest terms.|detention|negative",
        // in a two-sided sentence the verb is one side only
        "We welcome the pact's ambition, yet we are disappointed in the removal of its fishing clause.|pact|",
        // the head may be named by a word for the same thing
        "We support the 2016 ruling of the tribunal, which firmly rejected the reckless claims.|award|positive",
        // any other judging word does not reach across a determiner
        "The ministers failed the inspection again.|inspection|"})
    void wordsAttachedToTheHeadJudgeIt(String text, String asked, String expected) {
        AnalysedDocument d = TestDocuments.analyse(TestDocuments.write(tmp.resolve("s.txt"),
                "A statement written for a test\n\n" + text + "\n"));
        AnalysedSentence s = TestDocuments.sentence(d, text);
        List<String> words = List.of(asked.split(" "));
        Polarity p = TargetJudgement.of(s, List.of(words.get(words.size() - 1)), Set.copyOf(words));
        assertThat(p == null ? null : p.label()).as(text).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the subject stands in the concession only and the main clause states the speaker's own course: the
        // concession judges it
        "Despite the regrettable extension of the whaling ban, we will remain an excellent and constructive partner.|ban|negative",
        // unless the main clause is someone else's act, which may judge the subject by another name
        "Despite the regrettable extension of the whaling ban, the council made an excellent decision.|ban|",
        // the subject stands in the main clause: the concession qualifies its judgement
        "Although the talks on the harbour were difficult, the new fishing accord is an excellent agreement.|accord|",
        // the main clause may name it again by a pronoun
        "Although the fishing accord has some serious flaws, it is an excellent agreement.|accord|",
        // named on neither side, or on both
        "Although the talks on the harbour were difficult, the new port is an excellent investment.|accord|",
        "Despite the serious flaws of the accord, the accord is an important step.|accord|"})
    void aTwoSidedSentenceJudgesTheSubjectByTheSideOfItsConcessionThatNamesIt(String text, String head,
                                                                              String expected) {
        AnalysedDocument d = TestDocuments.analyse(TestDocuments.write(tmp.resolve("c.txt"),
                "A statement written for a test\n\n" + text + "\n"));
        AnalysedSentence s = TestDocuments.sentence(d, text);
        assertThat(s.assessment().polarity()).as("two-sided: %s", text).isEqualTo(Polarity.MIXED);
        Polarity p = TargetJudgement.conceded(s, List.of(head), Set.of(), Set.of());
        assertThat(p == null ? null : p.label()).as(text).isEqualTo(expected);
    }
}
