package dev.standpoint.index.eval.external;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-set readers on small inputs written here by hand (no benchmark text is copied into the project). */
class ReadersTest {

    @TempDir
    Path tmp;

    @Test
    void csvHandlesQuotedCommasDoubledQuotesAndLineBreaks() {
        List<List<String>> rows = Csv.parse("a,b\r\n\"x, y\",\"say \"\"hi\"\"\nthere\"\n3,\n");
        assertThat(rows).containsExactly(List.of("a", "b"), List.of("x, y", "say \"hi\"\nthere"), List.of("3", ""));
    }

    @Test
    void csvRecordsOfTheWrongWidthNameTheFile() throws IOException {
        Path f = Files.writeString(tmp.resolve("bad.csv"), "text,label\n\"one\",0\ntwo\n");
        assertThatThrownBy(() -> Csv.readWithHeader(f)).hasMessageContaining("bad.csv").hasMessageContaining("record 2");
    }

    @Test
    void wikiWeaselReadsLabelsAndUndoesPtbEscapes() throws IOException {
        Path f = Files.writeString(tmp.resolve("test.csv"), "text,label\n"
                + "\"The river -LRB- a long one -RRB- floods in ` spring'.\n\",0\n"
                + "\"Some say it is the oldest bridge.\n\",1\n");
        List<SentenceCertainty.Item> items = WikiWeasel.read(f);
        assertThat(items).extracting(SentenceCertainty.Item::uncertain).containsExactly(false, true);
        assertThat(items.get(0).text()).isEqualTo("The river ( a long one ) floods in 'spring'.");
        assertThat(items.get(1).id()).isEqualTo("2");
        assertThatThrownBy(() -> WikiWeasel.file(tmp, "dev")).hasMessageContaining("train and test");
    }

    @Test
    void bioScopeCountsSpeculationCuesNotNegationCues() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <!DOCTYPE Annotation PUBLIC "-//BIOSCOPE//DTD  SCOPE ANNOTATION 1.0//EN" "BioScope.dtd">
                <Annotation><DocumentSet><Document><DocID type="PMID">1</DocID><DocumentPart type="AbstractText">
                <sentence id="S1.1">The gene is <xcope id="X1"><cue type="negation" ref="X1">not</cue> expressed</xcope>.</sentence>
                <sentence id="S1.2">These data <xcope id="X2"><cue type="speculation" ref="X2">suggest that</cue> the \
                factor <xcope id="X3"><cue type="speculation" ref="X3">may</cue> bind</xcope></xcope> &amp; act.</sentence>
                </DocumentPart></Document></DocumentSet></Annotation>
                """;
        List<SentenceCertainty.Item> items = BioScope.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                "hand-made");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).uncertain()).isFalse();
        assertThat(items.get(0).text()).isEqualTo("The gene is not expressed.");
        assertThat(items.get(1).uncertain()).isTrue();
        assertThat(items.get(1).cues()).containsExactly("suggest that", "may");
        assertThat(items.get(1).text()).isEqualTo("These data suggest that the factor may bind & act.");
        assertThat(items.get(1).id()).isEqualTo("S1.2");
    }

    @Test
    void conllTurnsIob1TagsIntoCharacterSpans() {
        List<String> lines = List.of(
                "Tony NNP I-NP I-PER", "Blair NNP I-NP I-PER", "Helmut NNP I-NP B-PER", "Kohl NNP I-NP I-PER",
                "met VBD I-VP O", "in IN I-PP O", "New NNP I-NP I-LOC", "York NNP I-NP I-LOC",
                "( ( O O", "EU NNP I-NP I-ORG", ") ) O O", "",
                "-DOCSTART- -X- -X- O", "", "Paris NNP I-NP I-LOC", "", "-DOCSTART- -X- -X- O");
        List<Conll2003.Doc> docs = Conll2003.parse(lines, "hand-made");
        assertThat(docs).hasSize(2);
        Conll2003.Sentence s = docs.get(0).sentences().get(0);
        assertThat(s.text()).isEqualTo("Tony Blair Helmut Kohl met in New York ( EU )");
        assertThat(s.entities()).extracting(e -> s.text().substring(e.start(), e.end()) + "/" + e.type())
                .as("B- after I- of the same type starts a new entity")
                .containsExactly("Tony Blair/PER", "Helmut Kohl/PER", "New York/LOC", "EU/ORG");
        assertThat(docs.get(1).sentences().get(0).entities()).containsExactly(new Scores.TypedSpan(0, 5, "LOC"));
        assertThatThrownBy(() -> Conll2003.file(tmp, "dev")).hasMessageContaining("testb");
    }

    @Test
    void claimStanceReadsTopicAndClaimFields() throws IOException {
        String header = "topicId,split,topicText,topicTarget,topicSentiment,claims.claimId,claims.stance,"
                + "claims.claimCorrectedText,claims.claimOriginalText,claims.article.rawFile,claims.article.rawSpan.start,"
                + "claims.article.rawSpan.end,claims.article.cleanFile,claims.article.cleanSpan.start,"
                + "claims.article.cleanSpan.end,claims.Compatible,claims.claimTarget.text,claims.claimTarget.span.start,"
                + "claims.claimTarget.span.end,claims.claimSentiment,claims.targetsRelation\n";
        Path f = Files.writeString(tmp.resolve("claims.csv"), header
                + "7,test,This house would ban lawn darts,lawn darts,-1,1,PRO,\"Lawn darts are dangerous, experts say\","
                + "x,a,0,1,b,0,1,yes,Lawn darts,0,10,-1,1\n"
                + "7,train,This house would ban lawn darts,lawn darts,-1,2,CON,Lawn darts are fun,x,a,0,1,b,0,1,no,,,,,\n");
        List<ClaimStance.Item> items = ClaimStance.read(f);
        assertThat(items).hasSize(2);
        ClaimStance.Item a = items.get(0);
        assertThat(a.claim()).isEqualTo("Lawn darts are dangerous, experts say");
        assertThat(List.of(a.topicSentiment(), a.claimSentiment(), a.targetsRelation())).containsExactly(-1, -1, 1);
        assertThat(a.pro()).isTrue();
        assertThat(items.get(1).claimSentiment()).isZero();
        assertThat(ClaimStance.split(items, "train")).extracting(ClaimStance.Item::claimId).containsExactly("2");
    }

    @Test
    void mpqaReadsBothZipsInPlace() throws IOException {
        String text = "\tAmman -- The minister praised the deal. Rain fell.";
        String json = """
                {"sentences": [
                  {"span": [{"startPos": 41, "endPos": 51}], "annotations": [
                    {"classType": "YObjSpeechEvent", "nestedSource": ["w"], "span": {"startPos": 0, "endPos": 0}}]},
                  {"span": [{"startPos": 1, "endPos": 40}], "annotations": [
                    {"classType": "YDirectSubj", "nestedSource": ["w", "minister"], "intensity": "medium",
                     "insubstantiality": null, "span": {"startPos": 22, "endPos": 29},
                     "attitudes": [{"attitudeType": "sentiment", "polarity": "positive", "intensity": "medium-high"}]}]}
                ]}""";
        Path annotations = zip(tmp.resolve("json.zip"), Map.of("json/", "", "json/20020101/doc-1", json));
        Path raw = zip(tmp.resolve("raw.zip"), Map.of("raw/20020101/doc-1", text));
        List<Mpqa.Doc> docs = Mpqa.read(annotations, raw, 0);
        assertThat(docs).hasSize(1);
        Mpqa.Doc d = docs.get(0);
        assertThat(d.name()).isEqualTo("20020101/doc-1");
        assertThat(d.published()).hasToString("2002-01-01");
        assertThat(d.sentences()).extracting(s -> s.span().of(d.text()))
                .containsExactly("Amman -- The minister praised the deal.", "Rain fell.");
        Mpqa.Gold g = Mpqa.gold(d.sentences().get(0));
        assertThat(g).isEqualTo(new Mpqa.Gold(true, "positive", "medium", "other", false));
        assertThat(Mpqa.gold(d.sentences().get(1)).subjective()).isFalse();
    }

    private static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(entries).entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.ISO_8859_1));
                out.closeEntry();
            }
        }
        return file;
    }
}
