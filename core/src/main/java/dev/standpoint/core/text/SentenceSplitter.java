package dev.standpoint.core.text;

import dev.standpoint.core.model.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Splits a paragraph into sentences: OpenNLP's English sentence model (UD EWT, from Maven Central) proposes the
 * boundaries, and our corrections remove the ones it gets wrong in this genre:
 * <ul>
 *   <li>after initials and initialisms before a name or noun: "James L. Schoff", "U.S. Secretary of State",
 *       "the U.S. Embassy to Russia", "U.N. Security Council";</li>
 *   <li>after titles and other abbreviations: "Dr. Fauci", "Mr. Sam Kutesa", "St. Petersburg", "Jan. 5";</li>
 *   <li>before a continuation in lower case: a quotation that ends a clause ("…,” I think…" or "…?” she asked").</li>
 * </ul>
 * It also splits where the model missed a boundary inside a paragraph: after a sentence-final mark followed by
 * white space and an upper-case letter, unless an abbreviation explains the mark. A paragraph break is always a
 * boundary because sentences are split per paragraph. Thread-safe: the model is shared, a detector is made per call.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    /** Abbreviations that never end a sentence when a word follows. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cmdr", "adm",
            "sgt", "maj", "amb", "pres", "hon", "rev", "fr", "messrs", "mme", "mlle", "approx", "dept", "univ", "assn",
            "vs", "cf", "ca", "op", "mt", "ft", "sept");
    /** Abbreviations that stand before a number ("No. 10", "Fig. 3") and are words otherwise ("he said no."). */
    private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "vol", "pp", "art", "para", "fig");
    /**
     * Abbreviations that often end a sentence ("Acme Inc.", "Joseph Biden Jr.", "et al."): a boundary when a
     * sentence starter follows, as after an initialism.
     */
    private static final Set<String> SENTENCE_FINAL = Set.of(
            "jr", "sr", "bros", "co", "corp", "inc", "ltd", "cit", "ibid", "al");
    private static final Set<String> MONTHS = Set.of(
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    /** Words that start sentences: after an initialism such as "U.S.", one of these means a real boundary. */
    private static final Set<String> STARTERS = Set.of(
            "the", "this", "that", "these", "those", "it", "its", "we", "i", "he", "she", "they", "you", "our", "my",
            "his", "her", "their", "your", "there", "here", "but", "and", "or", "so", "yet", "if", "when", "while",
            "in", "on", "at", "as", "for", "with", "from", "by", "to", "of", "after", "before", "since", "because",
            "although", "though", "what", "how", "why", "where", "who", "which", "a", "an", "no", "not", "now",
            "then", "still", "also", "indeed", "however", "moreover", "meanwhile", "thank", "thanks", "yes", "well",
            "okay", "ok", "all", "one", "both", "each", "every", "many", "most", "some", "any", "let", "do", "does",
            "did", "is", "are", "was", "were", "can", "could", "will", "would", "should", "may", "might", "must");
    private static final Pattern INITIALISM = Pattern.compile("(?:^|[^\\p{L}.])((?:\\p{L}\\.){2,})$");
    private static final Pattern INITIAL = Pattern.compile("(?:^|[^\\p{L}.])(\\p{Lu}\\.)$");
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[^\\p{L}])(\\p{L}{1,6})\\.$");
    private static final Pattern MISSED = Pattern.compile("[.!?][\"'\u201D\u2019)\\]]*(\\s+)[\"'\u201C\u2018(\\[]*\\p{Lu}",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final SentenceModel model;

    public SentenceSplitter() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP sentence model " + MODEL + " is not on the class path");
            }
            this.model = new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP sentence model " + MODEL, e);
        }
    }

    /** The sentences of the paragraph {@code text.substring(paragraph)}, as trimmed spans into {@code text}. */
    public List<Span> split(String text, Span paragraph) {
        String para = paragraph.of(text);
        SentenceDetectorME detector = new SentenceDetectorME(model);
        List<Integer> cuts = new ArrayList<>();
        for (opennlp.tools.util.Span s : detector.sentPosDetect(para)) {
            if (s.getStart() > 0) {
                cuts.add(s.getStart());
            }
        }
        cuts = addMissed(para, cuts);
        List<Span> pieces = pieces(para, cuts);
        List<Span> merged = merge(para, pieces);
        List<Span> out = new ArrayList<>(merged.size());
        for (Span s : merged) {
            Span t = trim(para, s);
            if (!t.isEmpty()) {
                out.add(t.shift(paragraph.start()));
            }
        }
        return out;
    }

    private static List<Integer> addMissed(String para, List<Integer> cuts) {
        List<Integer> all = new ArrayList<>(cuts);
        Matcher m = MISSED.matcher(para);
        while (m.find()) {
            int cut = m.end(1);
            if (!all.contains(cut)) {
                all.add(cut);
            }
        }
        all.sort(null);
        return all;
    }

    private static List<Span> pieces(String para, List<Integer> cuts) {
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        for (int cut : cuts) {
            if (cut > start && cut < para.length()) {
                pieces.add(new Span(start, cut));
                start = cut;
            }
        }
        pieces.add(new Span(start, para.length()));
        return pieces;
    }

    private static List<Span> merge(String para, List<Span> pieces) {
        List<Span> out = new ArrayList<>();
        Span current = null;
        for (Span piece : pieces) {
            if (current != null && joins(current.of(para).stripTrailing(), piece.of(para).stripLeading())) {
                current = new Span(current.start(), piece.end());
            } else {
                if (current != null) {
                    out.add(current);
                }
                current = piece;
            }
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /** Whether the boundary between {@code left} and {@code right} is false. */
    static boolean joins(String left, String right) {
        if (left.isEmpty() || right.isEmpty()) {
            return true;
        }
        char first = right.charAt(0);
        if (Character.isLowerCase(first) || first == ',' || first == ';' || first == ':' || first == ')'
                || first == '\u2014' || first == '\u2013') {
            return true;
        }
        if (!left.endsWith(".")) {
            return false;
        }
        String next = firstWord(right);
        if (INITIAL.matcher(left).find()) {
            return !left.endsWith(" I.") && Character.isUpperCase(first);
        }
        Matcher init = INITIALISM.matcher(left);
        if (init.find()) {
            return Character.isDigit(first) || !STARTERS.contains(next);
        }
        Matcher abbr = ABBREVIATION.matcher(left);
        if (abbr.find()) {
            String a = abbr.group(1).toLowerCase(Locale.ROOT);
            if (TITLES.contains(a)) {
                return true;
            }
            if (SENTENCE_FINAL.contains(a)) {
                return Character.isDigit(first) || !STARTERS.contains(next);
            }
            return (MONTHS.contains(a) || BEFORE_NUMBERS.contains(a)) && Character.isDigit(first);
        }
        return false;
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < s.length() && Character.isLetter(s.charAt(j))) {
            j++;
        }
        return s.substring(i, j).toLowerCase(Locale.ROOT);
    }

    private static Span trim(String para, Span s) {
        int a = s.start();
        int b = s.end();
        while (a < b && isSpace(para.charAt(a))) {
            a++;
        }
        while (b > a && isSpace(para.charAt(b - 1))) {
            b--;
        }
        return new Span(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
