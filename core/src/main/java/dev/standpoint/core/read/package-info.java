/**
 * Readers: the first stage, from a file's bytes to {@link dev.standpoint.core.read.ExtractedText} (plain text, the
 * blocks the source's markup delimits, declared metadata and repair warnings).
 *
 * <p>{@link dev.standpoint.core.read.Readers} is the entry point: it checks the file (regular, readable, not empty,
 * within {@link dev.standpoint.core.read.InputLimits}, not binary when a text format is expected), picks a
 * {@link dev.standpoint.core.read.DocumentReader} by extension and turns every problem into one
 * {@link dev.standpoint.core.read.ReadException} line a user can act on. The readers are
 * {@link dev.standpoint.core.read.PlainTextReader} (txt), {@link dev.standpoint.core.read.MarkdownReader} (md),
 * {@link dev.standpoint.core.read.HtmlReader} (html) and {@link dev.standpoint.core.read.TikaReader} (pdf, docx).
 *
 * <p>Every reader keeps the characters of a paragraph as the source has them (only markup is removed and white
 * space at block edges trimmed), joins blocks with a blank line, and records each block as a span of the text, so
 * that later stages can cite offsets and evaluation can match sentences against the source after collapsing white
 * space. All readers are stateless and thread-safe.
 */
package dev.standpoint.core.read;
