package dev.standpoint.core.read;

import java.nio.file.Path;

/** Reads one format. Implementations are stateless and thread-safe. */
public interface DocumentReader {

    /** The format name, e.g. {@code html}. */
    String format();

    /**
     * Extracts the text and blocks of a file whose bytes are already loaded and checked against size limits.
     *
     * @param file  the file, for messages only
     * @param bytes its content
     * @throws ReadException when the content cannot be read as this format (invalid UTF-8, encrypted, empty...)
     */
    ExtractedText read(Path file, byte[] bytes) throws ReadException;
}
