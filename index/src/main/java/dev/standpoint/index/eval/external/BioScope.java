package dev.standpoint.index.eval.external;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * BioScope (the biomedical source of CoNLL-2010 Task 1): {@code <sentence>} elements whose text may contain
 * {@code <cue type="speculation">} elements. A sentence is uncertain when it holds a speculation cue; negation cues
 * do not count. The DTD is never loaded.
 */
public final class BioScope {

    /** The parts of the corpus with readable text (the clinical file is masked). */
    public enum Part {
        ABSTRACTS("abstracts.xml"), PAPERS("full_papers.xml");

        private final String file;

        Part(String file) {
            this.file = file;
        }

        public Path file(Path folder) {
            return folder.resolve(file);
        }
    }

    private BioScope() {
    }

    /** Every sentence of the file, in document order; {@code id} is the sentence's {@code id} attribute. */
    public static List<SentenceCertainty.Item> read(Path xml) {
        try (InputStream in = Files.newInputStream(xml)) {
            return read(in, xml.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + xml + ": " + e.getMessage(), e);
        }
    }

    static List<SentenceCertainty.Item> read(InputStream in, String name) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<SentenceCertainty.Item> out = new ArrayList<>();
        try {
            XMLStreamReader r = factory.createXMLStreamReader(in);
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("sentence")) {
                    out.add(sentence(r));
                }
            }
            r.close();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException(name + ": not BioScope XML: " + e.getMessage(), e);
        }
        return out;
    }

    /** Reads one {@code <sentence>} up to its end tag: all its text, and the text of each speculation cue. */
    private static SentenceCertainty.Item sentence(XMLStreamReader r) throws XMLStreamException {
        String id = r.getAttributeValue(null, "id");
        StringBuilder text = new StringBuilder();
        List<String> cues = new ArrayList<>();
        StringBuilder cue = null;
        int depth = 1;
        int cueDepth = -1;
        while (depth > 0) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (cue == null && r.getLocalName().equals("cue")
                        && "speculation".equals(r.getAttributeValue(null, "type"))) {
                    cue = new StringBuilder();
                    cueDepth = depth;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (cue != null && depth == cueDepth) {
                    cues.add(cue.toString().strip());
                    cue = null;
                }
                depth--;
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(r.getText());
                if (cue != null) {
                    cue.append(r.getText());
                }
            }
        }
        return new SentenceCertainty.Item(id == null ? String.valueOf(r.getLocation().getLineNumber()) : id,
                text.toString().strip(), !cues.isEmpty(), cues);
    }
}
