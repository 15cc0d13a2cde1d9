package dev.standpoint.index.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A retrieval test collection in BEIR's layout: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}),
 * {@code queries.jsonl} ({@code _id}, {@code text}) and {@code qrels/SPLIT.tsv} (a header, then query id, corpus
 * id, grade, tab-separated).
 *
 * @param corpus  the documents in file order
 * @param queries query id → text
 * @param qrels   split → query id → document id → grade (only the queries that have judgements)
 */
public record BeirDataset(List<Doc> corpus, Map<String, String> queries, Map<String, Map<String, Map<String, Integer>>> qrels) {

    /** A document; what is indexed is {@link #full()}, title and text as one field (Anserini's "flat" index). */
    public record Doc(String id, String title, String text) {
        public String full() {
            return title.isBlank() ? text : title + " " + text;
        }
    }

    public BeirDataset {
        corpus = List.copyOf(corpus);
        queries = Collections.unmodifiableMap(new LinkedHashMap<>(queries));
        qrels = Collections.unmodifiableMap(new LinkedHashMap<>(qrels));
    }

    /** Reads the collection in {@code dir} with every split found under {@code qrels/}. */
    public static BeirDataset read(Path dir) {
        ObjectMapper json = new ObjectMapper();
        List<Doc> corpus = new ArrayList<>();
        Map<String, String> queries = new LinkedHashMap<>();
        try {
            forEachLine(dir.resolve("corpus.jsonl"), line -> {
                JsonNode n = json.readTree(line);
                corpus.add(new Doc(n.path("_id").asText(), n.path("title").asText(""), n.path("text").asText("")));
            });
            forEachLine(dir.resolve("queries.jsonl"), line -> {
                JsonNode n = json.readTree(line);
                queries.put(n.path("_id").asText(), n.path("text").asText());
            });
            Map<String, Map<String, Map<String, Integer>>> qrels = new LinkedHashMap<>();
            try (var files = Files.list(dir.resolve("qrels"))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (name.endsWith(".tsv")) {
                        qrels.put(name.substring(0, name.length() - 4), readQrels(f));
                    }
                }
            }
            return new BeirDataset(corpus, queries, qrels);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the BEIR collection in " + dir + ": " + e.getMessage(), e);
        }
    }

    private interface LineConsumer {
        void accept(String line) throws IOException;
    }

    private static void forEachLine(Path file, LineConsumer c) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank()) {
                    c.accept(line);
                }
            }
        }
    }

    private static Map<String, Map<String, Integer>> readQrels(Path f) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] p = lines.get(i).split("\t");
            if (p.length < 3) {
                continue;
            }
            int grade = Integer.parseInt(p[2].strip());
            if (grade > 0) {
                out.computeIfAbsent(p[0].strip(), k -> new LinkedHashMap<>()).put(p[1].strip(), grade);
            }
        }
        return out;
    }

    /** The judgements of one split. */
    public Map<String, Map<String, Integer>> qrels(String split) {
        Map<String, Map<String, Integer>> q = qrels.get(split);
        if (q == null) {
            throw new IllegalArgumentException("no qrels/" + split + ".tsv; the splits are " + qrels.keySet());
        }
        return q;
    }

    /**
     * A small fixed slice for tests: the first {@code queries} judged queries of {@code split}, every document judged
     * for them, then documents in corpus order up to {@code documents}.
     */
    public BeirDataset subset(String split, int queries, int documents) {
        Map<String, Map<String, Integer>> judged = new LinkedHashMap<>();
        Set<String> keep = new LinkedHashSet<>();
        for (Map.Entry<String, Map<String, Integer>> e : qrels(split).entrySet()) {
            if (judged.size() == queries) {
                break;
            }
            judged.put(e.getKey(), e.getValue());
            keep.addAll(e.getValue().keySet());
        }
        for (Doc d : corpus) {
            if (keep.size() >= documents) {
                break;
            }
            keep.add(d.id());
        }
        List<Doc> docs = corpus.stream().filter(d -> keep.contains(d.id())).toList();
        Set<String> present = new LinkedHashSet<>(docs.stream().map(Doc::id).toList());
        Map<String, String> texts = new LinkedHashMap<>();
        judged.keySet().forEach(q -> texts.put(q, this.queries.get(q)));
        Map<String, Map<String, Integer>> kept = new LinkedHashMap<>();
        judged.forEach((q, rel) -> {
            Map<String, Integer> r = new LinkedHashMap<>(rel);
            r.keySet().retainAll(present);
            kept.put(q, r);
        });
        return new BeirDataset(docs, texts, Map.of(split, kept));
    }
}
