package dev.standpoint.core.structure;

import dev.standpoint.core.model.TextNormaliser;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text that is not the expert's words: series notes, disclaimers, copyright lines, author bios,
 * transcript end marks, calls to subscribe or share. Such text is shown but never analysed.
 */
public final class Boilerplate {

    private static final List<Pattern> PATTERNS = List.of(
            p("\\b(?:this|the) (?:q\\s?&\\s?a|interview|article|commentary|essay|piece|analysis|brief|op-ed|report|"
                    + "transcript|conversation|podcast|paper|post|series)\\b[^.]{0,80}\\b(?:was|is|has been|were)\\s+"
                    + "(?:originally |first |also )?(?:published|produced|prepared|made possible|written|conducted|"
                    + "edited|condensed|supported|funded|part of)"),
            p("\\bpublished (?:as part of|in cooperation with|in partnership with|with (?:the )?support)"),
            p("\\b(?:opinions|views|findings|conclusions)\\b[^.]{0,120}\\b(?:are|is) (?:those|solely those|the "
                    + "author'?s?|their own|his own|her own)"),
            p("\\bdo(?:es)? not (?:necessarily )?(?:reflect|represent)\\b[^.]{0,60}\\b(?:views|position|policy|"
                    + "opinions|those)"),
            p("\\b(?:views|opinions) expressed\\b"),
            p("(?:^|\\s)(?:©|\\(c\\)|copyright\\b)"),
            p("\\ball rights reserved\\b"),
            p("\\billustrative example written for\\b"),
            p("\\b(?:experts|institutions|people|organi[sz]ations|characters) (?:in it |here )?are (?:all )?fictional\\b"),
            p("^\\s*(?:end|###|\\*\\*\\*|-30-)\\s*(?:\\d{1,2}:\\d{2}\\s*[ap]\\.?m\\.?(?:\\s+[a-z]{2,4})?)?\\s*$"),
            p("^\\s*(?:subscribe|sign up|share this|follow us|read more|related(?: content| articles)?|click here|"
                    + "download (?:the )?(?:pdf|report)|print this|email this|tags?:|filed under)\\b"),
            p("^\\s*(?:this (?:material|work|publication|project) (?:is|was) (?:based upon|supported|funded))"),
            p("\\bimplemented in cooperation with\\b"),
            p("\\bhas been edited for (?:length|clarity)"),
            p("\\b(?:(?:this|the) call is|we are|we're|we were|is|was)\\s+on background\\b"),
            p("\\battributed to (?:a |the )?[\"\u201C]?senior (?:administration|state department|defense|u\\.s\\.) officials?"),
            p("\\b(?:contents?|call) (?:is|are|was|were) embargoed\\b|\\bembargoed until\\b"),
            p("^\\s*(?:a )?friendly reminder\\b"),
            p("^\\s*(?:\\[|\\()?(?:as prepared for delivery|as delivered|check against delivery)(?:\\]|\\))?\\s*$"));

    private static Pattern p(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private Boilerplate() {
    }

    /** Whether a sentence or short paragraph is boilerplate. No-break spaces count as spaces ("END\u00A0 1:35 P.M."). */
    public static boolean matches(String text) {
        String t = TextNormaliser.collapseWhitespace(text).replace('\u2019', '\'');
        for (Pattern p : PATTERNS) {
            if (p.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }
}
