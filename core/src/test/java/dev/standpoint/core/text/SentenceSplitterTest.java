package dev.standpoint.core.text;

import dev.standpoint.core.model.Span;
import dev.standpoint.core.model.TextNormaliser;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentence boundaries in this genre: abbreviations, initialisms, quotations, hard-wrapped lines. */
class SentenceSplitterTest {

    /** One splitter for the class: the model loads once, and the splitter is documented thread-safe. */
    private static final SentenceSplitter SPLITTER = new SentenceSplitter();

    static List<String> split(String paragraph) {
        return texts(paragraph, SPLITTER.split(paragraph, new Span(0, paragraph.length())));
    }

    static List<String> texts(String text, List<Span> spans) {
        return spans.stream().map(s -> s.of(text)).toList();
    }

    @Nested
    class AbbreviationsAndInitialsDoNotEndSentences {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "U.S. Secretary of State Antony Blinken",
            "the U.S. Embassy to Russia",
            "James L. Schoff",
            "Dr. Fauci",
            "Mr. Sam Kahamba Kutesa",
            "St. Petersburg",
            "Jan. 5",
            "the U.N. Security Council",
            "Non-U.S. Allies",
            "Ms. Jean-Pierre",
            "Gen. Mark A. Milley",
        })
        void phraseStaysInsideOneSentence(String phrase) {
            String paragraph = "Last week a note mentioned " + phrase + " in passing. Nobody else did.";

            List<String> sentences = split(paragraph);

            assertThat(sentences).containsExactly(
                    "Last week a note mentioned " + phrase + " in passing.", "Nobody else did.");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
            "U.S. Secretary of State Antony Blinken",
            "James L. Schoff",
            "Dr. Fauci",
            "Mr. Sam Kahamba Kutesa",
            "St. Petersburg",
            "Jan. 5",
            "the U.N. Security Council",
            "Non-U.S. Allies",
        })
        void phraseAtTheStartOfAParagraph(String phrase) {
            String start = Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
            String paragraph = start + " was on the agenda. The rest was not.";

            assertThat(split(paragraph)).containsExactly(start + " was on the agenda.", "The rest was not.");
        }

        @Test
        void severalAbbreviationsInOneSentence() {
            String p = "On Jan. 5 Dr. Fauci met Mr. Sam Kahamba Kutesa and U.S. Secretary of State Antony Blinken "
                    + "in St. Petersburg. It went well.";

            assertThat(split(p)).hasSize(2).first().asString().endsWith("in St. Petersburg.");
        }
    }

    @Nested
    class InitialismsAtARealBoundary {

        @Test
        void initialismFollowedByASentenceStarter() {
            assertThat(split("Japan wants closer ties with the U.S. The next step is a summit in Tokyo."))
                    .containsExactly("Japan wants closer ties with the U.S.", "The next step is a summit in Tokyo.");
        }

        @Test
        void initialismFollowedByAPronoun() {
            assertThat(split("Moscow has long courted the E.U. It has had little to show for it."))
                    .containsExactly("Moscow has long courted the E.U.", "It has had little to show for it.");
        }

        @Test
        void initialismAtTheEndOfTheParagraph() {
            assertThat(split("Nothing here is new for the U.S."))
                    .containsExactly("Nothing here is new for the U.S.");
        }

        @Test
        void numberAbbreviationsNeedANumber() {
            // "No. 10" keeps its period, but "no." at the end of a sentence is the word "no".
            assertThat(split("They met at No. 10 Downing Street. It was brief."))
                    .containsExactly("They met at No. 10 Downing Street.", "It was brief.");
            assertThat(split("Asked whether talks would resume, he said no. Then he left."))
                    .containsExactly("Asked whether talks would resume, he said no.", "Then he left.");
            assertThat(split("See Fig. 3 for the figures. They show growth."))
                    .containsExactly("See Fig. 3 for the figures.", "They show growth.");
        }

        @Test
        void companySuffixCanEndASentence() {
            assertThat(split("The contract went to Halvorsen Shipping Co. The company is based in Oslo."))
                    .containsExactly("The contract went to Halvorsen Shipping Co.", "The company is based in Oslo.");
            assertThat(split("He worked for Acme Inc. It failed in 2008."))
                    .containsExactly("He worked for Acme Inc.", "It failed in 2008.");
            assertThat(split("Acme Inc. Chairman Jane Roe spoke first. Others followed."))
                    .containsExactly("Acme Inc. Chairman Jane Roe spoke first.", "Others followed.");
        }

        @Test
        void pronounIAfterAnInitialIsABoundary() {
            // "… in Washington, D.C. I think …": D.C. ends the sentence; "I" starts the next one.
            assertThat(split("The talks were held in Washington, D.C. I think they went well."))
                    .containsExactly("The talks were held in Washington, D.C.", "I think they went well.");
        }
    }

    @Nested
    class Quotations {

        @Test
        void quotationThatEndsAClauseIsOneSentence() {
            String p = "And if the minister said, \u201cI think we have a chance to improve relations, perhaps "
                    + "expanding ties with Seoul at the same time,\u201d I think the United States would be open to "
                    + "that. That is of course barring any setback.";

            assertThat(split(p)).containsExactly(
                    "And if the minister said, \u201cI think we have a chance to improve relations, perhaps "
                            + "expanding ties with Seoul at the same time,\u201d I think the United States would be "
                            + "open to that.",
                    "That is of course barring any setback.");
        }

        @Test
        void quotedQuestionFollowedByASpeechVerb() {
            assertThat(split("\u201cIs it over?\u201d she asked.")).containsExactly("\u201cIs it over?\u201d she asked.");
            assertThat(split("\"Is it over?\" she asked. Nobody answered."))
                    .containsExactly("\"Is it over?\" she asked.", "Nobody answered.");
        }

        @Test
        void quotedExclamationFollowedByASpeechVerb() {
            assertThat(split("\u201cNever again!\u201d he shouted. The room fell silent."))
                    .containsExactly("\u201cNever again!\u201d he shouted.", "The room fell silent.");
        }

        @Test
        void quotedWordEndingWithAPeriodInsideTheQuotes() {
            assertThat(split("I think the answer is \u201cyes.\u201d It requires very close consultation."))
                    .containsExactly("I think the answer is \u201cyes.\u201d", "It requires very close consultation.");
        }

        @Test
        void multiSentenceQuotationIsSplitAtItsInternalEnds() {
            String p = "He said: \u201cWe will go. We will win.\u201d Then he left.";

            assertThat(split(p)).containsExactly("He said: \u201cWe will go.", "We will win.\u201d", "Then he left.");
        }

        @Test
        void multiSentenceQuotationEndingInAnAttribution() {
            String p = "\u201cWe will go. We will win,\u201d he said.";

            assertThat(split(p)).containsExactly("\u201cWe will go.", "We will win,\u201d he said.");
        }
    }

    @Nested
    class LineBreaksInsideAParagraph {

        @Test
        void hardWrappedLinesDoNotEndSentences() {
            String p = "Thank you for joining us.\u00A0 The President will travel to\n"
                    + "Ohio next week, where he will meet with\n"
                    + "Governor Halvorsen and local leaders.\u00A0 He will\n"
                    + "return on Friday.";

            assertThat(split(p)).containsExactly(
                    "Thank you for joining us.",
                    "The President will travel to\nOhio next week, where he will meet with\n"
                            + "Governor Halvorsen and local leaders.",
                    "He will\nreturn on Friday.");
        }

        @Test
        void lineThatEndsASentenceStillSplits() {
            String p = "We discussed the summit.\nThe readout will follow.";

            assertThat(split(p)).containsExactly("We discussed the summit.", "The readout will follow.");
        }

        @Test
        void wrapRightAfterAnAbbreviation() {
            String p = "The statement came from U.S.\nSecretary of State Antony Blinken himself. Then came questions.";

            assertThat(split(p)).containsExactly(
                    "The statement came from U.S.\nSecretary of State Antony Blinken himself.", "Then came questions.");
        }

        @Test
        void noBreakSpacesBetweenSentences() {
            assertThat(split("Thank you.\u00A0 Thank you.\u00A0 (Applause.)\u00A0"))
                    .containsExactly("Thank you.", "Thank you.", "(Applause.)");
        }
    }

    @Test
    void spansPointIntoTheWholeTextNotThePargraph() {
        String text = "Title line\n\nFirst sentence here. Second one, by Dr. Fauci.\n\nNext paragraph.";
        int start = text.indexOf("First");
        Span paragraph = new Span(start, text.indexOf("\n\nNext"));

        List<Span> spans = SPLITTER.split(text, paragraph);

        assertThat(texts(text, spans)).containsExactly("First sentence here.", "Second one, by Dr. Fauci.");
        assertThat(spans).allSatisfy(s -> assertThat(paragraph.contains(s)).isTrue());
    }

    @Test
    void blankOrEmptyParagraphHasNoSentences() {
        assertThat(split("")).isEmpty();
        assertThat(split(" \u00A0\n\t ")).isEmpty();
    }

    @Test
    void paragraphWithoutFinalPunctuationIsOneSentence() {
        assertThat(split("Remarks by the President on the economy"))
                .containsExactly("Remarks by the President on the economy");
    }

    // ---- randomised invariants -------------------------------------------------------------------------------

    private static final String[] PIECES = {
        "the", "talks", "Japan", "Russia", "will", "continue", "and", "U.S.", "U.N.", "Dr.", "Mr.", "St.", "Jan.",
        "e.g.", "i.e.", "vs.", "No.", "L.", "café", "Straße", "中文", "中国。", "😀", "🇯🇵", "Ünal", "naïve", "5", "2.5",
        "1,000", "—", "–", "(", ")", "[Applause.]", "\u201c", "\u201d", "\u2018", "\u2019", "\"", "'", ",", ";", ":",
        ".", "?", "!", "...", "…", "?\u201d", ".\u201d", ",\u201d", "It", "The", "I", "he", "said", "Q", "A:",
        "MS. PSAKI:", "-", "/", "Abe\u2019s", "don't", "U.S.-Japan", "Non-U.S.", "a.m.", "p.m.",
    };
    private static final String[] SPACES = {" ", " ", " ", " ", "  ", "\n", "\u00A0", "\u00A0 ", " \n", "\t", "\u202F"};

    static String randomText(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0 && random.nextInt(6) > 0) {
                b.append(SPACES[random.nextInt(SPACES.length)]);
            }
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void randomParagraphsKeepTheSpanInvariants() {
        long seed = 0x5eed_2021L;
        Random random = new Random(seed);
        for (int round = 0; round < 400; round++) {
            String prefix = randomText(random, random.nextInt(4));
            String body = randomText(random, 1 + random.nextInt(60));
            String suffix = randomText(random, random.nextInt(4));
            String text = prefix + "\n\n" + body + "\n\n" + suffix;
            Span paragraph = new Span(prefix.length() + 2, prefix.length() + 2 + body.length());
            String why = "seed " + seed + ", round " + round + ", paragraph: " + body;

            List<Span> spans = SPLITTER.split(text, paragraph);

            assertSpanInvariants(text, paragraph, spans, why);
        }
    }

    static void assertSpanInvariants(String text, Span paragraph, List<Span> spans, String why) {
        int last = paragraph.start();
        boolean[] covered = new boolean[text.length()];
        for (Span s : spans) {
            assertThat(paragraph.contains(s)).as("span %s inside paragraph %s; %s", s, paragraph, why).isTrue();
            assertThat(s.start()).as("spans ordered and disjoint; %s", why).isGreaterThanOrEqualTo(last);
            assertThat(s.isEmpty()).as("empty span; %s", why).isFalse();
            assertThat(TextNormaliser.isSpace(text.charAt(s.start()))).as("leading space at %s; %s", s, why).isFalse();
            assertThat(TextNormaliser.isSpace(text.charAt(s.end() - 1))).as("trailing space at %s; %s", s, why)
                    .isFalse();
            assertThat(Character.isLowSurrogate(text.charAt(s.start()))).as("starts mid-pair; %s", why).isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(s.end() - 1))).as("ends mid-pair; %s", why).isFalse();
            for (int i = s.start(); i < s.end(); i++) {
                covered[i] = true;
            }
            last = s.end();
        }
        List<Integer> lost = new ArrayList<>();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (!covered[i] && !TextNormaliser.isSpace(text.charAt(i))) {
                lost.add(i);
            }
        }
        assertThat(lost).as("non-space characters outside every sentence; %s", why).isEmpty();
    }
}
