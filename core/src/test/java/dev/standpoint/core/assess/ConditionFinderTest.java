package dev.standpoint.core.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standpoint.core.model.Condition;
import dev.standpoint.core.model.Span;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Condition triggers and their spans on sentences written for this test: a condition runs from its trigger to the
 * end of its clause; relative and free "where", idioms, embedded questions and the
 * concessive "even if" are not conditions.
 */
class ConditionFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            We will lift the tariffs if the talks succeed.                          | if the talks succeed
            Unless Beijing changes course, the dialogue will stall.                 | Unless Beijing changes course
            The deal holds as long as both sides keep their hotline open.           | as long as both sides keep their hotline open
            We will cooperate where it is in our mutual interest.                   | where it is in our mutual interest
            Rail freight is now almost back to where it was last spring.            |
            There are areas where it is hard to see progress.                       |
            I asked them if the plan was realistic.                                 |
            As if that were not enough, the port was closed.                        |
            The accord is a welcome step, even if the road ahead will be long.      |
            Even if the talks fail, the hotline will stay open.                     |
            """)
    void conditions(String sentence, String expected) {
        String text = sentence.strip();
        List<Condition> found = ConditionFinder.find(text, new Span(0, text.length()));
        List<String> spans = found.stream().map(c -> c.span().of(text)).toList();
        if (expected == null) {
            assertThat(spans).as(text).isEmpty();
        } else {
            assertThat(spans).as(text).containsExactly(expected.strip());
        }
    }
}
