package dev.standpoint.core.model;

/** What a paragraph, and each sentence in it, is in the document's structure. */
public enum Role {
    TITLE,
    BYLINE,
    DATELINE,
    HEADING,
    /** An interviewer's or reporter's question. Never an assessment. */
    QUESTION,
    /** The expert's answer to a question. */
    ANSWER,
    /** The expert's (or a speaker's) words outside a question/answer pair. */
    BODY,
    /** Disclaimers, series notes, copyright lines: shown, never analysed. */
    BOILERPLATE;

    /** Whether sentences with this role carry the expert's or a speaker's own words and so get analysed. */
    public boolean isAnalysed() {
        return this == ANSWER || this == BODY || this == QUESTION;
    }
}
