package dev.standpoint.core.read;

/** What the source's own markup says a block of text is, before structure detection interprets it. */
public enum BlockHint {
    /** An ordinary paragraph. */
    PARAGRAPH,
    /** The document's title as the source marks it (HTML {@code <title>} or {@code <h1>}, Markdown front matter). */
    TITLE,
    /** A heading (HTML {@code <h2>}–{@code <h6>}, Markdown {@code ##}, a DOCX heading style). */
    HEADING,
    /** A paragraph that is wholly bold or strong: in interviews, usually the interviewer's question. */
    EMPHASIS,
    /** An item of a list. */
    LIST_ITEM,
    /** A quotation block. */
    QUOTE
}
