package dev.standpoint.index.eval.external;

import com.fasterxml.jackson.databind.JsonNode;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.core.model.Span;
import dev.standpoint.index.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * MPQA 3.0 (Deng and Wiebe 2015) as the JSON export of the MPQA 3.0 API: 70 news documents whose sentences carry
 * direct-subjective expressions (DSE, with attitudes), expressive-subjective elements (ESE) and objective speech
 * events. Both zip files are read in place; offsets index the raw text decoded as ISO-8859-1.
 *
 * <p>What we compare, per gold sentence (the analyser reads each gold sentence as a paragraph of its document):
 * <ul>
 *   <li><b>subjectivity</b> — gold: the sentence holds a DSE or ESE of medium or higher intensity that is not
 *       insubstantial (the usual MPQA sentence rule, Wiebe and Riloff 2005); ours: the sentence is an assessment;</li>
 *   <li><b>polarity</b> — gold: the polar expressions (ESEs with a polarity, and DSE attitudes of type sentiment)
 *       are all positive, all negative, or both (mixed); ours: the assessment's polarity; over sentences where both
 *       sides have one;</li>
 *   <li><b>intensity</b> — gold: the strongest polar expression, mapped low / medium / high (half steps round down,
 *       extreme is high); ours: the assessment's intensity; same sentences;</li>
 *   <li><b>holder</b> — gold: the writer when every subjective expression's nested source is the writer alone,
 *       other when none is, both otherwise (left out); ours: the author or speaker versus a reported holder; over
 *       sentences both sides call subjective;</li>
 *   <li><b>speculation</b> — gold: a DSE attitude of type speculation; ours: the uncertain mapping of the hedge
 *       benchmarks.</li>
 * </ul>
 */
public final class Mpqa {

    /** A DSE attitude: its type (sentiment, arguing, speculation…), polarity, intensity. */
    public record Attitude(String type, String polarity, String intensity) {
    }

    /**
     * One annotation of a sentence.
     *
     * @param kind          {@code dse}, {@code ese} or {@code ose}
     * @param source        the nested source, {@code ["w"]} for the writer
     * @param intensity     the expression's intensity as annotated (DSE: of the private state), or {@code null}
     * @param polarity      an ESE's polarity, else {@code null}
     * @param insubstantial whether the annotators marked it insubstantial (hypothetical, not real)
     */
    public record Expression(String kind, Span span, List<String> source, String intensity, String polarity,
                             boolean insubstantial, List<Attitude> attitudes) {
        public Expression {
            source = List.copyOf(source);
            attitudes = List.copyOf(attitudes);
        }

        boolean subjective() {
            return !kind.equals("ose") && !insubstantial && rank(intensity) >= rank("medium");
        }

        boolean byWriter() {
            return source.size() == 1 && source.get(0).equals("w");
        }
    }

    /** A gold sentence: its span in the document text and its annotations. */
    public record GoldSentence(Span span, List<Expression> expressions) {
        public GoldSentence {
            expressions = List.copyOf(expressions);
        }
    }

    /** One annotated document: name ({@code folder/id}), date when the folder is one, text and sentences in order. */
    public record Doc(String name, LocalDate published, String text, List<GoldSentence> sentences) {
        public Doc {
            sentences = List.copyOf(sentences);
        }
    }

    /** The gold labels we derive for a sentence; polarity and intensity are {@code null} when it has no polar expression. */
    public record Gold(boolean subjective, String polarity, String intensity, String holder, boolean speculation) {
    }

    /** A gold sentence beside our reading of it. */
    public record Outcome(String doc, String text, Gold gold, Reading reading) {
    }

    /**
     * @param documents       documents read
     * @param sentences       gold sentences
     * @param subjectivity    gold subjective vs our assessment, over every sentence
     * @param subjectivityMajority  every sentence given the majority gold label
     * @param goldPolar       sentences with a gold polarity
     * @param polarity        over sentences where gold has a polarity and ours is positive, negative or mixed
     * @param polarityMajority the majority gold polarity of those sentences
     * @param intensity       over the same sentences
     * @param intensityMajority the majority gold intensity of those sentences
     * @param holderBoth      sentences (both sides subjective) whose gold holder is both writer and other: left out
     * @param holder          writer vs other, over sentences both sides call subjective, gold not both
     * @param holderMajority  the majority gold holder of those sentences
     * @param speculation     gold speculation attitude vs our uncertain mapping, over every sentence
     */
    public record Result(int documents, int sentences, Scores.Binary subjectivity, Scores.Binary subjectivityMajority,
                         int goldPolar, Scores.Labels polarity, Scores.Labels polarityMajority,
                         Scores.Labels intensity, Scores.Labels intensityMajority, int holderBoth,
                         Scores.Labels holder, Scores.Labels holderMajority, Scores.Binary speculation,
                         List<Outcome> outcomes) {
    }

    static final List<String> POLARITIES = List.of("positive", "negative", "mixed");
    static final List<String> INTENSITIES = List.of("low", "medium", "high");
    static final List<String> HOLDERS = List.of("writer", "other");
    private static final List<String> SCALE = List.of("low", "low-medium", "medium", "medium-high", "high",
            "high-extreme", "extreme");

    private Mpqa() {
    }

    /**
     * Reads the annotated documents, sorted by name.
     *
     * @param annotations the JSON zip ({@code json/<folder>/<id>} entries)
     * @param raw         the raw-text zip ({@code raw/<folder>/<id>} entries)
     * @param limit       read at most this many documents (the first by name); 0 or less for all
     */
    public static List<Doc> read(Path annotations, Path raw, int limit) {
        try (ZipFile json = new ZipFile(annotations.toFile()); ZipFile texts = new ZipFile(raw.toFile())) {
            List<ZipEntry> entries = json.stream().map(e -> (ZipEntry) e).filter(e -> !e.isDirectory() && e.getName().startsWith("json/"))
                    .sorted(Comparator.comparing(ZipEntry::getName)).toList();
            if (limit > 0 && entries.size() > limit) {
                entries = entries.subList(0, limit);
            }
            List<Doc> out = new ArrayList<>();
            for (ZipEntry e : entries) {
                String name = e.getName().substring("json/".length());
                ZipEntry t = texts.getEntry("raw/" + name);
                if (t == null) {
                    throw new IllegalArgumentException(raw + " has no raw/" + name + " for the annotations of " + name);
                }
                String text = new String(texts.getInputStream(t).readAllBytes(), StandardCharsets.ISO_8859_1);
                JsonNode root = Json.mapper().readTree(json.getInputStream(e));
                out.add(doc(name, text, root));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read MPQA from " + annotations + " and " + raw + ": "
                    + e.getMessage(), e);
        }
    }

    static Doc doc(String name, String text, JsonNode root) {
        List<GoldSentence> sentences = new ArrayList<>();
        for (JsonNode s : root.path("sentences")) {
            JsonNode span = s.path("span").path(0);
            List<Expression> expressions = new ArrayList<>();
            for (JsonNode a : s.path("annotations")) {
                expressions.add(expression(a));
            }
            sentences.add(new GoldSentence(span(span, text.length(), name), expressions));
        }
        sentences.sort(Comparator.comparing(GoldSentence::span));
        return new Doc(name, date(name), text, sentences);
    }

    private static Expression expression(JsonNode a) {
        String kind = switch (a.path("classType").asText()) {
            case "YDirectSubj" -> "dse";
            case "YExpressiveSubj" -> "ese";
            default -> "ose";
        };
        List<String> source = new ArrayList<>();
        a.path("nestedSource").forEach(n -> source.add(n.asText()));
        List<Attitude> attitudes = new ArrayList<>();
        for (JsonNode t : a.path("attitudes")) {
            attitudes.add(new Attitude(text(t, "attitudeType"), text(t, "polarity"), text(t, "intensity")));
        }
        Span span = new Span(a.path("span").path("startPos").asInt(), a.path("span").path("endPos").asInt());
        return new Expression(kind, span, source, text(a, "intensity"), text(a, "polarity"),
                text(a, "insubstantiality") != null, attitudes);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText().strip().toLowerCase(Locale.ROOT);
    }

    private static Span span(JsonNode s, int length, String doc) {
        int start = s.path("startPos").asInt(-1);
        int end = s.path("endPos").asInt(-1);
        if (start < 0 || end < start || end > length) {
            throw new IllegalArgumentException("MPQA " + doc + ": sentence span " + start + "–" + end
                    + " does not fit a text of " + length + " characters");
        }
        return new Span(start, end);
    }

    private static LocalDate date(String name) {
        String folder = name.substring(0, Math.max(0, name.indexOf('/')));
        if (!folder.matches("\\d{8}")) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(folder.substring(0, 4)), Integer.parseInt(folder.substring(4, 6)),
                    Integer.parseInt(folder.substring(6, 8)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The gold labels of one sentence, as the class comment defines them. */
    public static Gold gold(GoldSentence s) {
        boolean subjective = false;
        boolean writer = false;
        boolean other = false;
        boolean positive = false;
        boolean negative = false;
        boolean speculation = false;
        String strongest = null;
        for (Expression e : s.expressions()) {
            if (e.subjective()) {
                subjective = true;
                writer |= e.byWriter();
                other |= !e.byWriter();
            }
            List<String> polar = new ArrayList<>();
            List<String> strengths = new ArrayList<>();
            if (e.kind().equals("ese") && !e.insubstantial()) {
                polar.add(polarity(e.polarity()));
                strengths.add(e.intensity());
            }
            if (e.kind().equals("dse") && !e.insubstantial()) {
                for (Attitude a : e.attitudes()) {
                    speculation |= "speculation".equals(a.type());
                    if ("sentiment".equals(a.type())) {
                        polar.add(polarity(a.polarity()));
                        strengths.add(a.intensity());
                    }
                }
            }
            for (int k = 0; k < polar.size(); k++) {
                String p = polar.get(k);
                if (p == null) {
                    continue;
                }
                positive |= p.equals("positive") || p.equals("both");
                negative |= p.equals("negative") || p.equals("both");
                strongest = rank(strengths.get(k)) > rank(strongest) ? strengths.get(k) : strongest;
            }
        }
        String polarity = positive && negative ? "mixed" : positive ? "positive" : negative ? "negative" : null;
        String holder = !subjective ? null : writer && other ? "both" : writer ? "writer" : "other";
        return new Gold(subjective, polarity, polarity == null ? null : threeLevels(strongest), holder, speculation);
    }

    /** positive, negative or both; "uncertain-" prefixes dropped, the one misspelling fixed; else {@code null}. */
    static String polarity(String p) {
        if (p == null) {
            return null;
        }
        String v = p.replace("uncertain-", "").replace("negaitve", "negative");
        return v.equals("positive") || v.equals("negative") || v.equals("both") ? v : null;
    }

    static int rank(String intensity) {
        return intensity == null ? -1 : SCALE.indexOf(intensity);
    }

    /** MPQA's scale on ours: half steps round down, extreme is high. */
    static String threeLevels(String intensity) {
        int r = rank(intensity);
        return r < 0 ? "low" : r <= 1 ? "low" : r <= 3 ? "medium" : "high";
    }

    public static Result evaluate(List<Doc> docs, SegmentedAnalysis analysis) {
        List<List<Outcome>> perDoc = docs.parallelStream().map(d -> outcomes(d, analysis)).toList();
        List<Outcome> all = perDoc.stream().flatMap(List::stream).toList();
        List<Boolean> goldSubjective = all.stream().map(o -> o.gold().subjective()).toList();
        List<Outcome> polar = all.stream().filter(o -> o.gold().polarity() != null
                && o.reading().assessment() && o.reading().polarity() != Polarity.NEUTRAL).toList();
        List<String> goldPolarity = polar.stream().map(o -> o.gold().polarity()).toList();
        List<String> goldIntensity = polar.stream().map(o -> o.gold().intensity()).toList();
        List<Outcome> holders = all.stream().filter(o -> o.gold().subjective() && o.reading().assessment()).toList();
        List<Outcome> single = holders.stream().filter(o -> !o.gold().holder().equals("both")).toList();
        List<String> goldHolder = single.stream().map(o -> o.gold().holder()).toList();
        return new Result(docs.size(), all.size(),
                Scores.Binary.of(goldSubjective, all.stream().map(o -> o.reading().assessment()).toList()),
                Scores.Binary.constant(goldSubjective, majority(goldSubjective)),
                (int) all.stream().filter(o -> o.gold().polarity() != null).count(),
                Scores.Labels.of(goldPolarity, polar.stream().map(o -> o.reading().polarity().label()).toList(), POLARITIES),
                constant(goldPolarity, POLARITIES),
                Scores.Labels.of(goldIntensity, polar.stream().map(o -> o.reading().intensity().label()).toList(),
                        INTENSITIES),
                constant(goldIntensity, INTENSITIES),
                holders.size() - single.size(),
                Scores.Labels.of(goldHolder, single.stream().map(o -> holder(o.reading())).toList(), HOLDERS),
                constant(goldHolder, HOLDERS),
                Scores.Binary.of(all.stream().map(o -> o.gold().speculation()).toList(),
                        all.stream().map(o -> o.reading().uncertain()).toList()),
                all);
    }

    private static boolean majority(List<Boolean> gold) {
        return gold.isEmpty() || Scores.majority(gold);
    }

    private static Scores.Labels constant(List<String> gold, List<String> labels) {
        return Scores.Labels.constant(gold, gold.isEmpty() ? labels.get(0) : Scores.majority(gold), labels);
    }

    /** Ours: a reported holder is "other"; the author's or a speaker's own voice is the writer's. */
    static String holder(Reading r) {
        return r.holders().contains(HolderKind.REPORTED) ? "other" : "writer";
    }

    private static List<Outcome> outcomes(Doc d, SegmentedAnalysis analysis) {
        List<Reading> readings = analysis.document(d.name(), d.text(),
                d.sentences().stream().map(GoldSentence::span).toList(), d.published());
        List<Outcome> out = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            GoldSentence s = d.sentences().get(i);
            out.add(new Outcome(d.name(), s.span().of(d.text()).strip(), gold(s), readings.get(i)));
        }
        return out;
    }
}
