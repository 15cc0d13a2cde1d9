package dev.standpoint.core.assess;

import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Certainty;
import dev.standpoint.core.model.CueKind;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule-based extractor's polarity rules on sentences written for this test (none is from a gold file): contrast
 * words in their contrastive use ("even if" among them), denial after a contrast, a denied action on a problem ("did
 * not address our concerns"), topics of action, negation and means, topics that do not make an assessment, plans that
 * announce rather than judge, a need that is the topic of someone else's talk ("he talked about the need to …") or what
 * a thing would require ("the steps that X would need to take", "the repairs X would need to make in order to"),
 * idioms of reservation ("the road ahead may be long", "trust but verify"), the rhetorical "as if … not … enough",
 * a denied belief that advises against ("we don't think the island should …"), a problem named by its remedy
 * ("flood risk reduction") or reached through the complements and conjuncts of a shifter's object ("reduce the risk
 * of floods and the threat of droughts"), a problem named as a time ("even in periods of tension"), an opportunity that
 * was or will be had ("had the opportunity to meet"), the courtesies of an occasion ("thrilled to address the forum",
 * "a privilege to be here"), a problem cracked down on, "make no mistake" (certainty, not a denied mistake), "not
 * enough", an attack on an idea, thanks (said to "you" a courtesy, given to someone named for what they did a
 * judgement), a firm manner of speech ("in the strongest terms"), the end of a problem, a problem contained or coped
 * with, a harm that names what a shifter acts on ("shut down the firms that were smuggling illicit fuel"), "less"
 * right before a term ("less safe") and "no less" (which is no negation), a denied overstatement ("I don't think it's
 * an overstatement to say …" asserts what it says), a barrier broken down, a favourable term limited ("to limit that
 * support") and the confidence of an intelligence judgement, which is certainty, not favour ("with low to moderate
 * confidence"), work left undone ("much remains to be done"), a denied assertion ("I can't say that we made
 * progress"), help given to a harm ("support terrorism", "encourage attacks"; not "support efforts to end the
 * violence" nor help "in response to" a harm), a problem that the object of a shifter is made of ("remove a point of
 * serious friction"), a word of efficacy that measures a harm ("an effective blockade"), a haven given to a harm
 * and a war or blockade that is the subject of a judgement, which does not mute it.
 * {@code neutral} means "not an assessment".
 */
class PolarityRulesTest {

    @TempDir
    static Path dir;

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The reforms were difficult, but there is no alternative to them.              | mixed
            The talks raised serious concerns, but I don't think they will derail the process. | mixed
            Those old suspicions are still paramount for some of our neighbours.           | negative
            The exercise strengthened regional stability while deterring threats.          | positive
            The international community should come together to address the crisis.       | positive
            We must find a way out of this deadlock.                                       | positive
            Lasting peace cannot be secured by threats, but it must be secured.           | mixed
            The talks were important in the context of the Balkan crisis.                  | positive
            A civil war broke out in the north that year.                                  | neutral
            We are committed to holding the conference next spring.                        | neutral
            We are deeply committed to the peace process.                                  | positive
            Our envoys will continue their work to build a stronger partnership.           | neutral
            The new agreement will make the region stronger and more prosperous.           | positive
            Honestly, we don't see much prospect of a ceasefire this winter.               | negative
            I see little hope of a settlement before the elections.                        | negative
            There is a real prospect of a deal by the summer.                              | neutral
            Rail freight is now almost back to where it was before the devastating floods. | neutral
            Since the invasion, the alliance has become stronger and more united.           | positive
            For the other side, the inspection regime has been a deal-breaker for years.   | negative
            Should the militia cross the river, our response will be swift and severe.     | negative
            We stand ready to go further if the junta keeps jailing reporters.             | negative
            If the talks succeed, we will be glad to lift the sanctions in stages.          | positive
            The severe storms closed the port for a week.                                  | neutral
            The last thing the generals want now is a long war on two fronts.              | positive
            The last thing I read before the meeting was the ministry's report.            | neutral
            The last thing is that the new bridge has been a remarkable success.            | positive
            You shouldn't think about this in terms of the Second World War.               | negative
            Peace will come most decisively if the guns fall silent this winter.           | positive
            And she talked about the need to open more border crossings for trucks.        | neutral
            The premier also discussed the need to rebuild the power grid before winter.   | neutral
            We talked about the need to rebuild the power grid before winter.              | positive
            They discussed the grid and agreed on the need to rebuild it before winter.    | positive
            He talked about his view that the grid should be rebuilt before winter.        | positive
            This is a licence that there would have to be consensus among the members on.  | neutral
            These are the steps that the company would need to take to reopen the mine.   | neutral
            These are the repairs the company would need to make in order to reopen the mine. | neutral
            All the repairs we would need to do, we will do before winter.                 | neutral
            At this point, we would need to act.                                           | positive
            In the end the company would need to make the repairs itself.                  | positive
            This is a job that the parliament needs to finish this year.                   | positive
            Yesterday the minister had the opportunity to meet the mayors of the coast.    | neutral
            Tomorrow she will also have an opportunity to address the assembly.            | neutral
            We have a historic opportunity to end this war.                                | positive
            The summit was a missed opportunity to settle the border.                      | negative
            The accord is a welcome step, even if the road ahead will be difficult.        | mixed
            The accord is welcome, although it fell far short of what the islands asked.   | mixed
            On water rights we still have a long way to go.                                | negative
            The pact is a welcome start, even if the road ahead may be long.               | mixed
            Do I trust the council? Well, trust but verify.                                | mixed
            As if our valleys did not have enough problems, the floods came again.         | negative
            The valleys do not have problems with the floods.                              | positive
            That is a great question, and we will have more on it tomorrow.                | neutral
            The new treaty did not meaningfully address our concerns about the dam.        | negative
            A second round of talks won't solve the problems of the valley.               | negative
            The ministry spared no effort to improve the clinics of the north.            | positive
            Clean water is not just important for health.                                  | positive
            Although the talks were difficult, they produced an excellent agreement.      | mixed
            The treaty, despite several serious shortcomings, is an important step.       | mixed
            The court made the right decision, notwithstanding its earlier unfair rulings. | mixed
            We think that while the pact fell short, it is important that both sides keep it. | mixed
            While the talks were excellent, the results are welcome too.                   | positive
            Although we welcome the pact, we will keep the sanctions in place.            | positive
            We don't think the island should expand its imports of coal.                  | negative
            The minister does not believe that the port ought to close in winter.         | negative
            I don't think you need to look any further than the harbour to see the change. | positive
            We think the island should expand its imports of solar panels.               | positive
            For the islands the accord shows the spirit of cooperation among the coastal states. | positive
            The ministry opened a new office for flood risk reduction in the capital.     | neutral
            The pact builds a foundation for conflict prevention along the river.          | neutral
            The council adopted an unfair resolution on the harbour.                      | negative
            The two ports have shown that even in periods of tension they can make progress. | positive
            The islands drifted back to darker times of tension.                          | negative
            The fund will help reduce the risk of floods and the threat of droughts.      | neutral
            The governors met to address the ministry's careless and unjustified cuts.    | negative
            Closing the harbour to fishing boats in winter is not acceptable.              | negative
            The joint patrols show that the two ports are building a foundation for the future. | positive
            I think the envoys will keep working to limit that support for the junta.     | negative
            I'm thrilled to address the harbour forum, and thrilled to have you all here.  | neutral
            It is an amazing privilege to be here in the capital.                         | neutral
            We are glad to see real progress on the border.                               | positive
            She is always proud to speak out against the mistreatment of fishermen.      | positive
            The ministry moved to crack down on the illegal fishing fleets.               | neutral
            Make no mistake, the harbour has changed.                                      | neutral
            The new ferry is good, but it is not enough.                                   | mixed
            The grain is not reaching the valley fast enough.                              | negative
            Not enough trucks are reaching the valley.                                     | negative
            The speech was an attack on the very idea of an independent harbour board.    | negative
            The agency has high confidence in that assessment of the fleet's movements.   | neutral
            We thank the coastal states for their efforts to contain that deadly outbreak. | positive
            Well, thank you, Marta, and thank God for the ferry crews.                    | neutral
            The council condemns the seizure of the trawler in the strongest terms.       | negative
            The islanders celebrated the end of the brutal blockade.                      | positive
            The plan is designed to cope with the many challenges of the winter.          | neutral
            Alongside worrying signs, there are also rays of light in the valley.         | positive
            The ministry moved to shut down the firms that were smuggling illicit fuel.  | neutral
            The new ferries are less safe and less reliable than the old ones.            | negative
            The drought in the north is no less dangerous than the floods.                | negative
            The islanders prevailed against a cruel blockade.                             | neutral
            I don't think it's an overstatement to say there is historic unity on the coast. | positive
            The new pact will break down old barriers between the ports.                  | neutral
            The ferry service has improved, but much remains to be done.                  | mixed
            More needs to be done for the valley.                                         | negative
            I can't say that we made progress on the harbour dues.                        | negative
            The customs deal agreed in the spring is not sufficient.                      | negative
            Reopening the harbour in a month was no mean feat.                            | positive
            We don't believe that the new quota meets the moment.                         | negative
            The junta continues to support terrorism in the valley.                       | negative
            Officers sought to encourage attacks on the ferry crews.                      | negative
            The council ended its support for the militia's war.                          | negative
            The envoys reaffirm their support for efforts to end the violence.            | positive
            The accord will remove a point of serious friction with our neighbours.       | neutral
            Their effective blockade of the harbour will harm traders across the region.  | negative
            We see the role of women in achieving successful conflict resolution.          | positive
            The regime gives safe haven to terrorist groups.                               | negative
            The city remains a safe haven for refugees.                                    | positive
            That new ferry link is a big deal for the islands.                             | positive
            The long drought has claimed too many lives.                                   | negative
            Once again our hopes were dashed.                                              | negative
            The envoys reaffirmed their strong commitment to keep supporting Malta in response to the junta's unprovoked aggression. | positive
            The blockade of the valley has brought untold misery to the farmers.          | negative
            The council supports conflict prevention by the regional ports.               | positive
            The militias have been rampaging through the valley to create a reign of terror. | negative
            The real aims of the pact have nothing in common with the interests of the islanders. | negative
            The junta is increasingly isolated on the world stage.                        | negative
            From the very beginning, the junta did not honour its obligations.            | negative
            That just does not make any sense.                                            | negative
            There is a glaring inequity in the way the grain is shared.                   | negative
            The militias laid siege to the harbour for a year.                            | negative
            """)
    void polarity(String sentence, String expected) throws Exception {
        Assessment a = LastAssessment.of(dir, sentence.strip());
        String got = a.assessment() ? a.polarity().label() : "neutral";
        assertThat(got).as("%s (cues %s)", sentence, a.cues()).isEqualTo(expected.strip());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The satellite images place the fleet in the harbour with moderate confidence.  | PROBABLE
            Analysts assess with low to moderate confidence that the fleet left in May.    | POSSIBLE
            """)
    void theConfidenceOfAJudgementIsItsCertainty_notAFavourableView(String sentence, String certainty)
            throws Exception {
        Assessment a = LastAssessment.of(dir, sentence.strip());
        assertThat(a.cues()).as(sentence).noneMatch(c -> c.kind() == CueKind.EVALUATION);
        assertThat(a.certainty()).as(sentence).isEqualTo(Certainty.valueOf(certainty.strip()));
    }

}
