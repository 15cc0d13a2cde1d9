package dev.standpoint.index.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which sentences refer back to the question's subject by its head noun. */
class AnaphoraTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Implementation of the bilateral aspects of that process has been slow.|process|true",
        "I know that the Agreement is not perfect.|agreement|true",
        "The efforts that have been made so far are welcome, but they fall short.|efforts|true",
        "These efforts deserve support.|efforts|true",
        "The effort failed.|efforts|true",
        "We support the process of negotiation on the territory's independence.|process|false",
        "The agreement with the fishing fleet expires in May.|agreement|false",
        "Our process worked well.|process|false",
        "A process is under way.|process|false",
        "The processes were slow.|process|true",
        "Nothing here refers back.|process|false"})
    void refersBack(String sentence, String head, boolean expected) {
        assertThat(Anaphora.refersBack(sentence, List.of(head))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The reef compact was signed in May.|compact|true",
        "Compacts like it are rare.|compact|true",
        "The harbour was dredged.|compact|false",
        "The embargoes were lifted.|embargo|true",
        "New policies were announced.|policy|true"})
    void names(String sentence, String head, boolean expected) {
        assertThat(Anaphora.names(sentence, List.of(head))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Yet it is a significant milestone for the region.|true",
        "It marks a turning point.|true",
        "This is a historic step.|true",
        "But this, too, has failed.|false",
        "It is clear that the accord has failed.|false",
        "It goes without saying that the accord is imperfect.|false",
        "It was important to act.|false",
        "It is time for the reef compact to enter into force.|false",
        "The accord is a milestone.|false"})
    void aPronounSubjectStandsForWhatTheSentenceBeforeNamed(String sentence, boolean expected) {
        assertThat(Anaphora.pronounSubject(sentence)).isEqualTo(expected);
    }
}
