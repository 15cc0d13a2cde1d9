package dev.standpoint.index.eval.external;

import dev.standpoint.core.kb.EntityLinker;
import dev.standpoint.core.kb.KnowledgeBase;
import dev.standpoint.core.kb.LinkContext;
import dev.standpoint.core.model.Entity;
import dev.standpoint.core.model.EntityType;
import dev.standpoint.core.model.Mention;
import dev.standpoint.core.model.MentionKind;
import dev.standpoint.core.model.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CoNLL-2003 English NER ({@code eng.train}, {@code eng.testa}, {@code eng.testb}): one token per line, {@code WORD
 * POS CHUNK NER}, IOB1 tags, a blank line between sentences, {@code -DOCSTART-} lines between documents.
 *
 * <p>The entity linker reads each sentence (tokens joined by one space, sentences of a document one per line, so
 * that a person named in full earlier in the document makes a later surname safe). A mention's entity type maps to
 * CoNLL's: STATE and PLACE → LOC, PERSON → PER, ORG → ORG; GROUP entities and demonyms ("Russian", tagged MISC in
 * CoNLL) are not predicted. Scoring is strict: start, end and type must all match (conlleval semantics).
 */
public final class Conll2003 {

    static final List<String> TYPES = List.of("LOC", "PER", "ORG");

    /** A sentence: its tokens, and the gold entities as character spans of {@code text()} (all four types). */
    public record Sentence(List<String> tokens, List<Scores.TypedSpan> entities) {
        public Sentence {
            tokens = List.copyOf(tokens);
            entities = List.copyOf(entities);
        }

        public String text() {
            return String.join(" ", tokens);
        }
    }

    /** A document: its sentences in order. */
    public record Doc(List<Sentence> sentences) {
        public Doc {
            sentences = List.copyOf(sentences);
        }
    }

    /**
     * One gold entity of the knowledge-base subset and what became of it.
     *
     * @param kbType  the type the linker gives the entity's text on its own
     * @param outcome {@code found}, {@code wrong type}, {@code other span} (an overlapping mention with other
     *                boundaries) or {@code missed}
     */
    public record KbCase(String text, String goldType, String kbType, String outcome, String sentence) {
    }

    /**
     * @param documents   documents scored
     * @param sentences   sentences scored
     * @param gold        gold entities of the scored types
     * @param spans       strict span F1, per type and micro-averaged over LOC, PER, ORG
     * @param inKb        gold entities whose text alone the linker links, whole, to an entity of a scored type
     * @param kbRecall    recall (strict) over those
     * @param kbOutcomes  how many of them were found, got the wrong type, another span, or were missed
     * @param kbCases     every one of them, for error listings
     * @param falsePositives predicted entities with no strict gold match, for error listings
     */
    public record Result(int documents, int sentences, int gold, Scores.Spans spans, int inKb, double kbRecall,
                         Map<String, Integer> kbOutcomes, List<KbCase> kbCases, List<KbCase> falsePositives) {
    }

    private Conll2003() {
    }

    /** The file of a split: {@code train}, {@code testa} (development) or {@code testb} (test). */
    public static Path file(Path folder, String split) {
        if (!List.of("train", "testa", "testb").contains(split)) {
            throw new IllegalArgumentException("CoNLL-2003 splits are train, testa and testb; got '" + split + "'");
        }
        return folder.resolve("eng." + split);
    }

    public static List<Doc> read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static List<Doc> parse(List<String> lines, String name) {
        List<Doc> docs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.startsWith("-DOCSTART-")) {
                flush(rows, sentences);
                if (!sentences.isEmpty()) {
                    docs.add(new Doc(sentences));
                }
                sentences = new ArrayList<>();
            } else if (line.isBlank()) {
                flush(rows, sentences);
            } else {
                String[] c = line.strip().split(" ");
                if (c.length < 2) {
                    throw new IllegalArgumentException(name + ":" + n + ": expected WORD POS CHUNK NER; got '" + line + "'");
                }
                rows.add(new String[] {c[0], c[c.length - 1]});
            }
        }
        flush(rows, sentences);
        if (!sentences.isEmpty()) {
            docs.add(new Doc(sentences));
        }
        return docs;
    }

    private static void flush(List<String[]> rows, List<Sentence> into) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> tokens = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        rows.forEach(r -> {
            tokens.add(r[0]);
            tags.add(r[1]);
        });
        into.add(new Sentence(tokens, spans(tokens, tags)));
        rows.clear();
    }

    /**
     * IOB1 (or IOB2) tags to character spans of the space-joined tokens: an entity starts at {@code B-X}, or at
     * {@code I-X} after {@code O} or another type.
     */
    static List<Scores.TypedSpan> spans(List<String> tokens, List<String> tags) {
        List<Scores.TypedSpan> out = new ArrayList<>();
        int offset = 0;
        int start = -1;
        int end = -1;
        String type = null;
        for (int i = 0; i < tokens.size(); i++) {
            String tag = tags.get(i);
            String t = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(2) : null;
            boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
            if (type != null && (t == null || begins)) {
                out.add(new Scores.TypedSpan(start, end, type));
                type = null;
            }
            if (begins) {
                type = t;
                start = offset;
            }
            end = offset + tokens.get(i).length();
            offset = end + 1;
        }
        if (type != null) {
            out.add(new Scores.TypedSpan(start, end, type));
        }
        return out;
    }

    /**
     * @param limit score at most this many sentences (the first, in file order); 0 or less for all. Documents are
     *              read in order, so a limit gives the same figures for those sentences as a full run.
     * @param year  the year the linker assumes (picks the office holder of the day for a lone surname)
     */
    public static Result evaluate(List<Doc> docs, EntityLinker linker, int year, int limit) {
        KnowledgeBase kb = linker.knowledgeBase();
        List<List<Scores.TypedSpan>> gold = new ArrayList<>();
        List<List<Scores.TypedSpan>> predicted = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int documents = 0;
        for (Doc d : docs) {
            if (limit > 0 && gold.size() >= limit) {
                break;
            }
            documents++;
            String text = String.join("\n", d.sentences().stream().map(Sentence::text).toList());
            LinkContext context = new LinkContext(year);
            int offset = 0;
            for (Sentence s : d.sentences()) {
                if (limit > 0 && gold.size() >= limit) {
                    break;
                }
                String st = s.text();
                List<Scores.TypedSpan> p = new ArrayList<>();
                for (Mention m : linker.link(text, new Span(offset, offset + st.length()), context).mentions()) {
                    String type = type(m, kb);
                    if (type != null) {
                        p.add(new Scores.TypedSpan(m.span().start() - offset, m.span().end() - offset, type));
                    }
                }
                gold.add(s.entities());
                predicted.add(p);
                texts.add(st);
                offset += st.length() + 1;
            }
        }
        return result(documents, gold, predicted, texts, linker, year);
    }

    private static Result result(int documents, List<List<Scores.TypedSpan>> gold,
                                 List<List<Scores.TypedSpan>> predicted, List<String> texts, EntityLinker linker,
                                 int year) {
        Scores.Spans spans = Scores.Spans.of(gold, predicted, TYPES);
        List<KbCase> cases = new ArrayList<>();
        List<KbCase> falsePositives = new ArrayList<>();
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        List.of("found", "wrong type", "other span", "missed").forEach(k -> outcomes.put(k, 0));
        int goldCount = 0;
        for (int i = 0; i < gold.size(); i++) {
            String text = texts.get(i);
            for (Scores.TypedSpan g : gold.get(i)) {
                if (!TYPES.contains(g.type())) {
                    continue;
                }
                goldCount++;
                String surface = text.substring(g.start(), g.end());
                String kbType = typeAlone(surface, linker, year);
                if (kbType == null) {
                    continue;
                }
                String outcome = outcome(g, predicted.get(i));
                outcomes.merge(outcome, 1, Integer::sum);
                cases.add(new KbCase(surface, g.type(), kbType, outcome, text));
            }
            for (Scores.TypedSpan p : predicted.get(i)) {
                if (!gold.get(i).contains(p)) {
                    String goldType = gold.get(i).stream().filter(g -> g.start() == p.start() && g.end() == p.end())
                            .map(Scores.TypedSpan::type).findFirst().orElse("O");
                    falsePositives.add(new KbCase(text.substring(p.start(), p.end()), goldType, p.type(), "false positive", text));
                }
            }
        }
        int inKb = cases.size();
        return new Result(documents, gold.size(), goldCount, spans, inKb,
                inKb == 0 ? 0 : outcomes.get("found") / (double) inKb, outcomes, cases, falsePositives);
    }

    private static String outcome(Scores.TypedSpan g, List<Scores.TypedSpan> predicted) {
        String outcome = "missed";
        for (Scores.TypedSpan p : predicted) {
            if (p.equals(g)) {
                return "found";
            }
            if (p.start() == g.start() && p.end() == g.end()) {
                outcome = "wrong type";
            } else if (p.start() < g.end() && g.start() < p.end() && outcome.equals("missed")) {
                outcome = "other span";
            }
        }
        return outcome;
    }

    /**
     * Membership in the knowledge base, decided by the text alone: the linker, reading just the entity's text,
     * links all of it as one mention of a type we score. Returns that type, or {@code null}.
     */
    static String typeAlone(String surface, EntityLinker linker, int year) {
        List<Mention> ms = linker.link(surface, new Span(0, surface.length()), new LinkContext(year)).mentions();
        if (ms.size() != 1 || ms.get(0).span().start() != 0 || ms.get(0).span().end() != surface.length()) {
            return null;
        }
        return type(ms.get(0), linker.knowledgeBase());
    }

    /** Our entity type in CoNLL's terms, or {@code null} when we do not predict it (a group, a demonym). */
    static String type(Mention m, KnowledgeBase kb) {
        if (m.kind() == MentionKind.DEMONYM) {
            return null;
        }
        Entity e = kb.get(m.entityId()).orElse(null);
        if (e == null) {
            return null;
        }
        return type(e.type());
    }

    static String type(EntityType t) {
        return switch (t) {
            case STATE, PLACE -> "LOC";
            case PERSON -> "PER";
            case ORG -> "ORG";
            case GROUP -> null;
        };
    }
}
