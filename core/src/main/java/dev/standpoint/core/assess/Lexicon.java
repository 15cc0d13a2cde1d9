package dev.standpoint.core.assess;

import dev.standpoint.core.text.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The word lists the rule-based extractor matches: evaluative terms with polarity and strength, and cue phrases
 * (intensifiers, negators, certainty, likelihood, forecast, deontic, prospect, cognition, discourse, politeness,
 * attitude adjectives, heads of holder noun phrases).
 * Loaded once from {@code /standpoint/lexicon/}; immutable and thread-safe.
 */
public final class Lexicon {

    /** The categories of entries. */
    public enum Kind {
        EVALUATIVE, INTENSIFIER, NEGATOR, CERTAINTY, LIKELIHOOD, FORECAST, DEONTIC, PROSPECT, COGNITION, DISCOURSE,
        POLITENESS, ATTITUDE, GROUP, THREAT
    }

    /**
     * One entry.
     *
     * @param words    the lower-case words of the term; the last may end in {@code *} for a prefix match
     * @param kind     its category
     * @param value    its value: the polarity sign for evaluative terms, the certainty or band for cues, ...
     * @param strength for evaluative terms 1–3, for intensifiers +1/−1, else 0
     * @param topical  for evaluative terms of class {@code topic}: words that mostly name what a sentence is about
     *                 ("war", "conflict"); they colour an assessment but do not make one
     */
    public record Entry(List<String> words, Kind kind, String value, int strength, boolean topical) {
    }

    /** An entry found at tokens {@code [from, to)}. */
    public record Match(int from, int to, Entry entry) {
        public Kind kind() {
            return entry.kind();
        }

        public String value() {
            return entry.value();
        }
    }

    private static final String DIR = "/standpoint/lexicon/";
    private static final Lexicon SHIPPED = load();

    private final Map<Kind, Map<String, List<Entry>>> byFirstWord;
    private final Map<Kind, Map<String, List<Entry>>> prefixes;
    private final int size;

    private Lexicon(List<Entry> entries) {
        byFirstWord = new EnumMap<>(Kind.class);
        prefixes = new EnumMap<>(Kind.class);
        for (Entry e : entries) {
            String first = e.words().get(0);
            if (e.words().size() == 1 && first.endsWith("*")) {
                String stem = first.substring(0, first.length() - 1);
                prefixes.computeIfAbsent(e.kind(), k -> new HashMap<>())
                        .computeIfAbsent(stem.substring(0, Math.min(3, stem.length())), k -> new ArrayList<>()).add(e);
            } else {
                byFirstWord.computeIfAbsent(e.kind(), k -> new HashMap<>())
                        .computeIfAbsent(first, k -> new ArrayList<>()).add(e);
            }
        }
        Comparator<Entry> longestFirst = Comparator.comparingInt(e -> -e.words().size());
        byFirstWord.values().forEach(m -> m.values().forEach(l -> l.sort(longestFirst)));
        size = entries.size();
    }

    public static Lexicon shipped() {
        return SHIPPED;
    }

    public int size() {
        return size;
    }

    /**
     * The entries of {@code kind} in {@code tokens}, not overlapping each other: where candidates overlap, the one
     * with more words wins, then the one further left ("a waste of time" is read as "waste of time", not "a waste").
     */
    public List<Match> find(List<Token> tokens, Kind kind) {
        List<Match> all = new ArrayList<>();
        Map<String, List<Entry>> index = byFirstWord.getOrDefault(kind, Map.of());
        Map<String, List<Entry>> stems = prefixes.getOrDefault(kind, Map.of());
        for (int i = 0; i < tokens.size(); i++) {
            Match m = longestAt(tokens, i, index.getOrDefault(tokens.get(i).lower(), List.of()));
            if (m == null) {
                m = prefixAt(tokens, i, stems);
            }
            if (m != null) {
                all.add(m);
            }
        }
        if (all.size() < 2) {
            return all;
        }
        all.sort(Comparator.comparingInt((Match m) -> -(m.to() - m.from())).thenComparingInt(Match::from));
        boolean[] taken = new boolean[tokens.size()];
        List<Match> out = new ArrayList<>();
        for (Match m : all) {
            boolean free = true;
            for (int k = m.from(); k < m.to() && free; k++) {
                free = !taken[k];
            }
            if (free) {
                for (int k = m.from(); k < m.to(); k++) {
                    taken[k] = true;
                }
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(Match::from));
        return out;
    }

    private static Match longestAt(List<Token> tokens, int i, List<Entry> candidates) {
        for (Entry e : candidates) {
            int n = e.words().size();
            if (i + n > tokens.size()) {
                continue;
            }
            boolean all = true;
            for (int k = 1; k < n && all; k++) {
                all = wordMatches(e.words().get(k), tokens.get(i + k).lower());
            }
            if (all) {
                return new Match(i, i + n, e);
            }
        }
        return null;
    }

    private static Match prefixAt(List<Token> tokens, int i, Map<String, List<Entry>> stems) {
        String w = tokens.get(i).lower();
        if (w.length() < 3) {
            return null;
        }
        for (Entry e : stems.getOrDefault(w.substring(0, 3), List.of())) {
            if (wordMatches(e.words().get(0), w)) {
                return new Match(i, i + 1, e);
            }
        }
        return null;
    }

    private static boolean wordMatches(String pattern, String word) {
        return pattern.endsWith("*") ? word.startsWith(pattern.substring(0, pattern.length() - 1))
                : pattern.equals(word);
    }

    private static Lexicon load() {
        List<Entry> entries = new ArrayList<>();
        readEvaluative(read("evaluative.tsv"), entries);
        readCues(read("cues.tsv"), entries);
        return new Lexicon(entries);
    }

    private static void readEvaluative(String content, List<Entry> into) {
        int n = 0;
        for (String line : content.split("\r?\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t");
            if (c.length < 3 || !c[1].matches("[+-]") || !c[2].matches("[123]")) {
                throw new IllegalStateException(DIR + "evaluative.tsv:" + n + ": expected term, +/-, 1-3, class; got '"
                        + line + "'");
            }
            boolean topical = c.length > 3 && c[3].strip().equals("topic");
            into.add(new Entry(words(c[0]), Kind.EVALUATIVE, c[1], Integer.parseInt(c[2]), topical));
        }
    }

    private static void readCues(String content, List<Entry> into) {
        int n = 0;
        for (String line : content.split("\r?\n")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length < 2) {
                throw new IllegalStateException(DIR + "cues.tsv:" + n + ": expected kind, term, value; got '" + line + "'");
            }
            Kind kind = Kind.valueOf(c[0].strip().toUpperCase(java.util.Locale.ROOT));
            String value = c.length > 2 ? c[2].strip() : "";
            int strength = kind == Kind.INTENSIFIER ? Integer.parseInt(value.replace("+", "")) : 0;
            into.add(new Entry(words(c[1]), kind, value, strength, false));
        }
    }

    /** The term's words as the tokenizer splits text, so that "everyone's" matches "everyone" + "'s". */
    private static List<String> words(String term) {
        String t = term.strip();
        if (t.endsWith("*")) {
            return List.of(Token.normalise(t));
        }
        List<String> out = new ArrayList<>();
        for (Token token : dev.standpoint.core.text.Tokenizer.tokenize(t)) {
            out.add(token.lower());
        }
        return List.copyOf(out);
    }

    private static String read(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon file " + DIR + file + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
