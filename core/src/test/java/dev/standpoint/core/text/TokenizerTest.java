package dev.standpoint.core.text;

import dev.standpoint.core.model.Span;
import dev.standpoint.core.model.TextNormaliser;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTest {

    static List<String> tokens(String text) {
        return Tokenizer.tokenize(text).stream().map(Token::text).toList();
    }

    @Test
    void possessiveIsATokenOfItsOwn() {
        assertThat(tokens("Abe\u2019s attempts")).containsExactly("Abe", "\u2019s", "attempts");
        assertThat(tokens("Abe's attempts")).containsExactly("Abe", "'s", "attempts");
        assertThat(tokens("China\u2019s growing involvement")).containsExactly("China", "\u2019s", "growing",
                "involvement");
    }

    @Test
    void possessiveAtTheEndOfTheText() {
        assertThat(tokens("it was Abe\u2019s")).containsExactly("it", "was", "Abe", "\u2019s");
    }

    @Test
    void possessiveTokenIsNormalisedForLookUps() {
        Token s = Tokenizer.tokenize("Abe\u2019s").get(1);

        assertThat(s.lower()).isEqualTo("'s");
        assertThat(s.isWord()).isFalse();
    }

    @Test
    void apostropheInsideAWordIsKept() {
        assertThat(tokens("don't")).containsExactly("don't");
        assertThat(tokens("don\u2019t worry")).containsExactly("don\u2019t", "worry");
        assertThat(tokens("O'Brien")).containsExactly("O'Brien");
        assertThat(Tokenizer.tokenize("DON\u2019T").get(0).lower()).isEqualTo("don't");
    }

    @Test
    void initialismsKeepTheirPeriods() {
        assertThat(tokens("the U.S. and the U.N.")).containsExactly("the", "U.S.", "and", "the", "U.N.");
        assertThat(tokens("e.g. this")).containsExactly("e.g.", "this");
    }

    @Test
    void initialismBeforeAHyphenIsOneWord() {
        assertThat(tokens("the U.S.-Japan alliance")).containsExactly("the", "U.S.-Japan", "alliance");
        assertThat(tokens("Non-U.S. allies")).containsExactly("Non-U.S.", "allies");
    }

    @Test
    void hyphenatedWordsStayWhole() {
        assertThat(tokens("a well-being index")).containsExactly("a", "well-being", "index");
        assertThat(tokens("post-Abe period")).containsExactly("post-Abe", "period");
    }

    @Test
    void sentenceFinalPeriodIsItsOwnToken() {
        assertThat(tokens("It went well.")).containsExactly("It", "went", "well", ".");
        assertThat(tokens("Japan.")).containsExactly("Japan", ".");
    }

    @Test
    void numbersWithSeparators() {
        assertThat(tokens("1,000 troops and 2.5 percent")).containsExactly("1,000", "troops", "and", "2.5", "percent");
        assertThat(tokens("about 12,500,000.")).containsExactly("about", "12,500,000", ".");
        assertThat(tokens("Japan, Russia")).containsExactly("Japan", ",", "Russia");
        assertThat(tokens("in 2020, 3 times")).containsExactly("in", "2020", ",", "3", "times");
    }

    @Test
    void punctuationAndQuotesAreSingleTokens() {
        assertThat(tokens("\u201cyes.\u201d")).containsExactly("\u201c", "yes", ".", "\u201d");
        assertThat(tokens("strategic advantage\u2014not only")).containsExactly("strategic", "advantage", "\u2014",
                "not", "only");
    }

    @Test
    void noBreakSpacesSeparateTokens() {
        assertThat(tokens("Thank\u00A0you.\u00A0\u00A0Q\u202Fnext")).containsExactly("Thank", "you", ".", "Q", "next");
    }

    @Test
    void unicodeLettersAreWordCharacters() {
        assertThat(tokens("vis-\u00E0-vis Stra\u00DFe \u4E2D\u6587")).containsExactly("vis-\u00E0-vis", "Stra\u00DFe",
                "\u4E2D\u6587");
    }

    @Test
    void surrogatePairsAreNeverCutInHalf() {
        String text = "Tokyo \uD83D\uDE00 and \uD835\uDC00bc";

        List<Token> tokens = Tokenizer.tokenize(text);

        assertThat(tokens).allSatisfy(t -> {
            assertThat(Character.isLowSurrogate(text.charAt(t.start()))).as("token %s starts mid-pair", t).isFalse();
            assertThat(Character.isHighSurrogate(text.charAt(t.end() - 1))).as("token %s ends mid-pair", t).isFalse();
        });
        assertThat(tokens).extracting(Token::text).containsExactly("Tokyo", "\uD83D\uDE00", "and", "\uD835\uDC00bc");
        assertThat(tokens.get(3).isWord()).as("a word that starts with a supplementary letter").isTrue();
    }

    @Test
    void combiningMarksStayInTheirWord() {
        assertThat(tokens("Cafe\u0301 society")).containsExactly("Cafe\u0301", "society");
    }

    @Test
    void tokenizesOnlyTheGivenSpan() {
        String text = "Before. Abe\u2019s plan. After.";
        Span span = new Span(8, 19);

        List<Token> tokens = Tokenizer.tokenize(text, span);

        assertThat(tokens).extracting(Token::text).containsExactly("Abe", "\u2019s", "plan", ".");
        assertThat(tokens).allSatisfy(t -> assertThat(span.contains(t.span())).isTrue());
    }

    @Test
    void possessiveCutOffByTheSpanEnd() {
        String text = "Abe\u2019s";

        assertThat(Tokenizer.tokenize(text, new Span(0, 4))).extracting(Token::text).containsExactly("Abe", "\u2019");
    }

    @Test
    void randomTextOffsetsEqualTheSubstrings() {
        long seed = 20210323L;
        Random random = new Random(seed);
        for (int round = 0; round < 300; round++) {
            String text = SentenceSplitterTest.randomText(random, 1 + random.nextInt(40));
            String why = "seed " + seed + ", round " + round + ": " + text;

            List<Token> tokens = Tokenizer.tokenize(text);

            int last = 0;
            int nonSpace = 0;
            for (Token t : tokens) {
                assertThat(t.text()).as(why).isEqualTo(text.substring(t.start(), t.end()));
                assertThat(t.start()).as("tokens ordered and disjoint; %s", why).isGreaterThanOrEqualTo(last);
                assertThat(t.text().chars().noneMatch(c -> TextNormaliser.isSpace((char) c)))
                        .as("token %s has no white space; %s", t, why).isTrue();
                assertThat(Character.isHighSurrogate(text.charAt(t.end() - 1))).as("cut pair; %s", why).isFalse();
                nonSpace += t.text().length();
                last = t.end();
            }
            long expected = text.chars().filter(c -> !TextNormaliser.isSpace((char) c)).count();
            assertThat(nonSpace).as("every non-space character is in a token; %s", why).isEqualTo((int) expected);
        }
    }
}
