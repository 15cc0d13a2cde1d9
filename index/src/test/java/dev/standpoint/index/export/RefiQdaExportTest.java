package dev.standpoint.index.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.standpoint.core.model.AnalysedDocument;
import dev.standpoint.core.model.AnalysedSentence;
import dev.standpoint.core.model.Holder;
import dev.standpoint.core.model.HolderKind;
import dev.standpoint.core.model.TextNormaliser;
import dev.standpoint.index.TestViews;
import dev.standpoint.index.lucene.LuceneStore;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * REFI-QDA export of a real index, checked without a schema by {@link QdaStructure}: well-formed, in schema order,
 * every reference resolving, every selection quoting its sentence exactly — also after characters outside the Basic
 * Multilingual Plane, where Java's {@code char} offsets and the standard's code point positions part.
 */
class RefiQdaExportTest {

    static List<AnalysedDocument> documents;
    private static QdaStructure project;
    private static RefiQdaWriter.Summary summary;

    @BeforeAll
    static void export() {
        ExportFixture.Export e = ExportFixture.get();
        documents = e.documents();
        summary = e.summary();
        project = QdaStructure.project(e.qdpx());
    }

    private static AnalysedDocument titled(String prefix) {
        return documents.stream().filter(d -> d.document().title().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static List<AnalysedSentence> exported(List<AnalysedDocument> docs) {
        return docs.stream().flatMap(d -> d.sentences().stream()).filter(QdaCodebook::exported).toList();
    }

    private static QdaStructure.Selection selection(String text) {
        return project.selections().stream().filter(s -> TextNormaliser.collapseWhitespace(s.text()).equals(text))
                .findFirst().orElseThrow(() -> new AssertionError("no selection quoting '" + text + "'"));
    }

    @Test
    void theProjectPassesTheStructuralCheck() {
        assertThat(project.problems()).isEmpty();
        assertThat(summary.sources()).isEqualTo(6);
        assertThat(summary.selections()).isEqualTo(project.selections().size()).isEqualTo(exported(documents).size());
        assertThat(summary.codings()).isEqualTo(project.selections().stream().mapToInt(s -> s.codes().size()).sum());
        assertThat(summary.codes()).isEqualTo(project.codes().size());
    }

    @Test
    void aQdpxIsProjectQdeAndOneUtf8TextPerDocument() {
        Map<String, byte[]> entries = project.entries();
        assertThat(entries).containsKey("project.qde").hasSize(1 + documents.size());
        for (AnalysedDocument d : documents) {
            byte[] text = entries.get("sources/" + RefiQdaWriter.textFile(d.document()));
            assertThat(text).as(d.document().title()).isNotNull();
            assertThat(new String(text, StandardCharsets.UTF_8)).isEqualTo(d.document().text());
        }
        assertThat(new String(entries.get("project.qde"), StandardCharsets.UTF_8))
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    @Test
    void theProjectCarriesItsMetadataAndOneUser() {
        Element root = project.xml().getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("Black Sea views");
        assertThat(root.getAttribute("origin")).isEqualTo("Standpoint test");
        assertThat(root.getAttribute("creationDateTime")).isEqualTo("2025-03-01T10:15:30Z");
        List<Element> users = QdaStructure.descendants(root, "User");
        assertThat(users).hasSize(1);
        assertThat(users.get(0).getAttribute("name")).isEqualTo("Standpoint");
        assertThat(root.getAttribute("creatingUserGUID")).isEqualTo(users.get(0).getAttribute("guid"));
        List<Element> sources = QdaStructure.descendants(root, "TextSource");
        assertThat(sources).extracting(e -> e.getAttribute("name"))
                .containsExactlyInAnyOrderElementsOf(documents.stream().map(d -> d.document().title()).toList());
        assertThat(sources).allSatisfy(s -> assertThat(s.getAttribute("plainTextPath")).startsWith("internal://"));
    }

    @Test
    void everySelectionQuotesItsSentenceExactlyCountingCodePoints() {
        Map<String, String> byGuid = project.selections().stream()
                .collect(Collectors.toMap(QdaStructure.Selection::guid, QdaStructure.Selection::text));
        int shifted = 0;
        for (AnalysedDocument d : documents) {
            for (AnalysedSentence s : d.sentences()) {
                if (!QdaCodebook.exported(s)) {
                    continue;
                }
                String guid = Guids.of("selection:" + d.document().id() + ":" + s.sentence().span().start() + "-"
                        + s.sentence().span().end());
                assertThat(byGuid).containsKey(guid);
                assertThat(byGuid.get(guid)).isEqualTo(s.text());
                QdaStructure.Selection sel = project.selections().stream().filter(x -> x.guid().equals(guid))
                        .findFirst().orElseThrow();
                if (sel.start() != s.sentence().span().start()) {
                    shifted++;
                }
            }
        }
        assertThat(shifted).as("selections after non-BMP characters, where code points and chars differ")
                .isGreaterThanOrEqualTo(3);
        QdaStructure.Selection chips = selection("The new 𝐞𝐱𝐩𝐨𝐫𝐭 controls on chips are a sensible and welcome step.");
        String text = titled("Grain, Chips").document().text();
        int charStart = text.indexOf("The new 𝐞𝐱𝐩𝐨𝐫𝐭");
        assertThat(chips.start()).isEqualTo(text.codePointCount(0, charStart)).isLessThan(charStart);
        assertThat(chips.end() - chips.start()).isEqualTo(chips.text().codePointCount(0, chips.text().length()));
    }

    @Test
    void selectionsAreCodedWithTheirLabelsAndHolder() {
        QdaStructure.Selection lavrov = selection("The sanctions on our agricultural bank are a grave mistake and "
                + "deeply unfair to the farmers of the world.");
        assertThat(lavrov.codes()).contains("Polarity/negative", "Holders/Lavrov")
                .anyMatch(c -> c.startsWith("Intensity/")).anyMatch(c -> c.startsWith("Certainty/"))
                .doesNotContain("Forecast", "Condition");

        QdaStructure.Selection blinken = selection("I am confident that the corridor will continue to operate as long "
                + "as our partners keep their insurers in the market.");
        assertThat(blinken.codes()).contains("Forecast", "Forecast/almost certain", "Condition", "Holders/Blinken");
        assertThat(blinken.description()).contains("holder: Blinken (speaker)")
                .contains("if: \u201Cas long as our partners keep their insurers in the market\u201D");

        // A forecast that is not an assessment: no polarity or intensity, but its band, certainty and holder.
        QdaStructure.Selection latvia = selection(TestViews.LATVIA);
        assertThat(latvia.codes()).contains("Forecast", "Forecast/roughly even chance", "Holders/Ingrid Salo-Mwangi")
                .noneMatch(c -> c.startsWith("Polarity/") || c.startsWith("Intensity/"));

        for (QdaStructure.Selection s : project.selections()) {
            assertThat(s.codes()).as(s.text()).doesNotHaveDuplicates()
                    .filteredOn(c -> c.startsWith("Holders/")).hasSize(1);
            assertThat(s.codes()).filteredOn(c -> c.startsWith("Certainty/")).hasSize(1);
            assertThat(s.codes()).filteredOn(c -> c.startsWith("Polarity/")).hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void theCodebookHasTheLabelsAndOneCodePerHolder() {
        Set<String> paths = Set.copyOf(project.codes().values());
        assertThat(paths).contains("Polarity", "Polarity/positive", "Polarity/negative", "Polarity/mixed",
                "Intensity/low", "Intensity/medium", "Intensity/high", "Certainty/certain", "Certainty/probable",
                "Certainty/possible", "Forecast", "Forecast/likely", "Condition", "Holders");
        Set<String> holders = exported(documents).stream().map(s -> "Holders/" + s.assessment().holder().name())
                .collect(Collectors.toSet());
        assertThat(paths.stream().filter(p -> p.startsWith("Holders/")).collect(Collectors.toSet()))
                .isEqualTo(holders);
        assertThat(holders).contains("Holders/Lavrov", "Holders/Blinken", "Holders/Chinese officials",
                "Holders/Halvard Quist-Amadi", "Holders/Saoirse Ndiaye-Holm");

        Element root = project.xml().getDocumentElement();
        Map<String, String> colours = QdaStructure.descendants(root, "Code").stream()
                .filter(c -> c.hasAttribute("color"))
                .collect(Collectors.toMap(c -> c.getAttribute("name"), c -> c.getAttribute("color")));
        assertThat(colours).containsKeys("positive", "negative", "mixed");
        assertThat(Set.of(colours.get("positive"), colours.get("negative"), colours.get("mixed"))).hasSize(3);
        List<Element> groups = QdaStructure.descendants(root, "Code").stream()
                .filter(c -> List.of("Polarity", "Intensity", "Certainty", "Holders").contains(c.getAttribute("name")))
                .toList();
        assertThat(groups).hasSize(4).allSatisfy(g -> assertThat(g.getAttribute("isCodable")).isEqualTo("false"));
    }

    @Test
    void guidsAreTheSameInEveryExport() {
        ByteArrayOutputStream later = new ByteArrayOutputStream();
        List<AnalysedDocument> reversed = new ArrayList<>(documents);
        java.util.Collections.reverse(reversed);
        new RefiQdaWriter("Standpoint other", Instant.parse("2030-01-01T00:00:00Z")).writeProject("again", reversed,
                later);
        QdaStructure again = QdaStructure.project(later.toByteArray());
        assertThat(again.problems()).isEmpty();
        assertThat(again.codes()).isEqualTo(project.codes());
        assertThat(again.selections()).extracting(QdaStructure.Selection::guid)
                .containsExactlyInAnyOrderElementsOf(project.selections().stream().map(QdaStructure.Selection::guid)
                        .toList());
        assertThat(again.entries().keySet()).isEqualTo(project.entries().keySet());
    }

    @Test
    void aSubsetExportsOnlyItsDocumentsAndHolders() {
        List<AnalysedDocument> one = List.of(titled("Joint Press"), titled("Joint Press"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RefiQdaWriter.Summary s = new RefiQdaWriter("Standpoint test", ExportFixture.CREATED).writeProject("one", one, out);
        QdaStructure p = QdaStructure.project(out.toByteArray());
        assertThat(p.problems()).isEmpty();
        assertThat(s.sources()).as("a document given twice is exported once").isEqualTo(1);
        assertThat(p.entries()).hasSize(2);
        assertThat(p.codes().values()).filteredOn(c -> c.startsWith("Holders/"))
                .containsExactlyInAnyOrder("Holders/Blinken", "Holders/Lavrov");
    }

    @Test
    void anEmptyProjectIsStillValid() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RefiQdaWriter.Summary s = new RefiQdaWriter("Standpoint test", ExportFixture.CREATED).writeProject("empty", List.of(), out);
        assertThat(s.sources()).isZero();
        assertThat(QdaStructure.project(out.toByteArray()).problems()).isEmpty();
    }

    @Test
    void theCodebookFileIsACodebookDocument() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        QdaCodebook codebook = QdaCodebook.forDocuments(documents);
        new RefiQdaWriter("Standpoint test", ExportFixture.CREATED).writeCodebook(codebook, out);
        QdaStructure qdc = QdaStructure.codebook(out.toByteArray());
        assertThat(qdc.problems()).isEmpty();
        assertThat(qdc.xml().getDocumentElement().getAttribute("origin")).isEqualTo("Standpoint test");
        assertThat(qdc.codes()).as("the same codes and GUIDs as in the project").isEqualTo(project.codes());
    }

    @Test
    void theCodebookOfTheWholeIndexIsTheCodebookOfAllItsDocuments() {
        try (LuceneStore store = LuceneStore.openReadOnly(ExportFixture.get().home())) {
            assertThat(QdaCodebook.forIndex(store).all()).isEqualTo(QdaCodebook.forDocuments(documents).all());
        }
    }

    @Test
    void holderCodesMergeSpellingsAndKeepTheirGuid() {
        QdaCodebook a = QdaCodebook.of(List.of(new Holder("U.S. officials", HolderKind.REPORTED, "USA"),
                new Holder("u.s. officials", HolderKind.REPORTED, "USA"), new Holder("Lavrov", HolderKind.SPEAKER, null)));
        QdaCodebook b = QdaCodebook.of(List.of(new Holder("Lavrov", HolderKind.AUTHOR, null),
                new Holder("U.S. Officials", HolderKind.REPORTED, null)));
        assertThat(a.code("Holders").children()).extracting(QdaCode::name).containsExactly("Lavrov", "U.S. officials");
        assertThat(a.holder("U.S. OFFICIALS").guid()).isEqualTo(b.holder("u.s. officials").guid());
        assertThat(a.holder("Lavrov").guid()).isEqualTo(b.holder("Lavrov").guid());
        assertThat(a.holder("Lavrov").description()).isEqualTo("speaker");
        assertThatThrownBy(() -> a.holder("Nobody")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Nobody".toLowerCase());
    }

    @Test
    void guidsAreVersionFiveNameBasedUuids() {
        String g = Guids.of("code:Polarity/negative");
        assertThat(g).isEqualTo(Guids.of("code:Polarity/negative")).isNotEqualTo(Guids.of("code:Polarity/positive"))
                .isUpperCase().matches("[0-9A-F]{8}-[0-9A-F]{4}-5[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}");
        UUID u = UUID.fromString(g);
        assertThat(u.version()).isEqualTo(5);
        assertThat(u.variant()).isEqualTo(2);
        assertThatThrownBy(() -> Guids.of("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codePointOffsetsMatchTheJdkOnRandomText() {
        Random random = new Random(20250301L);
        String[] pieces = {"a", "é", " ", "\n", "🌾", "𠮷", "\uD835\uDC1E", "—", "\uD800", "\uDC00", "日"};
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = b.toString();
            CodePoints cp = new CodePoints(s);
            for (int i = 0; i <= s.length(); i++) {
                assertThat(cp.offset(i)).as("offset %d of %s", i, s).isEqualTo(s.codePointCount(0, i));
            }
            assertThat(cp.length()).isEqualTo(s.codePointCount(0, s.length()));
        }
        assertThatThrownBy(() -> new CodePoints("abc").offset(4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textXmlCannotCarryIsDropped() {
        assertThat(Xml.clean("a\u0001b\u0000c\uFFFEd\uD800e\tf\n🌾")).isEqualTo("abcde\tf\n🌾");
        assertThat(Xml.clean("plain")).isSameAs("plain");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Xml x = new Xml(out, QdaStructure.PROJECT_NS)) {
            x.start("Project").attribute("name", "bell\u0007 & <tags> \"quoted\" \uDC00").text("Description", "x\u001Fy");
        }
        Element root = QdaStructure.parse(out.toByteArray()).getDocumentElement();
        assertThat(root.getAttribute("name")).isEqualTo("bell & <tags> \"quoted\" ");
        assertThat(root.getTextContent().strip()).isEqualTo("xy");
    }

    @Test
    void theStructuralCheckCatchesAWrongRootAndAnEmptyCodeList() {
        String qdc = "<CodeBook xmlns=\"urn:QDA-XML:project:1.0\"><Codes/></CodeBook>";
        assertThat(QdaStructure.codebook(qdc.getBytes(StandardCharsets.UTF_8)).problems())
                .anyMatch(p -> p.contains("codebook:1.0")).anyMatch(p -> p.contains("at least one Code"));
        String qde = "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"x\"><Sources/><Users/></Project>";
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(zip)) {
            z.putNextEntry(new java.util.zip.ZipEntry("project.qde"));
            z.write(qde.getBytes(StandardCharsets.UTF_8));
            z.putNextEntry(new java.util.zip.ZipEntry("sources/nested/x.txt"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(QdaStructure.project(zip.toByteArray()).problems())
                .anyMatch(p -> p.contains("schema order")).anyMatch(p -> p.contains("sources/nested/x.txt"))
                .anyMatch(p -> p.contains("names its origin"));
        assertThatThrownBy(() -> QdaStructure.parse("<CodeBook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AssertionError.class);
    }
}
