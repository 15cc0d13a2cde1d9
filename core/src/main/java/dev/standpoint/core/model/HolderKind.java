package dev.standpoint.core.model;

/** Where a holder comes from. */
public enum HolderKind {
    /** The document's author speaking in their own voice, including "I think". */
    AUTHOR,
    /** The speaker of a transcript turn. */
    SPEAKER,
    /** Someone whose view the speaker reports: "U.S. officials had very little expectation...". */
    REPORTED
}
