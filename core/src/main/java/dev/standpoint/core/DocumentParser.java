package dev.standpoint.core;

import dev.standpoint.core.model.Document;
import dev.standpoint.core.read.ExtractedText;
import dev.standpoint.core.read.InputLimits;
import dev.standpoint.core.read.ReadException;
import dev.standpoint.core.read.Readers;
import dev.standpoint.core.structure.StructureDetector;
import java.nio.file.Path;

/** Reads a file and detects its structure: the first two stages of the flow, file → {@link Document}. */
public final class DocumentParser {

    private final Readers readers;
    private final StructureDetector structure;
    private final InputLimits limits;

    public DocumentParser(Readers readers, StructureDetector structure, InputLimits limits) {
        this.readers = readers;
        this.structure = structure;
        this.limits = limits;
    }

    public boolean supports(Path file) {
        return readers.supports(file);
    }

    public String supportedExtensions() {
        return readers.supportedExtensions();
    }

    /**
     * @param file   the file to read
     * @param source how to name it in citations (the path the user gave, or the original path of a stored copy)
     * @throws ReadException with a one-line reason when the file cannot be read as a document
     */
    public Parsed parse(Path file, String source) throws ReadException {
        ExtractedText extracted = readers.read(file, limits);
        return new Parsed(structure.detect(extracted, source), extracted.warnings());
    }

    /** A structured document and what the reader had to repair to get it ("malformed HTML repaired: …"). */
    public record Parsed(Document document, java.util.List<String> warnings) {
        public Parsed {
            warnings = java.util.List.copyOf(warnings);
        }
    }
}
