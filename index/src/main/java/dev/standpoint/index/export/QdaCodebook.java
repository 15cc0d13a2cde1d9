package dev.standpoint.index.export;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Assessment;
import dev.standpoint.core.model.Certainty;
import dev.standpoint.core.model.Holder;
import dev.standpoint.core.model.Intensity;
import dev.standpoint.core.model.Likelihood;
import dev.standpoint.core.model.Polarity;
import dev.standpoint.index.DocumentSummary;
import dev.standpoint.index.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Standpoint's labels as a REFI-QDA codebook: Polarity (positive, negative, mixed — coloured), Intensity, Certainty,
 * Forecast (with a sub-code per ICD 203 likelihood band), Condition, and Holders with one code per holder. A code's
 * GUID derives from its path, so the same code has the same GUID in every export; holder codes are keyed by the
 * holder's name ignoring case.
 */
public final class QdaCodebook {

    static final String POLARITY = "Polarity";
    static final String INTENSITY = "Intensity";
    static final String CERTAINTY = "Certainty";
    static final String FORECAST = "Forecast";
    static final String CONDITION = "Condition";
    static final String HOLDERS = "Holders";

    private static final Map<Polarity, String> COLOURS = Map.of(
            Polarity.POSITIVE, "#2E7D32", Polarity.NEGATIVE, "#C62828", Polarity.MIXED, "#F9A825");
    private static final int PAGE = 1000;
    private static final List<Polarity> POLARITIES = List.of(Polarity.POSITIVE, Polarity.NEGATIVE, Polarity.MIXED);

    private final List<QdaCode> codes;
    private final Map<String, QdaCode> byPath = new LinkedHashMap<>();

    private QdaCodebook(List<QdaCode> codes) {
        this.codes = List.copyOf(codes);
        codes.forEach(this::register);
    }

    /** The codebook for these holders (any order; duplicates and case variants collapse to one code). */
    public static QdaCodebook of(Collection<Holder> holders) {
        List<QdaCode> roots = new ArrayList<>();
        roots.add(group(POLARITY, "How favourable the holder's evaluation is.", POLARITIES, Polarity::label,
                p -> COLOURS.get(p)));
        roots.add(group(INTENSITY, "How strong the evaluation is.", List.of(Intensity.values()), Intensity::label,
                i -> null));
        roots.add(group(CERTAINTY, "How sure the statement is.", List.of(Certainty.values()), Certainty::label,
                c -> null));
        roots.add(QdaCode.of(FORECAST, FORECAST, "#1565C0",
                "Predicts a future state or event; sub-codes give the ICD 203 likelihood band of its wording.", true,
                bands()));
        roots.add(QdaCode.of(CONDITION, CONDITION, "#6A1B9A",
                "Depends on a condition (\"as long as\", \"unless\", \"if\"): it judges a hypothetical.", true,
                List.of()));
        roots.add(QdaCode.of(HOLDERS, HOLDERS, null, "Whose view it is: the author, a speaker or a reported group.",
                false, holderCodes(holders)));
        return new QdaCodebook(roots);
    }

    /** The codebook for the holders of the exported sentences of these documents. */
    public static QdaCodebook forDocuments(Iterable<AnalysedDocument> documents) {
        Set<Holder> holders = new LinkedHashSet<>();
        for (AnalysedDocument d : documents) {
            d.sentences().stream().filter(QdaCodebook::exported).forEach(s -> holders.add(s.assessment().holder()));
        }
        return of(holders);
    }

    /**
     * The codebook for every holder of an assessment or forecast in the index, read document by document (one in
     * memory at a time).
     */
    public static QdaCodebook forIndex(Store store) {
        Set<Holder> holders = new LinkedHashSet<>();
        int offset = 0;
        List<DocumentSummary> page;
        do {
            page = store.documents(offset, PAGE);
            for (DocumentSummary d : page) {
                store.document(d.id()).ifPresent(a -> a.sentences().stream().filter(QdaCodebook::exported)
                        .forEach(s -> holders.add(s.assessment().holder())));
            }
            offset += page.size();
        } while (page.size() == PAGE);
        return of(holders);
    }

    /** Whether a sentence becomes a coded selection: every assessment and every forecast. */
    public static boolean exported(AnalysedSentence s) {
        return s.assessment() != null && (s.isAssessment() || s.assessment().forecast())
                && s.sentence().role().isAnalysed();
    }

    /** The top-level codes, in order. */
    public List<QdaCode> codes() {
        return codes;
    }

    /** Every code, parents before their children. */
    public List<QdaCode> all() {
        return List.copyOf(byPath.values());
    }

    /** The codes a sentence's analysis puts on it: polarity, intensity, certainty, forecast, condition, holder. */
    public List<QdaCode> codesFor(AnalysedSentence s) {
        Assessment a = s.assessment();
        List<QdaCode> out = new ArrayList<>();
        if (s.isAssessment()) {
            if (a.polarity() != Polarity.NEUTRAL) {
                out.add(code(POLARITY + "/" + a.polarity().label()));
            }
            out.add(code(INTENSITY + "/" + a.intensity().label()));
        }
        out.add(code(CERTAINTY + "/" + a.certainty().label()));
        if (a.forecast()) {
            out.add(code(FORECAST));
            out.add(code(FORECAST + "/" + a.likelihood().label()));
        }
        if (!a.conditions().isEmpty()) {
            out.add(code(CONDITION));
        }
        out.add(holder(a.holder().name()));
        return out;
    }

    /** The code of a holder. */
    public QdaCode holder(String name) {
        return code(holderPath(name));
    }

    /** The code at {@code path} ("Polarity/negative"). */
    public QdaCode code(String path) {
        QdaCode c = byPath.get(path);
        if (c == null) {
            throw new IllegalArgumentException("no code '" + path + "' in the codebook");
        }
        return c;
    }

    private void register(QdaCode c) {
        byPath.put(c.path(), c);
        c.children().forEach(this::register);
    }

    private static <T> QdaCode group(String name, String description, List<T> values, Function<T, String> label,
                                     Function<T, String> colour) {
        List<QdaCode> children = values.stream()
                .map(v -> QdaCode.of(name + "/" + label.apply(v), label.apply(v), colour.apply(v), null, true,
                        List.of()))
                .toList();
        return QdaCode.of(name, name, null, description, false, children);
    }

    private static List<QdaCode> bands() {
        List<QdaCode> out = new ArrayList<>();
        for (Likelihood l : Likelihood.values()) {
            out.add(QdaCode.of(FORECAST + "/" + l.label(), l.label(), null, String.format(Locale.ROOT,
                    "%.0f–%.0f %%", l.low() * 100, l.high() * 100), true, List.of()));
        }
        return out;
    }

    /** One code per holder name (ignoring case), sorted by name, described by the kinds of holder it has been. */
    private static List<QdaCode> holderCodes(Collection<Holder> holders) {
        Map<String, Set<String>> spellings = new TreeMap<>();
        Map<String, Set<String>> kinds = new TreeMap<>();
        for (Holder h : holders) {
            String key = key(h.name());
            spellings.computeIfAbsent(key, k -> new TreeSet<>()).add(h.name().strip());
            kinds.computeIfAbsent(key, k -> new TreeSet<>()).add(h.kind().name().toLowerCase(Locale.ROOT)
                    + (h.entityId() == null ? "" : " (" + h.entityId() + ")"));
        }
        return spellings.entrySet().stream()
                .map(e -> QdaCode.of(holderPath(e.getKey()), e.getValue().iterator().next(), null,
                        String.join(", ", kinds.get(e.getKey())), true, List.of()))
                .sorted(Comparator.comparing(QdaCode::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static String holderPath(String name) {
        return HOLDERS + "/" + key(name);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
