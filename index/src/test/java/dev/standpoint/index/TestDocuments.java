package dev.standpoint.index;

import dev.standpoint.core.Analyser;
import dev.standpoint.core.DocumentParser;
import dev.standpoint.core.kb.KnowledgeBaseLoader;
import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.ReadException;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small fictional expert Q&amp;As about real states, written for these tests, and the shared (expensive to build)
 * analyser. The experts are invented; the sentences carry clear assessments, conditions and forecasts.
 */
public final class TestDocuments {

    /** Negative about Japan–Russia relations, with one conditional positive and two forecasts. */
    public static final String JAPAN_RUSSIA = """
            Japan and Russia After the Freeze

            By Mireille Tanabe-Corwin

            How do you assess the state of Japan-Russia relations today?

            I am deeply skeptical that Japan and Russia can restore a working relationship in the next few years. \
            Tokyo's decision to suspend the peace treaty talks was understandable, but Moscow's response was a \
            serious mistake that hurt its own fishermen. The Kremlin has shown no interest in compromise on the \
            Kuril Islands, and the outlook is bleak.

            Is there any area where cooperation between Tokyo and Moscow still works?

            Fisheries are the exception. A modest fisheries deal between Japan and Russia would be very welcome as \
            long as it does not weaken the sanctions regime. The annual salmon quota talks will continue to take \
            place as long as both coast guards keep their hotline open. Energy ties are a different story: Japan's \
            stake in the Sakhalin projects is a liability, and I think it was a serious mistake to keep it without \
            a clear exit plan.

            What do you expect for the coming year?

            A further chill between Japan and Russia seems likely. Tokyo will continue to align its sanctions with \
            the G7.
            """;

    /** Positive about NATO's presence in the Baltic states; its answers are hard-wrapped, as e-mailed text often is. */
    public static final String NATO_BALTIC = """
            NATO on the Baltic Flank

            By Oskar Lindahl-Mbeki

            How do you assess NATO's new forward presence in the Baltic states?

            The new brigade in Lithuania is very welcome, and it gives the alliance a solid
            foundation for deterrence on its eastern flank. Finland's accession to NATO was a
            strategically sound decision that strengthens the whole region. I am confident that
            the Baltic governments will continue to invest in their own defence as long as
            allied troops stay on the ground.

            Where are the weaknesses?

            Air defence remains thin, and that is a real concern. Still, the overall direction
            is encouraging, and cooperation between NATO and the European Union has never been
            better.
            """;

    /**
     * Negative about China's conduct towards Japan; repeats the first Japan–Russia answer sentence verbatim, so the
     * same statement stands in two documents.
     */
    public static final String CHINA_JAPAN = """
            ---
            title: China and Japan in the East China Sea
            author: Priya Okafor-Lund
            date: 2024-06-12
            ---

            # China and Japan in the East China Sea

            **Q: How do you assess China's conduct around the Senkaku Islands?**

            A: China's coast guard patrols around the Senkaku Islands are provocative and deeply destabilising. \
            Beijing's pressure on Tokyo is a serious mistake that pushes Japan closer to the United States.

            **Q: What about Japan-Russia relations?**

            A: I am deeply skeptical that Japan and Russia can restore a working relationship in the next few years. \
            Beijing watches that relationship closely.

            **Q: What happens next?**

            A: Tensions between China and Japan will continue to rise unless the two governments restore their \
            maritime hotline.
            """;

    /** The sentence that stands in both the Japan–Russia and the China–Japan documents. */
    public static final String SHARED_SENTENCE =
            "I am deeply skeptical that Japan and Russia can restore a working relationship in the next few years.";

    private static volatile Analyser analyser;

    private TestDocuments() {
    }

    /** The three fixtures by file name. */
    public static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("japan-russia.txt", JAPAN_RUSSIA);
        m.put("nato-baltic.txt", NATO_BALTIC);
        m.put("china-japan.md", CHINA_JAPAN);
        return m;
    }

    /** Writes the three fixtures into {@code dir}; returns {@code dir}. */
    public static Path writeAll(Path dir) {
        all().forEach((name, text) -> write(dir.resolve(name), text));
        return dir;
    }

    public static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One analyser for all tests, configured as shipped (rules with the trained polarity head over MiniLM vectors):
     * loading the knowledge base and the models takes a moment.
     */
    public static Analyser analyser() {
        Analyser a = analyser;
        if (a == null) {
            synchronized (TestDocuments.class) {
                if (analyser == null) {
                    analyser = new Analyser(KnowledgeBaseLoader.shipped(),
                            dev.standpoint.index.embed.MiniLmEncoder.shared());
                }
                a = analyser;
            }
        }
        return a;
    }

    public static DocumentParser parser() {
        return parser(InputLimits.defaults());
    }

    public static DocumentParser parser(InputLimits limits) {
        return new DocumentParser(new Readers(), new StructureDetector(), limits);
    }

    /**
     * The {@code shared} folder beside the project, when it holds {@code child}: {@code standpoint.shared} (set by
     * surefire from the parent POM), else {@code ../../shared} or {@code ../shared}. Tests that need it skip without.
     */
    public static java.util.Optional<Path> shared(String child) {
        for (String candidate : new String[] {System.getProperty("standpoint.shared"), "../../shared", "../shared"}) {
            if (candidate != null && !candidate.isBlank() && Files.exists(Path.of(candidate).resolve(child))) {
                return java.util.Optional.of(Path.of(candidate));
            }
        }
        return java.util.Optional.empty();
    }

    /** Reads and analyses one file. */
    public static AnalysedDocument analyse(Path file) {
        try {
            return analyser().analyse(parser().parse(file, file.toString()).document());
        } catch (ReadException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** How many sentence records the store keeps for a document: one per analysed sentence. */
    public static long analysedSentences(AnalysedDocument d) {
        return d.sentences().stream().filter(s -> s.sentence().role().isAnalysed()).count();
    }

    /** The analysed sentence of {@code d} whose text (white space collapsed) is {@code text}. */
    public static AnalysedSentence sentence(AnalysedDocument d, String text) {
        return d.sentences().stream().filter(s -> s.displayText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence '" + text + "' in " + d.document().title()));
    }
}
