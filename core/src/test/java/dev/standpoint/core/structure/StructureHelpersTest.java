package dev.standpoint.core.structure;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The small readers structure detection is built from: boilerplate, dates, bylines, speaker labels. */
class StructureHelpersTest {

    @Nested
    class BoilerplateText {

        @ParameterizedTest
        @ValueSource(strings = {
            "This Q&A was published as part of the \u201cNorthern Dialogue\u201d project.",
            "This interview has been edited for length and clarity.",
            "The opinions, findings, and conclusions stated herein are those of the author and do not necessarily "
                    + "reflect those of the Halden Institute.",
            "The views expressed here are the author\u2019s own.",
            "\u00A9 2021 Halden Institute. All rights reserved.",
            "Copyright 2021 Halden Institute",
            "END 1:35 P.M. EDT",
            "END",
            "END\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0 1:35 P.M. EDT",
            "END 10:55 P.M. AST",
            "###",
            "Subscribe to our newsletter",
            "As prepared for delivery",
            "[As Prepared for Delivery]",
            "This article was originally published in the Halden Review.",
            "Implemented in cooperation with the Embassy of Norway.",
        })
        void recognised(String text) {
            assertThat(Boilerplate.matches(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "The short answer is that they were doubtful that anything would come of it.",
            "The end of the war is not in sight.",
            "END of story, he said, and left the room.",
            "I think the opinions in Tokyo are divided.",
            "Washington does not reflect on its own mistakes often enough.",
            "The Q&A format suits him.",
            "Tags are not sentences",
            "",
        })
        void notRecognised(String text) {
            assertThat(Boilerplate.matches(text)).isFalse();
        }
    }

    @Nested
    class DateFinding {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "March 23, 2021|2021-03-23",
            "Published on March 23, 2021 at 9:00|2021-03-23",
            "23 March 2021|2021-03-23",
            "Mar. 23, 2021|2021-03-23",
            "Sept. 5, 2022|2022-09-05",
            "2021-03-23T10:00:00Z|2021-03-23",
            "3/23/2021|2021-03-23",
            "Tuesday, March 23, 2021|2021-03-23",
            "May 1 2019|2019-05-01",
        })
        void finds(String text, String iso) {
            assertThat(Dates.find(text)).contains(LocalDate.parse(iso));
        }

        @ParameterizedTest
        @ValueSource(strings = {"February 30, 2021", "March 23", "in May we met", "13/13/2021", "2021", "1:35 P.M."})
        void findsNothing(String text) {
            assertThat(Dates.find(text)).isEmpty();
        }

        @Test
        void nullHasNoDate() {
            assertThat(Dates.find(null)).isEmpty();
        }

        @Test
        void firstDateWins() {
            assertThat(Dates.find("Updated April 2, 2021; first published March 23, 2021"))
                    .contains(LocalDate.of(2021, 4, 2));
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "March 23, 2021",
            "Tuesday, March 23, 2021",
            "March 23, 2021 | Oslo",
            "Updated: 23 March 2021, 10:15 a.m. EDT",
            "12:58 P.M. EDT",
            "1:35 p.m.",
            "3:00 P.M.\u00A0ICT",
            "March\u00A023,\u00A02021",
        })
        void datelines(String text) {
            assertThat(Dates.isDateline(text)).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "On March 23, 2021, the ministers met in Oslo and agreed to resume talks on fisheries.",
            "The Quad Needs a Secretariat",
            "Oval Office",
            "",
        })
        void notDatelines(String text) {
            assertThat(Dates.isDateline(text)).isFalse();
        }
    }

    @Nested
    class BylineReading {

        @Test
        void headerWithTwoAuthors() {
            assertThat(Bylines.header("By Jane Roe and John Doe")).contains(List.of("Jane Roe", "John Doe"));
        }

        @Test
        void headerWithCommasAndTitles() {
            assertThat(Bylines.header("by Dr. Jane Roe, John Q. Doe & Ana de la Cruz"))
                    .contains(List.of("Jane Roe", "John Q. Doe", "Ana de la Cruz"));
        }

        @Test
        void headerWithNoBreakSpaces() {
            assertThat(Bylines.header("By\u00A0Jane\u00A0Roe")).contains(List.of("Jane Roe"));
        }

        @Test
        void headerThatIsASentenceIsNotAByline() {
            assertThat(Bylines.header("By the end of the year, Tokyo and Moscow had stopped talking.")).isEmpty();
            assertThat(Bylines.header("By contrast, Washington was silent.")).isEmpty();
            assertThat(Bylines.header("By Staff Reporter")).isEmpty();
        }

        @Test
        void footer() {
            assertThat(Bylines.footer("  \u2022 Jane Q. Doe")).contains("Jane Q. Doe");
            assertThat(Bylines.footer("\u2014 John Doe, senior fellow at the Halden Institute")).contains("John Doe");
            assertThat(Bylines.footer("- Jane Roe")).contains("Jane Roe");
        }

        @Test
        void footerThatIsNotAPerson() {
            assertThat(Bylines.footer("\u2022 Halden Institute")).isEmpty();
            assertThat(Bylines.footer("\u2022 Washington")).isEmpty();
            assertThat(Bylines.footer("\u2022 the Quad and the alliance")).isEmpty();
        }

        @Test
        void bio() {
            assertThat(Bylines.bio("Jane Roe is a senior fellow at the Halden Institute.")).contains("Jane Roe");
            assertThat(Bylines.bio("John Q. Doe, a former diplomat, is the director of the Arctic program."))
                    .contains("John Q. Doe");
            assertThat(Bylines.bio("John Q. Doe, formerly of the Foreign Ministry, is the director of the Arctic "
                    + "program.")).contains("John Q. Doe");
            assertThat(Bylines.bio("Japan is a key partner of the alliance.")).isEmpty();
        }

        @Test
        void signature() {
            assertThat(Bylines.isSignature("Jane Q. Doe")).isTrue();
            assertThat(Bylines.isSignature("Thank you.")).isFalse();
            assertThat(Bylines.isSignature("Security Council")).isFalse();
        }
    }

    @Nested
    class Speakers {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "MS. PSAKI|Psaki",
            "MS. JEAN-PIERRE|Jean-Pierre",
            "MR. O'BRIEN|O'Brien",
            "MR. O\u2019BRIEN|O\u2019Brien",
            "PRIME MINISTER KISHIDA|Kishida",
            "SENIOR ADMINISTRATION OFFICIAL|Senior Administration Official",
            "THE PRESIDENT|President",
            "THE VICE PRESIDENT|Vice President",
            "SECRETARY BLINKEN|Blinken",
            "MR. HALVORSEN|Halvorsen",
            "AMBASSADOR THOMAS-GREENFIELD|Thomas-Greenfield",
            "DR. FAUCI|Fauci",
            "MODERATOR|Moderator",
            "ADMIRAL KIRBY|Kirby",
            "MR.\u00A0KIRBY|Kirby",
            "PRESIDENT ZELENSKYY|Zelenskyy",
        })
        void normalise(String raw, String expected) {
            assertThat(SpeakerLabels.normalise(raw)).isEqualTo(expected);
        }

        @Test
        void bareTitles() {
            assertThat(SpeakerLabels.isBareTitle("THE PRESIDENT")).isTrue();
            assertThat(SpeakerLabels.isBareTitle("THE PRIME MINISTER")).isTrue();
            assertThat(SpeakerLabels.isBareTitle("MS. PSAKI")).isFalse();
            assertThat(SpeakerLabels.isBareTitle("SENIOR ADMINISTRATION OFFICIAL")).isFalse();
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
            "MS. PSAKI:  Good afternoon.|MS. PSAKI|Good afternoon.",
            "THE PRESIDENT: Thank you.|THE PRESIDENT|Thank you.",
            "SENIOR ADMINISTRATION OFFICIAL:\u00A0 We are working on it.|SENIOR ADMINISTRATION OFFICIAL|We are working on it.",
            "MR. O'BRIEN: Yes.|MR. O'BRIEN|Yes.",
            "PRIME MINISTER KISHIDA: (As interpreted.) Thank you.|PRIME MINISTER KISHIDA|(As interpreted.) Thank you.",
            "MR. ACEVEDO (via interpreter): Welcome.|MR. ACEVEDO|Welcome.",
        })
        void findsSpeakers(String paragraph, String raw, String rest) {
            Optional<SpeakerLabels.Label> label = SpeakerLabels.find(paragraph);

            assertThat(label).isPresent();
            assertThat(label.get().kind()).isEqualTo(SpeakerLabels.Kind.SPEAKER);
            assertThat(label.get().raw()).isEqualTo(raw);
            assertThat(paragraph.substring(label.get().textStart())).isEqualTo(rest);
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "Q    Mr. President, a question?",
            "Q\u00A0\u00A0\u00A0 Mr. President, a question?",
            "Q: Is it over?",
            "Q. Is it over?",
            "Question: Is it over?",
        })
        void findsQuestionLines(String paragraph) {
            Optional<SpeakerLabels.Label> label = SpeakerLabels.find(paragraph);

            assertThat(label).map(SpeakerLabels.Label::kind).contains(SpeakerLabels.Kind.QUESTION);
            assertThat(paragraph.substring(label.get().textStart())).matches("(Mr\\. President, a question|Is it over)\\?");
        }

        @ParameterizedTest
        @ValueSource(strings = {"A: Busier than today.", "Answer: Busier than today.", "A. Busier than today."})
        void findsAnswerLines(String paragraph) {
            Optional<SpeakerLabels.Label> label = SpeakerLabels.find(paragraph);

            assertThat(label).map(SpeakerLabels.Label::kind).contains(SpeakerLabels.Kind.ANSWER);
            assertThat(paragraph.substring(label.get().textStart())).isEqualTo("Busier than today.");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "NOTE: The President spoke in Spanish.",
            "UPDATE: This story has been revised.",
            "EDITOR'S NOTE: Corrected a date.",
            "The answer: yes.",
            "Quite so: nobody knew.",
            "A new approach is needed.",
            "Q ratings are down.",
            "Question marks remain over Tokyo\u2019s commitment.",
            "NATO: an alliance adrift",
            "US: no change in policy",
            "I: the first point.",
            "1:35 P.M. EDT",
            "10 DOWNING STREET, 2024: a year of change",
        })
        void notSpeakerLabels(String paragraph) {
            assertThat(SpeakerLabels.find(paragraph)).isEmpty();
        }
    }
}
